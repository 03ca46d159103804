import { useEffect, useRef } from 'preact/hooks';
import type { DeskStore } from '../../state';
import { deskText } from './messages-desk';

/**
 * What the last receive did, file by file: what came in, what was a newer version of a paper
 * here (the coordinator chooses), what changed nothing, and what was refused and why.
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
      {newer.length > 0 && (
        <Group title={deskText.reportNewer(newer.length)} class="report-newer">
          <Papers list={newer} />
        </Group>
      )}
      {report.pendingNewer.length > 0 && (
        <>
          <p class="help">{deskText.reportNewerHelp}</p>
          <div class="card-actions">
            <button type="button" class="button primary" onClick={() => void desk.acceptNewer()}>
              {deskText.acceptNewer(report.pendingNewer.length)}
            </button>
            <button type="button" class="button" onClick={() => desk.declineNewer()}>
              {deskText.keepOld}
            </button>
          </div>
        </>
      )}
      {report.newerDone && (
        <div role="status">
          {report.newerDone.declined && <p>{deskText.newerKept}</p>}
          {report.newerDone.replaced.length > 0 && <p class="ok-line">{deskText.newerReplaced(report.newerDone.replaced.length)}</p>}
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
