/**
 * Typed field paths. A path names one editable value of the draft (`applicant.name`,
 * `principles.tasa-arvo`, `budget.financing.own.amount`); its type is derived from the draft
 * schema, so a misspelled path is a compile error and the value type follows the path.
 *
 * List items are not reached by path (their index changes when the user reorders): they are
 * edited by id through edit.ts. Their fields are *named* by `itemField()` for messages and
 * DOM ids only.
 */
import type { Draft, StaffRow } from './schema';
import type { DraftLists, ListKey } from './edit';
import type { SelfAssessmentId } from '../fit-check/self-assessment';
import type { EmphasisId, FinancingSourceId, LineObjectiveId, PrincipleId } from './options';

/** Values a path ends at: scalars, arrays (edited whole) and `null`. */
type Leaf = string | number | boolean | null | readonly unknown[];

/**
 * The keys of the draft's records, by the record's path: a record entry is reached only by an id
 * of its option list, so a misspelled id is a compile error like a misspelled field.
 */
interface RecordKeys {
  principles: PrincipleId;
  'fit.emphases': EmphasisId;
  'fit.objectives': LineObjectiveId;
  'fit.selfAssessment': SelfAssessmentId;
}
type RecordKey<P extends string> = P extends keyof RecordKeys ? RecordKeys[P] : never;
/** The same record paths at run time: only their entries may be new keys (setAtPath). */
const RECORD_PATHS: readonly string[] = [
  'principles',
  'fit.emphases',
  'fit.objectives',
  'fit.selfAssessment',
] satisfies (keyof RecordKeys)[];

/** Dotted paths of T: every property, and the properties inside objects; records end at an entry. */
type PathsOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf
    ? K
    : string extends keyof T[K]
      ? K | `${K}.${RecordKey<`${Prefix}${K}`>}`
      : K | `${K}.${PathsOf<T[K], `${Prefix}${K}.`>}`;
}[keyof T & string];

/** Parts of the draft that are not the user's own answers and are never edited by path. */
type NotEditable = 'schemaVersion' | 'id' | 'createdAt' | 'updatedAt' | 'comments' | 'review' | 'nextSteps' | 'letters';
type Editable = Omit<Draft, NotEditable>;

/** A path to an editable value of the draft. */
export type FieldPath = PathsOf<Editable>;

/** Paths whose value is a text or a choice's id: what a text field, a select or radio buttons edit. */
export type TextValuePath = { [P in FieldPath]: PathValue<P> extends string ? P : never }[FieldPath];
/** Paths whose value is a list of ids: what a group of checkboxes edits. */
export type IdsValuePath = { [P in FieldPath]: PathValue<P> extends readonly string[] ? P : never }[FieldPath];

/** The type of the value a path points at. */
export type PathValue<P extends string, T = Editable> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? string extends keyof T[K]
      ? T[K][string & keyof T[K]]
      : PathValue<Rest, T[K]>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** Names a property of one list item: `actions.<id>.title`. Used for messages and DOM ids. */
export type ItemFieldPath = `${ListKey}.${string}.${string}`;

/** The name of a list item's field, checked against the item's type. */
export function itemField<K extends ListKey>(list: K, id: string, prop: keyof DraftLists[K] & string): ItemFieldPath {
  return `${list}.${id}.${prop}`;
}

/** Names a field of one budget staff row: `budget.staff.<id>.monthlySalary` (and `.monthsByYear.<year>`). */
export type StaffFieldPath = `budget.staff.${string}`;

/** The name of a staff row's field, checked against the row's type. */
export function staffField(rowId: string, prop: keyof StaffRow & string): StaffFieldPath {
  return `budget.staff.${rowId}.${prop}`;
}

/** The path of one financing source's amount or unit. */
export function financingField<S extends FinancingSourceId, K extends 'amount' | 'unit'>(source: S, prop: K): `budget.financing.${S}.${K}` {
  return `budget.financing.${source}.${prop}`;
}

/** The two kinds of ticks of the goals step, and the ids each is keyed by. */
export type TickKind = 'emphases' | 'objectives';
export type TickId<K extends TickKind> = K extends 'emphases' ? EmphasisId : LineObjectiveId;

/** Names a part of one emphasis or line objective tick (its checkbox or its text), for messages and DOM ids. */
export type TickFieldPath = `fit.emphases.${EmphasisId}.${'selected' | 'how'}` | `fit.objectives.${LineObjectiveId}.${'selected' | 'how'}`;

/** Any field the UI can point at: a draft field, a list item's field, a budget staff row's field, or a part of a tick. */
export type FieldRef = FieldPath | ItemFieldPath | StaffFieldPath | TickFieldPath;

/** Reads the value at a path; undefined for a record entry that is not there yet. */
export function getAtPath<P extends FieldPath>(draft: Draft, path: P): PathValue<P> | undefined {
  let node: unknown = draft;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node as PathValue<P> | undefined;
}

/**
 * Returns a copy of the draft with one value replaced; parents are copied, siblings shared.
 * Only a record entry (`principles.<id>`) may be a new key: any other key that does not exist is
 * a programming error (the path types make it a compile error; this catches a cast), thrown
 * instead of quietly growing the draft.
 */
export function setAtPath<P extends FieldPath>(draft: Draft, path: P, value: PathValue<P>): Draft {
  const keys = path.split('.');
  const setIn = (node: unknown, i: number): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      throw new TypeError(`setAtPath: ${keys.slice(0, i).join('.')} is not an object`);
    }
    const base = node as Record<string, unknown>;
    const key = keys[i]!;
    if (!Object.hasOwn(base, key) && !(i === keys.length - 1 && RECORD_PATHS.includes(keys.slice(0, i).join('.')))) {
      throw new TypeError(`setAtPath: ${keys.slice(0, i + 1).join('.')} is not a field of the draft`);
    }
    const next = i === keys.length - 1 ? value : setIn(base[key], i + 1);
    return { ...base, [key]: next };
  };
  return setIn(draft, 0) as Draft;
}
