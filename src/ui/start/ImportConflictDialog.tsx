import { useEffect, useRef } from 'preact/hooks';
import { draftDisplayName } from '../../domain';
import { useApp, type ImportStatus } from '../../state';
import { t } from '../messages';

/** Asks what to do when an imported draft already exists here: replace, keep both, cancel. */
export function ImportConflictDialog({ status }: { status: Extract<ImportStatus, { kind: 'conflict' }> }) {
  const app = useApp();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  const choose = (choice: 'replace' | 'keepBoth' | 'comments' | 'cancel') => void app.exchange.resolveImportConflict(choice);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-body"
      onCancel={(e) => {
        e.preventDefault();
        choose('cancel');
      }}
    >
      <h2 id="conflict-title">{t.exchange.conflictTitle}</h2>
      <div id="conflict-body">
        <p>{t.exchange.conflictBody}</p>
        <ul>
          {status.existing.map((d) => (
            <li>{draftDisplayName(d.project.name)}</li>
          ))}
        </ul>
        {status.bringsComments && <p>{t.exchange.commentsHelp}</p>}
        <p>{t.exchange.conflictHelp}</p>
      </div>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={() => choose('cancel')}>
          {t.start.cancel}
        </button>
        {status.bringsComments && (
          <button type="button" class="button primary" autoFocus onClick={() => choose('comments')}>
            {t.exchange.comments}
          </button>
        )}
        <button type="button" class="button" autoFocus={!status.bringsComments} onClick={() => choose('keepBoth')}>
          {t.exchange.keepBoth}
        </button>
        <button type="button" class="button danger" onClick={() => choose('replace')}>
          {t.exchange.replace}
        </button>
      </div>
    </dialog>
  );
}
