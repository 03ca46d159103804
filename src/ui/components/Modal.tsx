import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** Id prefix of the title and body elements (for aria-labelledby/-describedby). */
  id: string;
  title: string;
  body: ComponentChildren;
  /** Esc and the backdrop mean this. */
  onCancel: () => void;
  /** The dialog's buttons. */
  children: ComponentChildren;
}

/**
 * A modal on the native <dialog>: the browser traps focus and Esc cancels; when the dialog
 * closes, focus returns to where it was if that element still exists (a removed item's button
 * does not).
 */
export function Modal({ id, title, body, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(typeof document !== 'undefined' ? document.activeElement : null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      const el = opener.current as HTMLElement | null;
      if (el?.isConnected) el.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{body}</div>
      <div class="dialog-actions">{children}</div>
    </dialog>
  );
}
