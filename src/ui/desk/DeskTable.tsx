import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  coverageText,
  deskCount,
  deskMoney,
  durationText,
  receivedText,
  regionsText,
  updatedText,
  type DeskColumn,
  type DeskSort,
} from '../../domain';
import { useApp, type DeskPaperRow, type DeskStore } from '../../state';
import { t } from '../messages';
import { deskText } from './messages-desk';

interface Column {
  readonly id: DeskColumn;
  readonly cell: (row: DeskPaperRow) => ComponentChildren;
  /** Figures are right-aligned and never wrap. */
  readonly num?: boolean;
}

/** The columns after the first (the project, which opens the paper), each sortable. */
const COLUMNS: readonly Column[] = [
  { id: 'association', cell: (r) => r.association },
  { id: 'regions', cell: (r) => regionsText(r) },
  { id: 'months', cell: (r) => durationText(r.duration) },
  { id: 'total', cell: (r) => deskMoney(r.totalCents), num: true },
  { id: 'aid', cell: (r) => deskMoney(r.aidCents), num: true },
  { id: 'coverage', cell: (r) => coverageText(r) },
  { id: 'readiness', cell: (r) => (r.ready ? deskText.ready : deskText.notReady) },
  { id: 'este', cell: (r) => deskCount(r.esteCount), num: true },
  { id: 'korjattavaa', cell: (r) => deskCount(r.korjattavaaCount), num: true },
  { id: 'openComments', cell: (r) => deskCount(r.openCommentCount), num: true },
  { id: 'updatedAt', cell: (r) => updatedText(r) },
  { id: 'receivedAt', cell: (r) => receivedText(r) },
];

const title = (id: DeskColumn) => (deskText.columns as Record<string, string>)[id] ?? id;

/** Rows shown at first and added per "show more": keeps the first view of 500 papers quick. */
const PAGE = 50;

/**
 * Every received paper in one table. Sorting by the applicant groups the papers by
 * association; on a phone the table scrolls sideways with the project column kept in view.
 */
export function DeskTable({ desk }: { desk: DeskStore }) {
  const rows = desk.visible.value;
  const sort = desk.sort.value;
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(0, limit);
  const grouped = sort.column === 'association';
  const width = COLUMNS.length + 2;
  const body: ComponentChildren[] = [];
  shown.forEach((row, i) => {
    if (grouped && row.association !== shown[i - 1]?.association) {
      const count = rows.filter((r) => r.association === row.association).length;
      body.push(
        <tr class="group-row">
          <th scope="colgroup" colSpan={width}>
            {deskText.group(row.association, count)}
          </th>
        </tr>,
      );
    }
    body.push(<Row key={row.draftId} row={row} desk={desk} />);
  });
  return (
    <section class="panel desk-table-panel" aria-labelledby="desk-table-h">
      <div class="table-head">
        <h2 id="desk-table-h">{deskText.tableHeading}</h2>
        <button type="button" class="button" onClick={() => void desk.exportCsv()}>
          {deskText.csv}
        </button>
      </div>
      <p class="help">{deskText.csvHelp}</p>
      <ExportLine />
      <div class="table-wrap desk-scroll" role="region" aria-label={deskText.tableLabel} tabIndex={0}>
        <table class="desk-table">
          <thead>
            <tr>
              <SortHeader id="project" sort={sort} desk={desk} />
              {COLUMNS.map((c) => (
                <SortHeader id={c.id} sort={sort} desk={desk} />
              ))}
              <th scope="col">{deskText.actions}</th>
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {rows.length > limit && (
        <>
          <p class="muted">{deskText.showingFirst(limit, rows.length)}</p>
          <button type="button" class="button" onClick={() => setLimit(limit + PAGE)}>
            {t.showMore(Math.min(PAGE, rows.length - limit))}
          </button>
        </>
      )}
    </section>
  );
}

function SortHeader({ id, sort, desk }: { id: DeskColumn; sort: DeskSort; desk: DeskStore }) {
  const active = sort.column === id;
  const next: DeskSort = { column: id, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' };
  return (
    <th
      scope="col"
      class={id === 'project' ? 'sticky-col' : undefined}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" class="sort-button" onClick={() => desk.setSort(next)}>
        {title(id)}
        <span class="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function Row({ row, desk }: { row: DeskPaperRow; desk: DeskStore }) {
  return (
    <tr data-paper={row.draftId}>
      <th scope="row" class="sticky-col">
        <button type="button" class="open-paper" aria-label={deskText.open(row.projectName)} onClick={() => void desk.open(row.draftId)}>
          {row.projectName}
        </button>
      </th>
      {COLUMNS.map((c) => (
        <td class={c.num ? 'num' : undefined} data-col={c.id}>
          {c.cell(row)}
        </td>
      ))}
      <td>
        <button
          type="button"
          class="button"
          aria-label={deskText.exportCommentsFor(row.projectName)}
          onClick={() => void desk.exportComments(row.draftId)}
        >
          {deskText.exportComments}
        </button>
      </td>
    </tr>
  );
}

/** How the last CSV or comments file got out (or why it did not). */
function ExportLine() {
  const status = useApp().exchange.exportStatus.value;
  return (
    <p role="status" class="export-status">
      {status.kind === 'done' && t.export.done(status.what, status.fileName, status.how)}
      {status.kind === 'error' && t.lazy.failed}
    </p>
  );
}
