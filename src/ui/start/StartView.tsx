import { useEffect, useRef, useState } from 'preact/hooks';
import { draftDisplayName, needsExportReminder } from '../../domain';
import { useApp } from '../../state';
import type { DraftSummary } from '../../state';
import { ActionNotice } from '../components/ActionNotice';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { storageProblemText, t } from '../messages';
import { DraftList } from './DraftList';
import { ImportPanel } from './ImportPanel';
import { StoragePanel } from './StoragePanel';

/** The list of drafts on this device: create, open, rename, duplicate, delete. */
export function StartView() {
  const app = useApp();
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const drafts = app.list.drafts.value;

  useEffect(() => {
    void app.list.refresh();
  }, []);

  return (
    <section class="start" aria-labelledby="start-heading">
      <h1 id="start-heading" ref={headingRef} tabIndex={-1}>
        {t.start.heading}
      </h1>
      <p class="intro">{t.start.intro}</p>
      {app.device.durable && app.device.persist.value !== 'unknown' && <p class="muted small">{t.persist[app.device.persist.value]}</p>}
      <button type="button" class="button primary" onClick={() => void app.lifecycle.create()}>
        + {t.start.newDraft}
      </button>
      {app.list.loaded.value &&
        drafts.length > 0 &&
        app.device.storageInfo.value &&
        needsExportReminder({
          lastBackupAt: app.device.storageInfo.value.lastBackupAt,
          draftExports: app.device.storageInfo.value.draftExports,
          drafts,
          now: new Date().toISOString(),
        }) && (
          <ActionNotice
            tone="info"
            text={t.exchange.reminder}
            action={t.exchange.exportAll}
            onAction={() => void app.exchange.exportAll()}
          />
        )}
      {app.list.notice.value && (
        <p class="notice info" role="status">
          {t.start.notices[app.list.notice.value]}
        </p>
      )}
      {app.list.error.value === 'version' ? (
        // A newer version took the database in another tab: this tab's code is out of date.
        <ActionNotice tone="error" text={t.start.listOutdated} action={t.lazy.reload} onAction={() => void app.device.reload()} />
      ) : (
        app.list.error.value && (
          <p class="notice error">
            {t.start.listFailed} ({storageProblemText(app.list.error.value)})
          </p>
        )
      )}
      {!app.list.loaded.value ? (
        <p class="muted">{t.start.loading}</p>
      ) : drafts.length === 0 ? (
        <p class="muted">{t.start.empty}</p>
      ) : (
        <DraftList drafts={drafts} onDelete={setDeleting} />
      )}
      {app.list.loaded.value && <ImportPanel emptyDevice={drafts.length === 0} />}
      {/* The coordinator's desk: papers received from associations, apart from the own drafts. */}
      <p>
        <button type="button" class="button" onClick={() => app.nav.openPage('desk')}>
          {t.start.deskEntry} →
        </button>
      </p>
      <StoragePanel />
      {deleting && (
        <ConfirmDialog
          title={t.start.deleteConfirmTitle}
          body={t.start.deleteConfirmBody(draftDisplayName(deleting.name))}
          confirmLabel={t.start.deleteConfirm}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void app.list.remove(id).then(() => headingRef.current?.focus());
          }}
        />
      )}
    </section>
  );
}
