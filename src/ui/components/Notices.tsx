import { useApp } from '../../state';
import { storageProblemText, t } from '../messages';

/** Persistent storage warnings and the undo-delete toast. */
export function Notices() {
  const app = useApp();
  const problem = app.save.storageProblem.value;
  const deleted = app.list.deleted.value;
  const blocked = app.save.unsavedBlock.value;
  return (
    <>
      {problem && (
        <div class="notice error storage-problem" role="alert">
          <p>{storageProblemText(problem)}</p>
          {/* The way out of any storage trouble: a file the user keeps. */}
          <button
            type="button"
            class="button"
            onClick={() => void (app.editor.draft.value ? app.exchange.exportDraftFile() : app.exchange.exportAll())}
          >
            {app.editor.draft.value ? t.exchange.exportOne : t.exchange.exportAll}
          </button>
        </div>
      )}
      {blocked && (
        <p class="notice error" role="alert">
          {t.unsaved[blocked]}
        </p>
      )}
      {deleted && (
        <div class="toast" role="status">
          <span>{t.start.deleted(deleted.name)}</span>
          <button type="button" class="button small" onClick={() => void app.list.undoRemove()}>
            {t.start.undo}
          </button>
          <button type="button" class="button small" aria-label={t.dialog.close} onClick={() => app.list.dismissUndo()}>
            ✕
          </button>
        </div>
      )}
    </>
  );
}
