/**
 * Edits of the open draft: fields by typed path, list items by id, budget staff rows. Every edit
 * goes through `edit`, which stamps the time and schedules the save.
 */
import {
  addItem,
  hasRoom,
  moveById,
  moveItem,
  removeItem,
  setAtPath,
  updateItem,
  type Draft,
  type DraftLists,
  type FieldPath,
  type ListKey,
  type PathValue,
  type StaffRow,
} from '../domain';

export interface EditActions {
  /** Sets one field; the path and the value's type are checked at compile time. */
  setField<P extends FieldPath>(path: P, value: PathValue<P>): void;
  /** Appends an item and returns its id. */
  addItem<K extends ListKey>(list: K, item: Omit<DraftLists[K], 'id'>): string;
  updateItem<K extends ListKey>(list: K, id: string, patch: Partial<Omit<DraftLists[K], 'id'>>): void;
  moveItem(list: ListKey, id: string, delta: -1 | 1): void;
  removeItem(list: ListKey, id: string): void;
  addStaffRow(): string;
  updateStaffRow(id: string, patch: Partial<Omit<StaffRow, 'id'>>): void;
  moveStaffRow(id: string, delta: -1 | 1): void;
  removeStaffRow(id: string): void;
}

export function createEditActions(edit: (change: (d: Draft) => Draft) => void, newId: () => string): EditActions {
  const staff = (change: (rows: readonly StaffRow[]) => readonly StaffRow[]) =>
    edit((d) => {
      const rows = change(d.budget.staff);
      return rows === d.budget.staff ? d : setAtPath(d, 'budget.staff', [...rows]);
    });
  return {
    setField(path, value) {
      edit((d) => setAtPath(d, path, value));
    },
    addItem(list, item) {
      const id = newId();
      edit((d) => addItem(d, list, { ...item, id } as DraftLists[typeof list]));
      return id;
    },
    updateItem(list, id, patch) {
      edit((d) => updateItem(d, list, id, patch as Partial<DraftLists[typeof list]>));
    },
    moveItem(list, id, delta) {
      edit((d) => moveItem(d, list, id, delta));
    },
    removeItem(list, id) {
      edit((d) => removeItem(d, list, id));
    },
    addStaffRow() {
      const id = newId();
      staff((rows) =>
        !hasRoom(rows) ? rows : [...rows, { id, role: '', monthlySalary: '', months: '', sharePercent: '100', monthsByYear: {} }],
      );
      return id;
    },
    updateStaffRow(id, patch) {
      staff((rows) => rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
    },
    moveStaffRow(id, delta) {
      staff((rows) => moveById(rows, id, delta));
    },
    removeStaffRow(id) {
      staff((rows) => rows.filter((r) => r.id !== id));
    },
  };
}
