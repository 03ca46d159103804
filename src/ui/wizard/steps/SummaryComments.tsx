import {
  commentView,
  COMMENTABLE_LISTS,
  isOrphaned,
  openComments,
  partTitle,
  type Comment,
  type Draft,
  type PartId,
} from '../../../domain';
import { formatRoute, useApp, useDraft } from '../../../state';
import { t } from '../../messages-wizard';

/** Where a comment sits, in words ("Toimenpiteet, kohta 2"), and the DOM id of its thread's heading. */
function place(d: Draft, c: Comment): { words: string; target: string } {
  const items = c.itemId && !isOrphaned(d, c) ? (COMMENTABLE_LISTS[c.section as PartId]?.(d) ?? []) : [];
  const index = items.findIndex((i) => i.id === c.itemId);
  const words = index >= 0 ? `${partTitle(c.section)}, ${t.comments.itemPlace(index + 1)}` : partTitle(c.section);
  return { words, target: `#comments-${c.section}-${index >= 0 ? c.itemId : 'section'}-h` };
}

/**
 * "Koordinaattorin kommentit (n)" at the top of the summary: every comment with where it is
 * and whether it still waits, each a link to its thread.
 */
export function SummaryComments() {
  const app = useApp();
  const d = useDraft();
  if (d.comments.length === 0) return null;
  const open = new Set(openComments(d).map((c) => c.id));
  const received = app.draft.received.value;
  return (
    <section class="panel summary-comments" aria-labelledby="summary-comments-h">
      <h2 id="summary-comments-h">{t.comments.summaryHeading(d.comments.length)}</h2>
      <p>{t.comments.summaryIntro(open.size)}</p>
      <ul class="link-list">
        {d.comments.map((c) => {
          const view = commentView(c);
          const { words, target } = place(d, c);
          const state = open.has(c.id) ? t.comments.openState : c.done ? t.comments.doneState : t.comments.goodState;
          const label = `${words}: ${c.text}`;
          return (
            <li data-comment={c.id}>
              {view ? (
                <a
                  href={formatRoute({ kind: 'draft', draftId: d.id, view, received })}
                  onClick={(e) => {
                    e.preventDefault();
                    app.nav.jumpTo(view, target as `#${string}`);
                  }}
                >
                  {label}
                </a>
              ) : (
                <span>
                  {label} ({t.comments.unknownPlace})
                </span>
              )}{' '}
              <span class="muted">
                ({state}, {c.author || t.comments.anonymous})
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
