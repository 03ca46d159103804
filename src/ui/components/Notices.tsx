import { useApp } from '../../state';
import { storageProblemText, t } from '../messages';
import { ActionNotice } from './ActionNotice';

/** Persistent storage warnings and the undo-delete toast. */
export function Notices() {
  const app = useApp();
  const problem = app.save.storageProblem.value;
  const deleted = app.list.deleted.value;
  const blocked = app.save.unsavedBlock.value;
  return (
    <>
      {problem && (
        // The way out of any storage trouble: a file the user keeps.
        <ActionNotice
          tone="error"
          class="storage-problem"
          text={storageProblemText(problem)}
          action={app.draft.current.value ? t.exchange.exportOne : t.exchange.exportAll}
          onAction={() => void (app.draft.current.value ? app.exchange.exportDraftFile() : app.exchange.exportAll())}
        />
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
