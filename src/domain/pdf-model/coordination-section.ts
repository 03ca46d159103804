/**
 * The last parts of the PDF: "Mitä seuraavaksi?" (progress after the paper) and, when the
 * user chooses, an appendix of the coordinator's open comments.
 */
import { COMMENTABLE_LISTS, isOrphaned, openComments, sectionTitle } from '../coordination/comments';
import { NEXT_STEPS } from '../coordination/next-steps';
import type { Draft } from '../idea-paper/schema';
import type { StepId } from '../idea-paper/steps';
import type { PdfBlock } from './model';

const dateText = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso || '–';
};

/** "Mitä seuraavaksi?" as a table: step, done, date; nothing until a step is marked or dated. */
export function nextStepBlocks(draft: Draft): PdfBlock[] {
  const started = NEXT_STEPS.some((step) => {
    const mark = draft.nextSteps[step.id];
    return mark?.done === true || (mark?.date ?? '') !== '';
  });
  if (!started) return [];
  return [
    { kind: 'heading', level: 1, text: 'Mitä seuraavaksi?' },
    {
      kind: 'table',
      columns: [
        { header: 'Vaihe', width: 0.6 },
        { header: 'Tilanne', width: 0.2 },
        { header: 'Päivämäärä', width: 0.2 },
      ],
      rows: NEXT_STEPS.map((step, i) => {
        const mark = draft.nextSteps[step.id];
        return [`${i + 1}. ${step.title}`, mark?.done ? 'Tehty' : 'Ei vielä', dateText(mark?.date ?? '')];
      }),
    },
  ];
}

/** Where a comment points, in words: "Toimenpiteet, kohta 2" or the section alone. */
function commentPlace(draft: Draft, section: string, itemId: string): string {
  const title = sectionTitle(section);
  if (!itemId) return title;
  const items = COMMENTABLE_LISTS[section as StepId]?.(draft) ?? [];
  const index = items.findIndex((i) => i.id === itemId);
  return index >= 0 ? `${title}, kohta ${index + 1}` : `${title} (poistettu kohta)`;
}

/** Appendix of the comments not yet marked handled. */
export function commentAppendixBlocks(draft: Draft): PdfBlock[] {
  const open = openComments(draft);
  return [
    { kind: 'heading', level: 1, text: 'Liite: avoimet kommentit' },
    open.length === 0
      ? { kind: 'paragraph', text: 'Ei avoimia kommentteja.', tone: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: 'Kohta', width: 0.22 },
            { header: 'Arvio', width: 0.13 },
            { header: 'Kommentti', width: 0.45 },
            { header: 'Kommentoija', width: 0.2 },
          ],
          rows: open.map((c) => [
            commentPlace(draft, c.section, isOrphaned(draft, c) ? '' : c.itemId) + (isOrphaned(draft, c) ? ' (poistettu kohta)' : ''),
            c.verdict === 'korjattava' ? 'Korjattava' : c.verdict === 'hyva' ? 'Hyvä' : '–',
            c.text,
            c.author || '–',
          ]),
        },
  ];
}
