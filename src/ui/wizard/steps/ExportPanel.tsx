import { useState } from 'preact/hooks';
import { openComments } from '../../../domain';
import { useApp } from '../../../state';
import { t } from '../../messages-wizard';
import { FitCounts } from '../../components/FitCounts';
import { PageEstimate } from '../PageEstimate';

/** Before the PDF: the fit summary and the estimated length; export is always possible. */
export function ExportPanel() {
  const app = useApp();
  const fit = app.paper.fit.value;
  const pages = app.paper.pages.value;
  const status = app.exchange.exportStatus.value;
  const open = app.draft.current.value ? openComments(app.draft.current.value).length : 0;
  const [withComments, setWithComments] = useState(true);
  const includeComments = open > 0 && withComments;
  return (
    <section class="panel export-panel" aria-labelledby="export-h">
      <h2 id="export-h">{t.export.heading}</h2>
      <p>{t.export.intro}</p>
      {fit && (
        <>
          <p class={`readiness ${fit.ready ? 'ready' : 'not-ready'}`}>{fit.readinessText}</p>
          <FitCounts counts={fit.counts} />
          {!fit.ready && <p class="help">{t.export.notReady}</p>}
        </>
      )}
      {pages !== null && <PageEstimate pages={pages} />}
      {open > 0 && (
        <div class="check">
          <input type="checkbox" id="export-comments" checked={withComments} onChange={(e) => setWithComments(e.currentTarget.checked)} />
          <label for="export-comments">
            {t.comments.appendix} ({open})
          </label>
        </div>
      )}
      <div class="card-actions">
        <button
          type="button"
          class="button primary"
          disabled={status.kind === 'working'}
          onClick={() => void app.exchange.exportPdf({ includeComments })}
        >
          {t.export.button}
        </button>
        <button type="button" class="button" disabled={status.kind === 'working'} onClick={() => void app.exchange.exportDraftFile()}>
          {t.export.fileButton}
        </button>
      </div>
      <p role="status" class="export-status">
        {status.kind === 'working' && t.export.working}
        {status.kind === 'done' && t.export.done(status.what, status.fileName, status.how)}
      </p>
      {status.kind === 'error' && (
        <div class="notice error" role="alert">
          <p>{t.export.error(status)}</p>
          {status.reason === 'reload' && (
            <button type="button" class="button" onClick={() => void app.device.reload()}>
              {t.lazy.reload}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
