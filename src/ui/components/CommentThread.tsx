import { useState } from 'preact/hooks';
import { commentsFor, finnishDate, isOrphaned, MAX_COMMENTS, MAX_TEXT, type Comment } from '../../domain';
import { useApp, useDraft } from '../../state';
import { t } from '../messages-wizard';
import { useDraftMemo } from './use-draft';

const NO_COMMENTS: { comments: readonly Comment[]; orphans: readonly Comment[] } = { comments: [], orphans: [] };

/**
 * Coordinator comments beside a section (itemId '') or one list item. Everyone sees them and
 * the association can mark them handled; in comment mode new comments can be written.
 * Comments whose item was removed show at their section.
 */
export function CommentThread({ section, itemId = '', label }: { section: string; itemId?: string; label: string }) {
  const app = useApp();
  // Reads only the comments (and, for a section, its lists): typing in a field does not re-render it.
  const { comments, orphans } = useDraftMemo(
    (d) => {
      const orphans = itemId ? [] : d.comments.filter((c) => c.section === section && c.itemId && isOrphaned(d, c));
      return { comments: [...commentsFor(d, section, itemId), ...orphans], orphans };
    },
    NO_COMMENTS,
    [section, itemId],
  );
  // A received paper opens for comments only: comment mode is always on there.
  const mode = app.coordination.commentMode.value || app.draft.received.value;
  const [writing, setWriting] = useState(() => !!app.local.unfinishedComment(threadKey(section, itemId)));
  if (comments.length === 0 && !mode) return null;
  const domId = `comments-${section}-${itemId || 'section'}`;
  return (
    <section class="comments" aria-labelledby={`${domId}-h`}>
      <h3 id={`${domId}-h`} class="comments-title" tabIndex={-1}>
        {t.comments.heading(label, comments.filter((c) => !c.done).length)}
      </h3>
      {comments.length > 0 && (
        <ul class="comment-list">
          {comments.map((c) => (
            <CommentItem comment={c} orphan={orphans.includes(c)} />
          ))}
        </ul>
      )}
      {mode && !writing && (
        <button type="button" class="button small" onClick={() => setWriting(true)}>
          + {t.comments.add}
          <span class="visually-hidden">: {label}</span>
        </button>
      )}
      {mode && writing && <CommentForm domId={domId} onDone={() => setWriting(false)} section={section} itemId={itemId} />}
    </section>
  );
}

function CommentItem({ comment: c, orphan }: { comment: Comment; orphan: boolean }) {
  const app = useApp();
  const id = `comment-done-${c.id}`;
  return (
    <li class={`comment ${c.verdict || 'neutral'}${c.done ? ' done' : ''}`} data-comment={c.id}>
      <p class="comment-meta">
        {c.verdict && (
          <span class={`level-chip ${c.verdict === 'korjattava' ? 'korjattavaa' : 'hyva'}`}>{t.comments.verdicts[c.verdict]}</span>
        )}{' '}
        <strong>{c.author || t.comments.anonymous}</strong> · {finnishDate(c.createdAt)}
        {orphan && <em> · {t.comments.orphan}</em>}
      </p>
      <p class="comment-text">{c.text}</p>
      <div class="check">
        <input type="checkbox" id={id} checked={c.done} onChange={(e) => app.coordination.setCommentDone(c.id, e.currentTarget.checked)} />
        <label for={id}>{t.comments.done}</label>
      </div>
      {(app.coordination.commentMode.value || app.draft.received.value) && (
        <button type="button" class="button small danger" onClick={() => app.coordination.removeComment(c.id)}>
          {t.comments.remove}
        </button>
      )}
    </li>
  );
}

function CommentForm({ domId, section, itemId, onDone }: { domId: string; section: string; itemId: string; onDone: () => void }) {
  const app = useApp();
  const key = threadKey(section, itemId);
  // An unfinished comment is typed text: it is kept with the draft's local state on this device
  // (IndexedDB), so a step change, a closed tab or a crash does not lose it.
  const kept = app.local.unfinishedComment(key);
  const [text, setText] = useState(kept?.text ?? '');
  const [verdict, setVerdict] = useState<Comment['verdict']>(kept?.verdict ?? 'korjattava');
  const [author, setAuthor] = useState(kept?.author ?? app.coordination.commentAuthor.value);
  const keep = (next: { text?: string; verdict?: Comment['verdict']; author?: string }) => {
    const value = { text, verdict, author, ...next };
    app.local.setUnfinishedComment(key, value.text ? value : null);
  };
  const full = useDraft().comments.length >= MAX_COMMENTS;
  return (
    <form
      class="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || full) return;
        app.coordination.addComment(section, itemId, text, verdict, author);
        app.local.setUnfinishedComment(key, null);
        onDone();
      }}
    >
      <label for={`${domId}-text`}>{t.comments.text}</label>
      <textarea
        id={`${domId}-text`}
        rows={3}
        value={text}
        maxLength={MAX_TEXT}
        autoFocus
        onInput={(e) => {
          setText(e.currentTarget.value);
          keep({ text: e.currentTarget.value });
        }}
      />
      <fieldset class="field">
        <legend>{t.comments.verdict}</legend>
        {(['korjattava', 'hyva'] as const).map((v) => (
          <div class="check">
            <input
              type="radio"
              name={`${domId}-verdict`}
              id={`${domId}-${v}`}
              checked={verdict === v}
              onChange={() => {
                setVerdict(v);
                keep({ verdict: v });
              }}
            />
            <label for={`${domId}-${v}`}>{t.comments.verdicts[v]}</label>
          </div>
        ))}
      </fieldset>
      <label for={`${domId}-author`}>{t.comments.author}</label>
      <input
        id={`${domId}-author`}
        value={author}
        maxLength={200}
        autoComplete="name"
        onInput={(e) => {
          setAuthor(e.currentTarget.value);
          keep({ author: e.currentTarget.value });
        }}
      />
      {full && (
        <p class="notice error" id={`${domId}-full`}>
          {t.comments.full(MAX_COMMENTS)}
        </p>
      )}
      <div class="card-actions">
        <button type="submit" class="button primary" disabled={full} aria-describedby={full ? `${domId}-full` : undefined}>
          {t.comments.save}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            app.local.setUnfinishedComment(key, null);
            onDone();
          }}
        >
          {t.start.cancel}
        </button>
      </div>
    </form>
  );
}

/** The key of a thread in the local state: its section and item. */
const threadKey = (section: string, itemId: string) => `${section}:${itemId}`;
