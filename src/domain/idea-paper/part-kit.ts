/**
 * What a part of the idea paper declares about itself, in one place (parts/<id>.ts): its
 * fields' texts, the questions in the order the wizard asks them, what counts as filled in,
 * the empty value of a new draft, and how the part reads in the summary and the PDF. The
 * wizard draws the questions (ui/wizard/PartQuestions.tsx), the step registry (steps.ts) counts
 * the requirements, and the outline (outline.ts) reads the questions' answers, so adding a
 * question touches the schema, its migration and its part's file.
 */
import { getAtPath, type FieldPath, type FieldRef, type IdsValuePath, type TextValuePath } from './paths';
import { labelOf, type Option } from './options';
import type { Draft } from './schema';

/**
 * Finnish labels, help texts and examples of a field, written in plain language for a
 * volunteer who has never written a project plan. `recommended` is a soft length in characters
 * (no official limits exist, domain §9): shown as a guide, never enforced.
 */
export interface FieldText {
  readonly label: string;
  readonly help: string;
  readonly example?: string;
  readonly recommended?: number;
  /** A short noun form of a question label, for the PDF's headings and its "Vielä puuttuu" box. */
  readonly short?: string;
}

/** How a text question takes its answer (the input's type and keyboard). */
export type TextInputKind = 'month' | 'email' | 'tel' | 'numeric';

/** One question of a part, as the wizard asks it; `K` are the keys the part has texts for. */
export type Question<K extends string = string> =
  | {
      readonly kind: 'text';
      readonly path: TextValuePath & K;
      readonly input?: TextInputKind;
      /** The browser's autofill hint (`organization`, `name`, …). */
      readonly autoComplete?: string;
    }
  | { readonly kind: 'area'; readonly path: TextValuePath & K; readonly rows?: number }
  | { readonly kind: 'select' | 'radios'; readonly path: TextValuePath & K; readonly options: readonly Option[] }
  | { readonly kind: 'checks'; readonly path: IdsValuePath & K; readonly options: readonly Option[] }
  /** Questions side by side on a wide screen. */
  | { readonly kind: 'row'; readonly questions: readonly Question<K>[] }
  /** What the part's own component draws here (a list, the budget tables). */
  | { readonly kind: 'slot'; readonly id: string };

/** One thing a step counts as filled in; a "missing" link opens `field`. */
export interface Requirement {
  readonly field: FieldRef;
  readonly label: string;
  readonly isMet: (draft: Draft) => boolean;
}

/** A requirement as a part declares it: a field that must be answered, or a rule with its label. */
export type RequirementSpec<K extends string> =
  (FieldPath & K) | { readonly field: FieldRef; readonly label?: string; readonly isMet: (draft: Draft) => boolean };

/** One labelled value of the outline; `value` null when not filled in yet. */
export interface OutlineEntry {
  readonly label: string;
  readonly value: string | null;
  /** Field to open for editing. */
  readonly field: string;
}

export interface OutlineItem {
  readonly heading: string;
  readonly entries: readonly OutlineEntry[];
}

/** The items of a part's list (goals, actions, …) in the outline. */
export interface OutlineItems {
  readonly label: string;
  readonly list: readonly OutlineItem[];
}

interface PartSpec<Id extends string, Keys extends keyof Draft, F extends Readonly<Record<string, FieldText>>> {
  readonly id: Id;
  readonly title: string;
  /** Top-level draft keys whose content belongs to this part (comments, fingerprints, links). */
  readonly holds: readonly Keys[];
  readonly fields: F;
  /** This part's content in a new draft. */
  readonly empty: Pick<Draft, Keys>;
  readonly questions: readonly Question<Extract<keyof F, string>>[];
  readonly requirements?: readonly RequirementSpec<Extract<keyof F, string>>[];
  /** The part's entries in the outline, when they are not its questions' answers. */
  readonly outline?: (draft: Draft) => readonly OutlineEntry[];
  /** The items of the part's list in the outline. */
  readonly items?: (draft: Draft) => OutlineItems;
}

export interface PartDefinition<
  Id extends string = string,
  Keys extends keyof Draft = keyof Draft,
  F = Readonly<Record<string, FieldText>>,
> {
  readonly id: Id;
  readonly title: string;
  readonly holds: readonly Keys[];
  readonly fields: F;
  readonly empty: Pick<Draft, Keys>;
  readonly questions: readonly Question<Extract<keyof F, string>>[];
  readonly requirements: readonly Requirement[];
  readonly outline: (draft: Draft) => readonly OutlineEntry[];
  readonly items?: (draft: Draft) => OutlineItems;
}

/** Whether a text holds anything but white space. */
export const filled = (s: string): boolean => s.trim().length > 0;

/** Whether a question's field is answered: a text with content, a choice made, at least one id ticked. */
function answered(draft: Draft, path: FieldPath): boolean {
  const value: unknown = getAtPath(draft, path);
  if (typeof value === 'string') return filled(value);
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

const orNull = (s: string) => (s.trim() ? s : null);
/** 'YYYY-MM' as the Finnish "M/YYYY"; anything else as typed. */
const monthText = (m: string) => {
  const match = /^(\d{4})-(\d{2})$/.exec(m);
  return match ? `${Number(match[2])}/${match[1]}` : orNull(m);
};

/** A question's answer as the outline shows it: option labels for choices, months as M/YYYY. */
function answerText(draft: Draft, q: Exclude<Question, { kind: 'row' | 'slot' }>): string | null {
  if (q.kind === 'checks') {
    const ids = getAtPath(draft, q.path) ?? [];
    return ids.length ? ids.map((id) => labelOf(q.options, id)).join(', ') : null;
  }
  const value = String(getAtPath(draft, q.path) ?? '');
  if (q.kind === 'select' || q.kind === 'radios') return value ? labelOf(q.options, value) : null;
  if (q.kind === 'text' && q.input === 'month') return monthText(value);
  return orNull(value);
}

/** The questions in the order asked, rows opened up (slots left out). */
export function flatQuestions<K extends string>(questions: readonly Question<K>[]): Exclude<Question<K>, { kind: 'row' | 'slot' }>[] {
  return questions.flatMap((q) => (q.kind === 'row' ? flatQuestions(q.questions) : q.kind === 'slot' ? [] : [q]));
}

/** A part from its declaration: requirements get their labels, the outline its default. */
export function definePart<const Id extends string, const Keys extends keyof Draft, const F extends Readonly<Record<string, FieldText>>>(
  spec: PartSpec<Id, Keys, F>,
): PartDefinition<Id, Keys, F> {
  const label = (field: string) => (spec.fields as Readonly<Record<string, FieldText>>)[field]?.label ?? field;
  const requirements = (spec.requirements ?? []).map((r): Requirement =>
    typeof r === 'string'
      ? { field: r, label: label(r), isMet: (d) => answered(d, r) }
      : { field: r.field, label: r.label ?? label(r.field), isMet: r.isMet },
  );
  const asked = flatQuestions(spec.questions);
  const outline =
    spec.outline ?? ((d: Draft) => asked.map((q): OutlineEntry => ({ label: label(q.path), value: answerText(d, q), field: q.path })));
  return { ...spec, requirements, outline };
}

/** The entry of one field in the outline, for a part's own outline or its items. */
export function outlineEntry(text: FieldText, value: string | null, field: string): OutlineEntry {
  return { label: text.label, value, field };
}

export { orNull as textOrNull };
