import { draftDisplayName } from '../../domain';
import { useApp, type ConflictChoice, type ImportStatus } from '../../state';
import { Modal } from '../components/Modal';
import { t } from '../messages';

/** Asks what to do when an imported draft already exists here: replace, keep both, cancel. */
export function ImportConflictDialog({ status }: { status: Extract<ImportStatus, { kind: 'conflict' }> }) {
  const app = useApp();
  const choose = (choice: ConflictChoice) => void app.exchange.resolveImportConflict(choice);
  return (
    <Modal
      id="conflict"
      title={t.exchange.conflictTitle}
      onCancel={() => choose('cancel')}
      body={
        <>
          <p>{t.exchange.conflictBody}</p>
          <ul>
            {status.existing.map((d) => (
              <li>{draftDisplayName(d.project.name)}</li>
            ))}
          </ul>
          {status.bringsComments && <p>{t.exchange.commentsHelp}</p>}
          <p>{t.exchange.conflictHelp}</p>
        </>
      }
    >
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
    </Modal>
  );
}
