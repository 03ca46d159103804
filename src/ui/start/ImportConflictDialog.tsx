import { draftDisplayName } from '../../domain';
import { useApp, type ConflictChoice } from '../../state';
import { Modal } from '../components/Modal';
import { t } from '../messages';
import { conflictText } from './messages-conflict';

/**
 * Asks what to do when an imported draft already exists here: bring its comments, open it for
 * comments on the coordinator's desk (a file of one draft), keep both, replace, cancel.
 */
export function ImportConflictDialog() {
  const app = useApp();
  const status = app.exchange.importStatus.value;
  if (status.kind !== 'conflict') return null;
  const choose = (choice: ConflictChoice) => void app.exchange.resolveImportConflict(choice);
  const onDesk = status.drafts.length === 1;
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
          {onDesk && <p>{conflictText.openForCommentsHelp}</p>}
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
      {onDesk && (
        <button type="button" class="button" onClick={() => choose({ desk: () => app.desk.ensure() })}>
          {conflictText.openForComments}
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
