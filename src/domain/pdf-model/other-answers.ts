/**
 * Answers the paper's layout does not place yet. Page 1 and the sections after it print the
 * fields of the funder's template in its order (front-page.ts, paper-sections.ts,
 * budget-section.ts, fit-section.ts); a question added to a part later appears here, under
 * its part's title, until the layout gives it a place. So nothing a user answers is left out.
 */
import { flatQuestions } from '../idea-paper/part-kit';
import { PARTS, type PartQuestion } from '../idea-paper/parts';
import type { Draft } from '../idea-paper/schema';
import type { FieldKey } from '../idea-paper/fields';
import type { PdfBlock } from './model';
import { answers } from './paper-sections';

/** The questions the layout prints in places of their own. */
export const PLACED_IN_PAPER: ReadonlySet<string> = new Set([
  'applicant.name',
  'applicant.legalForm',
  'applicant.businessId',
  'applicant.contactPerson',
  'applicant.email',
  'applicant.phone',
  'applicant.experience',
  'project.name',
  'project.summary',
  'project.startMonth',
  'project.endMonth',
  'project.regions',
  'project.municipalities',
  'need.problem',
  'need.evidence',
  'need.participation',
  'targetGroup.groups',
  'targetGroup.otherGroups',
  'targetGroup.participantCount',
  'targetGroup.reach',
  'targetGroup.secondaryGroups',
  'mainGoal',
  'communication',
  'results.expected',
  'results.continuity',
  'results.participantData',
  'resources.volunteers',
  'resources.premises',
  ...PARTS.find((p) => p.id === 'periaatteet')!.questions.flatMap((q) => (q.kind === 'area' ? [q.path] : [])),
]);

export const OTHER_ANSWERS_TITLE = 'Muut vastaukset';

/** Each answered question without a place of its own (not in `placed`), under its part's title. */
export function otherAnswerBlocks(d: Draft, placed: ReadonlySet<string> = PLACED_IN_PAPER): PdfBlock[] {
  const blocks = PARTS.flatMap((part): PdfBlock[] => {
    const outline = new Map(part.outline(d).map((e) => [e.field, e.value]));
    const unplaced = flatQuestions<FieldKey>(part.questions as readonly PartQuestion[]).filter((q) => !placed.has(q.path));
    const body = answers(
      3,
      unplaced.map((q) => [q.path, outline.get(q.path) ?? ''] as const),
    );
    return body.length ? [{ kind: 'heading', level: 2, text: part.title }, ...body] : [];
  });
  return blocks.length ? [{ kind: 'heading', level: 1, text: OTHER_ANSWERS_TITLE }, ...blocks] : [];
}
