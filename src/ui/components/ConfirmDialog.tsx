import { t } from '../messages';
import { Modal } from './Modal';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes/no question before something that removes data; the safe choice (cancel) gets the focus. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: Props) {
  return (
    <Modal id="confirm" title={title} body={<p>{body}</p>} onCancel={onCancel}>
      <button type="button" class="button" autoFocus onClick={onCancel}>
        {t.start.cancel}
      </button>
      <button type="button" class="button danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
    </Modal>
  );
}
