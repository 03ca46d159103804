import { useEffect, useRef } from 'preact/hooks';
import { t } from '../messages';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the native <dialog>: the browser traps focus, Esc cancels, and focus
 * returns to where it was. The safe choice (cancel) gets the initial focus.
 */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(typeof document !== 'undefined' ? document.activeElement : null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    // Back to where the user was, if that element still exists (a removed item's button does not).
    return () => {
      const el = opener.current as HTMLElement | null;
      if (el?.isConnected) el.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-body">{body}</p>
      <div class="dialog-actions">
        <button type="button" class="button" autoFocus onClick={onCancel}>
          {t.start.cancel}
        </button>
        <button type="button" class="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
