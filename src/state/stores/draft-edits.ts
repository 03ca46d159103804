/**
 * The edits a user makes to the open draft, named: a field by its typed path, a list item by
 * id, a budget staff row. Each edit is a pure change (domain edit helpers) handed to the one
 * pending-edits queue (pending-edits.ts), which brings it into the draft under the open draft's
 * rules (open-draft.ts) and writes it. Keystrokes go through `type*`, so the call site says what
 * will run: the same change as setField, only a frame or a burst later.
 */
import {
  addItem,
  hasRoom,
  moveById,
  moveItem,
  removeItem,
  setAtPath,
  updateItem,
  type DraftLists,
  type FieldPath,
  type Fit,
  type IdsValuePath,
  type ListKey,
  type PathValue,
  type StaffRow,
  type TickId,
  type TickKind,
  type TextValuePath,
} from '../../domain';
import type { Clock } from '../clock';
import { createPendingEdits, type PendingEdits, type SaveReporter } from '../pending-edits';
import type { DraftChange } from '../ports';
import type { OpenDraftControl } from './open-draft';

/** Paths whose value is a text or a choice's id: what a text field, a select or radio buttons edit. */
export type TextFieldPath = TextValuePath;
/** Paths whose value is a list of ids: what a group of checkboxes edits. */
export type IdsFieldPath = IdsValuePath;

export interface DraftEdits {
  /** Sets one field; the path and the value's type are checked at compile time. */
  setField<P extends FieldPath>(path: P, value: PathValue<P>): void;
  /**
   * Sets a text field, or a select's or radio group's choice (an id of the options it shows; the
   * schema check before each write refuses anything else).
   */
  setText(path: TextFieldPath, text: string): void;
  /** Ticks or unticks an emphasis or a line objective, or says how the project serves it. */
  setTick<K extends TickKind>(kind: K, id: TickId<K>, patch: Partial<Fit['emphases'][string]>): void;
  /** Sets a checkbox group's ticked ids. */
  setIds(path: IdsFieldPath, ids: readonly string[]): void;
  /** A keystroke in a text field: setText, applied just after the paint or when a burst pauses. */
  type(path: TextFieldPath, text: string): void;
  /** A keystroke in a list item's text field: updateItem, applied like `type`. */
  typeItem<K extends ListKey>(list: K, id: string, prop: keyof DraftLists[K] & string, text: string): void;
  /** Appends an item and returns its id. */
  addItem<K extends ListKey>(list: K, item: Omit<DraftLists[K], 'id'>): string;
  updateItem<K extends ListKey>(list: K, id: string, patch: Partial<Omit<DraftLists[K], 'id'>>): void;
  moveItem(list: ListKey, id: string, delta: -1 | 1): void;
  removeItem(list: ListKey, id: string): void;
  addStaffRow(): string;
  updateStaffRow(id: string, patch: Partial<Omit<StaffRow, 'id'>>): void;
  moveStaffRow(id: string, delta: -1 | 1): void;
  removeStaffRow(id: string): void;
  /** Writes pending edits now; resolves true when nothing typed is left unsaved. */
  flush(): Promise<boolean>;
  /** True while something typed is not yet confirmed as written. */
  hasUnsaved(): boolean;
}

/** What the draft lifecycle and other stores do with the queue beyond the named edits. */
export type EditsControl = Pick<
  PendingEdits,
  'edit' | 'applyTyped' | 'write' | 'flush' | 'discard' | 'takeUnwritten' | 'hasUnsaved' | 'onSaved' | 'dispose'
>;

interface Deps {
  readonly target: OpenDraftControl;
  readonly status: SaveReporter;
  readonly newId: () => string;
  readonly clock?: Clock;
  readonly autosaveDelayMs?: number;
}

export function createDraftEdits({ target, status, newId, clock, autosaveDelayMs }: Deps): { store: DraftEdits; control: EditsControl } {
  const queue = createPendingEdits(target, status, { clock, saveDelayMs: autosaveDelayMs });
  const { edit } = queue;
  const staff = (change: (rows: readonly StaffRow[]) => readonly StaffRow[]): DraftChange => {
    return (d) => {
      const rows = change(d.budget.staff);
      return rows === d.budget.staff ? d : setAtPath(d, 'budget.staff', [...rows]);
    };
  };
  const setItem = <K extends ListKey>(list: K, id: string, patch: Partial<Omit<DraftLists[K], 'id'>>): DraftChange => {
    return (d) => updateItem(d, list, id, patch as Partial<DraftLists[K]>);
  };

  const setText = (path: TextFieldPath, text: string): DraftChange => {
    return (d) => setAtPath(d, path, text as PathValue<TextFieldPath>);
  };

  const store: DraftEdits = {
    setField(path, value) {
      edit((d) => setAtPath(d, path, value));
    },
    setText(path, text) {
      edit(setText(path, text));
    },
    setTick(kind, id, patch) {
      edit((d) => {
        const ticks = d.fit[kind];
        const tick = { selected: false, how: '', ...ticks[id], ...patch };
        return setAtPath(d, 'fit', { ...d.fit, [kind]: { ...ticks, [id]: tick } });
      });
    },
    setIds(path, ids) {
      edit((d) => setAtPath(d, path, [...ids]));
    },
    type(path, text) {
      queue.type(path, setText(path, text));
    },
    typeItem(list, id, prop, text) {
      queue.type(`${list}.${id}.${prop}`, setItem(list, id, { [prop]: text } as Partial<Omit<DraftLists[typeof list], 'id'>>));
    },
    addItem(list, item) {
      const id = newId();
      edit((d) => addItem(d, list, { ...item, id } as DraftLists[typeof list]));
      return id;
    },
    updateItem(list, id, patch) {
      edit(setItem(list, id, patch));
    },
    moveItem(list, id, delta) {
      edit((d) => moveItem(d, list, id, delta));
    },
    removeItem(list, id) {
      edit((d) => removeItem(d, list, id));
    },
    addStaffRow() {
      const id = newId();
      edit(
        staff((rows) =>
          !hasRoom(rows) ? rows : [...rows, { id, role: '', monthlySalary: '', months: '', sharePercent: '100', monthsByYear: {} }],
        ),
      );
      return id;
    },
    updateStaffRow(id, patch) {
      edit(staff((rows) => rows.map((r) => (r.id === id ? { ...r, ...patch } : r))));
    },
    moveStaffRow(id, delta) {
      edit(staff((rows) => moveById(rows, id, delta)));
    },
    removeStaffRow(id) {
      edit(staff((rows) => rows.filter((r) => r.id !== id)));
    },
    flush: queue.flush,
    hasUnsaved: queue.hasUnsaved,
  };
  return { store, control: queue };
}
