import { useApp } from '../../state';
import { storageProblemText, t } from '../messages';

/** Persistent storage warnings and the undo-delete toast. */
export function Notices() {
  const app = useApp();
  const problem = app.storageProblem.value;
  const deleted = app.deleted.value;
  return (
    <>
      {problem && (
        <div class="notice error" role="alert">
          <p>{storageProblemText(problem)}</p>
        </div>
      )}
      {deleted && (
        <div class="toast" role="status">
          <span>{t.start.deleted(deleted.name)}</span>
          <button type="button" class="button small" onClick={() => void app.actions.undoDelete()}>
            {t.start.undo}
          </button>
          <button type="button" class="button small" aria-label={t.dialog.close} onClick={() => app.actions.dismissUndo()}>
            ✕
          </button>
        </div>
      )}
    </>
  );
}
