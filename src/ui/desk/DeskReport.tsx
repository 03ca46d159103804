import { useEffect, useRef, useState } from 'preact/hooks';
import { finnishDateTime } from '../../domain';
import type { DeskStore } from '../../state';
import { deskText } from './messages-desk';

/**
 * What the last receive did, file by file: what came in, what was another version of a paper
 * here (the coordinator chooses, paper by paper), what changed nothing, and what was refused and why.
 */
export function DeskReport({ desk }: { desk: DeskStore }) {
  const report = desk.report.value;
  const heading = useRef<HTMLHeadingElement>(null);
  // A new report takes the focus, so keyboard and screen-reader users hear what happened.
  useEffect(() => {
    if (report && !report.newerDone) heading.current?.focus();
  }, [report?.files]);
  if (!report) return null;
  const received = report.files.flatMap((f) => f.received.map((name) => ({ name, file: f.fileName })));
  const newer = report.files.flatMap((f) => f.newer.map((name) => ({ name, file: f.fileName })));
  const futureDated = report.files.flatMap((f) => f.futureDated.map((name) => ({ name, file: f.fileName })));
  const unchanged = report.files.flatMap((f) => [
    ...f.same.map((name) => ({ name, file: f.fileName, why: deskText.same })),
    ...f.older.map((name) => ({ name, file: f.fileName, why: deskText.older })),
  ]);
  const refused = report.files.filter((f) => f.refused);
  const nothing = received.length + newer.length + unchanged.length + refused.length === 0;
  return (
    <section class="panel desk-report" aria-labelledby="desk-report-h">
      <h2 id="desk-report-h" ref={heading} tabIndex={-1}>
        {deskText.reportHeading}
      </h2>
      {report.storeFailed && (
        <p class="notice error" role="alert">
          {deskText.storeFailed}
        </p>
      )}
      {nothing && <p>{deskText.nothingInFiles}</p>}
      {received.length > 0 && !report.storeFailed && (
        <Group title={deskText.reportReceived(received.length)} class="report-received">
          <Papers list={received} />
        </Group>
      )}
      {futureDated.length > 0 && (
        <Group title={deskText.reportFutureDated(futureDated.length)} class="report-future">
          <Papers list={futureDated} />
        </Group>
      )}
      {report.pendingNewer.length > 0 ? (
        <PendingVersions desk={desk} versions={report.pendingNewer} />
      ) : (
        newer.length > 0 && (
          <Group title={deskText.reportNewer(newer.length)} class="report-newer">
            <Papers list={newer} />
          </Group>
        )
      )}
      {report.newerDone && (
        <div role="status">
          {report.newerDone.declined && <p>{deskText.newerKept}</p>}
          {report.newerDone.replaced.length > 0 && <p class="ok-line">{deskText.newerReplaced(report.newerDone.replaced.length)}</p>}
          {!report.newerDone.declined && report.newerDone.kept.length > 0 && <p>{deskText.versionsKept(report.newerDone.kept.length)}</p>}
          {report.newerDone.refused.map((r) => (
            <p class="notice error">
              {deskText.newerRefused(r.name)} {r.error.code === 'open-elsewhere' ? deskText.openElsewhere : r.error.message}
            </p>
          ))}
        </div>
      )}
      {unchanged.length > 0 && (
        <Group title={deskText.reportUnchanged(unchanged.length)} class="report-unchanged">
          {unchanged.map((p) => (
            <li>
              {p.name}: {p.why} <span class="muted">({deskText.fromFile(p.file)})</span>
            </li>
          ))}
        </Group>
      )}
      {refused.length > 0 && (
        <Group title={deskText.reportRefused(refused.length)} class="report-refused">
          {refused.map((f) => (
            <li>
              <strong>{f.fileName || deskText.unnamedFile}</strong>: {f.refused}
            </li>
          ))}
        </Group>
      )}
      {report.pendingNewer.length === 0 && (
        <button type="button" class="button" onClick={() => desk.dismissReport()}>
          {deskText.closeReport}
        </button>
      )}
    </section>
  );
}

type Versions = NonNullable<ReturnType<DeskStore['report']['peek']>>['pendingNewer'];

/**
 * The other versions of papers here, one tick box each: what it would replace (the paper's name
 * and date there) and why it is offered. Only the versions the dates show as newer start ticked.
 */
function PendingVersions({ desk, versions }: { desk: DeskStore; versions: Versions }) {
  const [chosen, setChosen] = useState(() => new Set(versions.filter((v) => v.suggested).map((v) => v.draft.id)));
  const toggle = (id: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <fieldset class="report-group report-newer">
      <legend>
        <h3>{deskText.reportNewer(versions.length)}</h3>
      </legend>
      <p class="help">{deskText.reportNewerHelp}</p>
      <ul class="version-choices">
        {versions.map((v) => (
          <li class="check">
            <input
              type="checkbox"
              id={`version-${v.draft.id}`}
              checked={chosen.has(v.draft.id)}
              onChange={(e) => toggle(v.draft.id, e.currentTarget.checked)}
            />
            <label for={`version-${v.draft.id}`}>
              <span>
                {v.name} <span class="muted">({deskText.fromFile(v.fileName)})</span>
                <br />
                <span class="version-why">
                  {deskText.replaces(v.replaces.name, finnishDateTime(v.replaces.updatedAt), finnishDateTime(v.draft.updatedAt))}{' '}
                  {deskText.versionWhy[v.why]}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div class="card-actions">
        <button type="button" class="button primary" disabled={chosen.size === 0} onClick={() => void desk.acceptNewer([...chosen])}>
          {deskText.acceptNewer(chosen.size)}
        </button>
        <button type="button" class="button" onClick={() => desk.declineNewer()}>
          {deskText.keepOld}
        </button>
      </div>
    </fieldset>
  );
}

function Group({ title, class: name, children }: { title: string; class: string; children: preact.ComponentChildren }) {
  return (
    <div class={`report-group ${name}`}>
      <h3>{title}</h3>
      <ul>{children}</ul>
    </div>
  );
}

/** Papers named with the file each came in. */
function Papers({ list }: { list: readonly { name: string; file: string }[] }) {
  return (
    <>
      {list.map((p) => (
        <li>
          {p.name} <span class="muted">({deskText.fromFile(p.file)})</span>
        </li>
      ))}
    </>
  );
}
