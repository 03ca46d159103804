import { useRef } from 'preact/hooks';
import { useFileDrop } from '../components/use-file-drop';
import { useApp } from '../../state';
import { t } from '../messages';
import { lazyView } from '../lazy-wizard';

/** The conflict dialog loads only when an import collides with a draft here. */
const LazyConflictDialog = lazyView(() => import('./ImportConflictDialog').then((m) => m.ImportConflictDialog));

/**
 * "Tuo tiedosto" (picker and drag-and-drop) and "Vie kaikki", with the import's outcome.
 * `emptyDevice` turns the panel into the restore offer of a device with no drafts.
 */
export function ImportPanel({ emptyDevice }: { emptyDevice: boolean }) {
  const app = useApp();
  const input = useRef<HTMLInputElement>(null);
  const status = app.exchange.importStatus.value;
  const exportStatus = app.exchange.exportStatus.value;

  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void app.exchange.importFile(file);
  };
  const drop = useFileDrop(take);

  return (
    <section class={`panel import-panel${drop.dragging ? ' dragging' : ''}`} aria-labelledby="import-h" {...drop.handlers}>
      <h2 id="import-h">{emptyDevice ? t.exchange.restoreHeading : t.exchange.heading}</h2>
      <p>{emptyDevice ? t.exchange.restoreIntro : t.exchange.intro}</p>
      <div class="card-actions">
        <input
          ref={input}
          id="import-file"
          type="file"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t.exchange.importButton}
          accept=".json,.ideapaperi.json,application/json,.pdf,application/pdf"
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" class="button" onClick={() => input.current?.click()}>
          {emptyDevice ? t.exchange.restoreButton : t.exchange.importButton}
        </button>
        {!emptyDevice && (
          <button type="button" class="button" onClick={() => void app.exchange.exportAll()}>
            {t.exchange.exportAll}
          </button>
        )}
      </div>
      <p class="help">{t.exchange.dropHint}</p>
      <div role="status" class="import-status">
        {status.kind === 'reading' && <p>{t.exchange.reading(status.fileName)}</p>}
        {status.kind === 'done' && <p class="ok-line">{t.exchange.done(status.names, status.keptPrevious, status.comments)}</p>}
        {exportStatus.kind === 'done' && <p>{t.export.done(exportStatus.what, exportStatus.fileName, exportStatus.how)}</p>}
      </div>
      {exportStatus.kind === 'done' && exportStatus.leftOut && (
        <p class="notice error" role="alert">
          {t.export.leftOut(exportStatus.leftOut)}
        </p>
      )}
      {status.kind === 'error' && (
        <div class="notice error" role="alert">
          <p>
            <strong>{t.exchange.failed(status.fileName)}</strong>{' '}
            {status.error.code === 'app-reload'
              ? t.export.needsReload
              : status.error.code === 'storage'
                ? t.exchange.storageFailed
                : status.error.code === 'open-elsewhere'
                  ? t.exchange.openElsewhere
                  : status.error.message}
          </p>
          <p>{t.exchange.nothingChanged}</p>
        </div>
      )}
      {exportStatus.kind === 'error' && (
        <div class="notice error" role="alert">
          <p>{t.export.error(exportStatus)}</p>
        </div>
      )}
      {status.kind === 'conflict' && <LazyConflictDialog />}
    </section>
  );
}
