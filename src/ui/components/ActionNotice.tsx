/**
 * A notice with one way out: the text and the button that acts on it (export, reload, take
 * over…). Errors and updates interrupt (role=alert); the rest is polite (role=status).
 */
interface Props {
  tone: 'error' | 'info' | 'update';
  text: string;
  action: string;
  onAction: () => void;
  /** Highlight the button (the expected choice). */
  primary?: boolean;
  /** Extra class for tests and styling, e.g. "storage-problem". */
  class?: string;
  urgent?: boolean;
}

export function ActionNotice({ tone, text, action, onAction, primary, class: extra, urgent = tone !== 'info' }: Props) {
  return (
    <div class={`notice ${tone}${extra ? ` ${extra}` : ''}`} role={urgent ? 'alert' : 'status'}>
      <p>{text}</p>
      <button type="button" class={`button${primary ? ' primary' : ''}`} onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
