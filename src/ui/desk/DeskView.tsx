/**
 * The coordinator's desk: receive many papers at once, see the report of what came in, the
 * overview table with its totals, the CSV, and remove everything when done. The papers are
 * other people's data: the page says plainly that they stay on this device.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, type DeskStore } from '../../state';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { t } from '../messages';
import { DeskFilters } from './DeskFilters';
import { DeskReceive } from './DeskReceive';
import { DeskReport } from './DeskReport';
import { DeskTable } from './DeskTable';
import { DeskTotalsPanel } from './DeskTotals';
import { deskText } from './messages-desk';
import './desk.css';

export function DeskView() {
  const app = useApp();
  const [desk, setDesk] = useState<DeskStore | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    heading.current?.focus();
    app.desk.ensure().then(
      (d) => {
        setDesk(d);
        void d.refresh();
      },
      () => setFailed(true),
    );
  }, []);
  return (
    <section class="desk" aria-labelledby="desk-heading">
      <button type="button" class="button" onClick={() => app.nav.openPage('list')}>
        ← {deskText.back}
      </button>
      <h1 id="desk-heading" ref={heading} tabIndex={-1}>
        {deskText.heading}
      </h1>
      <p class="intro">{deskText.intro}</p>
      <p class="notice info privacy-note">{deskText.privacy}</p>
      {failed ? (
        <p class="notice error" role="alert">
          {t.lazy.failed}
        </p>
      ) : !desk ? (
        <p class="muted" role="status">
          {deskText.loading}
        </p>
      ) : (
        <DeskContent desk={desk} />
      )}
    </section>
  );
}

function DeskContent({ desk }: { desk: DeskStore }) {
  const rows = desk.rows.value;
  const [confirming, setConfirming] = useState(false);
  const removed = desk.removed.value;
  return (
    <>
      {!desk.durable && <p class="notice error">{deskText.memoryOnly}</p>}
      <DeskReceive desk={desk} />
      <DeskReport desk={desk} />
      {desk.error.value && (
        <p class="notice error" role="alert">
          {deskText.loadFailed}
        </p>
      )}
      {desk.unreadable.value > 0 && <p class="notice info">{deskText.unreadable(desk.unreadable.value)}</p>}
      {removed && (
        <div class="toast" role="status">
          <span>{deskText.removed(removed.count)}</span>
          <button type="button" class="button" onClick={() => void desk.undoRemove()}>
            {deskText.undo}
          </button>
        </div>
      )}
      {!desk.loaded.value ? (
        <p class="muted">{deskText.loading}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{deskText.empty}</p>
      ) : (
        <>
          <DeskFilters desk={desk} />
          <DeskTotalsPanel desk={desk} />
          <DeskTable desk={desk} />
          <section class="panel" aria-labelledby="desk-remove-h">
            <h2 id="desk-remove-h">{deskText.removeHeading}</h2>
            <p>{deskText.removeHelp}</p>
            <button type="button" class="button danger" onClick={() => setConfirming(true)}>
              {deskText.removeAll}
            </button>
          </section>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={deskText.removeConfirmTitle}
          body={deskText.removeConfirmBody(rows.length + desk.unreadable.value)}
          confirmLabel={deskText.removeConfirm}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void desk.removeAll().then(() => document.getElementById('desk-heading')?.focus());
          }}
        />
      )}
    </>
  );
}
