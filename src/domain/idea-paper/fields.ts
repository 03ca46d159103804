/**
 * The texts of every field of the draft (labels, help, examples), gathered from the parts that
 * declare them (parts/<id>.ts). They live in the domain because the wizard, the summary,
 * validation messages and the PDF all name fields the same way.
 */
import type { FieldText } from './part-kit';
import { PARTS } from './parts';
import type { FieldPath } from './paths';

export type { FieldText } from './part-kit';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type AllFields = UnionToIntersection<(typeof PARTS)[number]['fields']>;

/** Every field's texts by its key (`applicant.name`, `actions.title`, `principles.tasa-arvo`). */
export const FIELDS = Object.assign({}, ...PARTS.map((p) => p.fields)) as AllFields;

export type FieldKey = keyof AllFields & string;

/** A draft field that also has Finnish texts (label, help): what a bound control edits. */
export type TextedPath = FieldKey & FieldPath;

/** The fields of a list's items that have texts here: `'title' | 'description' | …` for `actions`. */
export type ItemTextProp<List extends string> = FieldKey extends infer K ? (K extends `${List}.${infer Prop}` ? Prop : never) : never;

/** The texts of a list item's field (`actions.title`); only props with texts are accepted. */
export function itemFieldText<List extends string>(list: List, prop: ItemTextProp<List>): FieldText {
  // ItemTextProp admits only props whose `list.prop` is a key of FIELDS.
  return FIELDS[`${list}.${prop}` as FieldKey];
}

/** A field's name in the PDF and its "Vielä puuttuu" box: the short form of a question label, else the label. */
export function fieldName(key: FieldKey): string {
  const text: FieldText = FIELDS[key];
  return text.short ?? text.label;
}
