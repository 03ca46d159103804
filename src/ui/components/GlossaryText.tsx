/**
 * Running text (a help text, a step intro) with the funder's terms marked: each term found by
 * findTerms() becomes a small inline toggle button, and its plain-Finnish explanation opens
 * right after it in the text flow (no modal, focus stays on the button). A second press or
 * Escape closes it. The button keeps the original words, so the sentence still reads
 * naturally, also to a screen reader.
 *
 * Use it only where phrasing content with buttons is allowed: inside a <p> or <span> is fine,
 * inside a <label>, <legend> or <summary> it is not (a button there would fight the label).
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { findTerms, glossaryTerm, type GlossaryTerm } from '../../domain';

interface Props {
  text: string;
  /** Term ids not to mark here (e.g. the term that this very text explains). */
  exclude?: readonly string[];
}

/**
 * Terms found per text: a list step shows the same help texts for each of its items (200 actions
 * would scan the same sentences 200 times). Bounded; the texts are the app's own.
 */
const found = new Map<string, ReturnType<typeof findTerms>>();
const FOUND_LIMIT = 500;

function termsIn(text: string, exclude: readonly string[] | undefined, excludeKey: string): ReturnType<typeof findTerms> {
  const key = `${excludeKey}\u0000${text}`;
  let matches = found.get(key);
  if (!matches) {
    if (found.size >= FOUND_LIMIT) found.clear();
    matches = findTerms(text, exclude ? { exclude } : {});
    found.set(key, matches);
  }
  return matches;
}

export function GlossaryText({ text, exclude }: Props) {
  // The key stands for `exclude`, so a new array with the same ids does not rescan.
  const excludeKey = exclude?.join(' ') ?? '';
  const matches = useMemo(() => termsIn(text, exclude, excludeKey), [text, excludeKey]);
  if (matches.length === 0) return <>{text}</>;

  const parts = [];
  let at = 0;
  for (const m of matches) {
    const term = glossaryTerm(m.termId);
    if (!term) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(<TermToggle key={m.termId} term={term} words={text.slice(m.start, m.end)} />);
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function TermToggle({ term, words }: { term: GlossaryTerm; words: string }) {
  const [open, setOpen] = useState(false);
  const noteId = `term-note-${useId()}`;
  return (
    <>
      <button
        type="button"
        class="term-button"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={noteId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            // Close only this explanation; do not let Escape also close a surrounding dialog.
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {words}
      </button>
      {/* Always in the DOM (hidden when closed) so aria-controls always points somewhere. */}
      <span id={noteId} class="term-note" role="note" hidden={!open}>
        <strong class="term-note-title">{term.term}</strong> {term.explanation}
      </span>
    </>
  );
}
