import { useApp } from '../../state';
import { t } from '../messages-wizard';

/** "Kommentointi" on/off (for coordinators); shown under the step list. */
export function CommentModeToggle() {
  const app = useApp();
  const on = app.coordination.commentMode.value;
  // A received paper is always in comment mode: nothing to switch.
  if (app.draft.received.value) return null;
  return (
    <div class="comment-mode">
      <button
        type="button"
        class={`button small${on ? ' primary' : ''}`}
        aria-pressed={on}
        aria-describedby="comment-mode-help"
        onClick={() => app.coordination.toggleCommentMode()}
      >
        {t.comments.mode}
      </button>
      <p id="comment-mode-help" class="help">
        {t.comments.modeHelp}
      </p>
    </div>
  );
}
