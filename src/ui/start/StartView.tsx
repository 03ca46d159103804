import { useEffect, useRef, useState } from 'preact/hooks';
import { draftDisplayName, needsExportReminder } from '../../domain';
import { useApp } from '../../state';
import type { DraftSummary } from '../../state';
import { ActionNotice } from '../components/ActionNotice';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { storageProblemText, t } from '../messages';
import { ImportPanel } from './ImportPanel';
import { StoragePanel } from './StoragePanel';

/** The list of drafts on this device: create, open, rename, duplicate, delete. */
export function StartView() {
  const app = useApp();
  const [renaming, setRenaming] = useState<string | null>(null);
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
      <button type="button" class="button primary" onClick={() => void app.editor.create()}>
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
      {app.list.error.value && (
        <p class="notice error">
          {t.start.listFailed} ({storageProblemText(app.list.error.value)})
        </p>
      )}
      {!app.list.loaded.value ? (
        <p class="muted">{t.start.loading}</p>
      ) : drafts.length === 0 ? (
        <p class="muted">{t.start.empty}</p>
      ) : (
        <ul class="draft-list">
          {drafts.map((d) => (
            <li class="draft-card" key={d.id}>
              {renaming === d.id ? (
                <RenameForm
                  initial={d.name}
                  onCancel={() => setRenaming(null)}
                  onSave={async (name) => {
                    await app.list.rename(d.id, name);
                    setRenaming(null);
                  }}
                />
              ) : (
                <>
                  <h2 class="draft-name">{draftDisplayName(d.name)}</h2>
                  <p class="muted">
                    {d.applicantName && <>{d.applicantName} · </>}
                    {t.start.lastEdited(d.updatedAt)}
                  </p>
                  {d.problem && <p class="notice error">{t.start.cannotOpen}</p>}
                  <div class="card-actions">
                    <button
                      type="button"
                      class="button primary"
                      disabled={!!d.problem}
                      aria-label={`${t.start.open}: ${draftDisplayName(d.name)}`}
                      onClick={() => void app.editor.open(d.id)}
                    >
                      {t.start.open}
                    </button>
                    <button
                      type="button"
                      class="button"
                      disabled={!!d.problem}
                      aria-label={`${t.start.rename}: ${draftDisplayName(d.name)}`}
                      onClick={() => setRenaming(d.id)}
                    >
                      {t.start.rename}
                    </button>
                    <button
                      type="button"
                      class="button"
                      disabled={!!d.problem}
                      aria-label={`${t.start.duplicate}: ${draftDisplayName(d.name)}`}
                      onClick={() => void app.list.duplicate(d.id)}
                    >
                      {t.start.duplicate}
                    </button>
                    <button
                      type="button"
                      class="button"
                      aria-label={`${t.exchange.exportOne}: ${draftDisplayName(d.name)}`}
                      onClick={() => void app.exchange.exportDraftFile(d.id)}
                    >
                      {t.exchange.exportOne}
                    </button>
                    <button
                      type="button"
                      class="button danger"
                      aria-label={`${t.start.delete}: ${draftDisplayName(d.name)}`}
                      onClick={() => setDeleting(d)}
                    >
                      {t.start.delete}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {app.list.loaded.value && <ImportPanel emptyDevice={drafts.length === 0} />}
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

function RenameForm({ initial, onSave, onCancel }: { initial: string; onSave: (name: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <form
      class="rename"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <label for="rename-input">{t.start.renameLabel}</label>
      <input
        id="rename-input"
        ref={inputRef}
        value={value}
        maxLength={500}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      />
      <div class="card-actions">
        <button type="submit" class="button primary">
          {t.start.save}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t.start.cancel}
        </button>
      </div>
    </form>
  );
}
