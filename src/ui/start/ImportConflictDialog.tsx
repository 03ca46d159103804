import { draftDisplayName } from '../../domain';
import { useApp, type ConflictChoice } from '../../state';
import { Modal } from '../components/Modal';
import { t } from '../messages';
import { conflictText } from './messages-conflict';

/** Asks what to do when an imported draft already exists here: replace, keep both, cancel. */
export function ImportConflictDialog() {
  const app = useApp();
  const status = app.exchange.importStatus.value;
  if (status.kind !== 'conflict') return null;
  const choose = (choice: ConflictChoice) => void app.exchange.resolveImportConflict(choice);
  return (
    <Modal
      id="conflict"
      title={conflictText.conflictTitle}
      onCancel={() => choose('cancel')}
      body={
        <>
          <p>{conflictText.conflictBody}</p>
          <ul>
            {status.existing.map((d) => (
              <li>{draftDisplayName(d.project.name)}</li>
            ))}
          </ul>
          {status.bringsComments && <p>{conflictText.commentsHelp}</p>}
          <p>{conflictText.conflictHelp}</p>
        </>
      }
    >
      <button type="button" class="button" onClick={() => choose('cancel')}>
        {t.start.cancel}
      </button>
      {status.bringsComments && (
        <button type="button" class="button primary" autoFocus onClick={() => choose('comments')}>
          {conflictText.comments}
        </button>
      )}
      <button type="button" class="button" autoFocus={!status.bringsComments} onClick={() => choose('keepBoth')}>
        {conflictText.keepBoth}
      </button>
      <button type="button" class="button danger" onClick={() => choose('replace')}>
        {conflictText.replace}
      </button>
    </Modal>
  );
}
