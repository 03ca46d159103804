import { useEffect, useRef, useState } from 'preact/hooks';
import { draftDisplayName, needsExportReminder } from '../../domain';
import { useApp } from '../../state';
import type { DraftSummary } from '../../state';
import { ActionNotice } from '../components/ActionNotice';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { storageProblemText, t } from '../messages';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { BrokenCard, DraftCard } from './DraftCard';
import { ImportPanel } from './ImportPanel';
import { StoragePanel } from './StoragePanel';

/** With more drafts than this the list gets a search field. */
const SEARCH_FROM = 5;

/** Case-insensitive match on the project or applicant name (ä and a stay different letters). */
function matchesSearch(d: DraftSummary, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('fi');
  return d.name.toLocaleLowerCase('fi').includes(q) || d.applicantName.toLocaleLowerCase('fi').includes(q);
}

/** The list of drafts on this device: create, open, rename, duplicate, delete. */
export function StartView() {
  const app = useApp();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [query, setQuery] = useState('');
  const drafts = app.list.drafts.value;
  const shown = query.trim() ? drafts.filter((d) => matchesSearch(d, query)) : drafts;

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
        <>
          {drafts.length > SEARCH_FROM && (
            <div class="field draft-search">
              <label for="draft-search">{t.start.search}</label>
              <input id="draft-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
            </div>
          )}
          {query.trim() && (
            <p class="muted" role="status">
              {t.start.searchResult(shown.length, drafts.length)}
            </p>
          )}
          <ul class="draft-list">
            {shown.map((d) => (
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
                  <ErrorBoundary
                    fallback={
                      <BrokenCard
                        onExport={() => void app.exchange.exportDraftFile(d.id)}
                        onSalvage={() => void app.list.openSalvage(d.id)}
                      />
                    }
                  >
                    <DraftCard
                      draft={d}
                      onOpen={() => void app.editor.open(d.id)}
                      onRename={() => setRenaming(d.id)}
                      onDuplicate={() => void app.list.duplicate(d.id)}
                      onExport={() => void app.exchange.exportDraftFile(d.id)}
                      onDelete={() => setDeleting(d)}
                      onSalvage={() => void app.list.openSalvage(d.id)}
                    />
                  </ErrorBoundary>
                )}
              </li>
            ))}
          </ul>
        </>
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
