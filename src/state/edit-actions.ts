/**
 * Edits of the open draft: fields by path, list items by id, budget staff rows. Every edit
 * goes through `edit`, which stamps the time and schedules the save.
 */
import { addItem, moveItem, removeItem, setAtPath, updateItem, type Draft, type DraftLists, type ListKey, type StaffRow } from '../domain';

export function createEditActions(edit: (change: (d: Draft) => Draft) => void, newId: () => string) {
  return {
    setField(path: string, value: unknown): void {
      edit((d) => setAtPath(d, path, value));
    },

    addItem<K extends ListKey>(list: K, item: Omit<DraftLists[K], 'id'>): string {
      const id = newId();
      edit((d) => addItem(d, list, { ...item, id } as DraftLists[K]));
      return id;
    },

    updateItem<K extends ListKey>(list: K, id: string, patch: Partial<DraftLists[K]>): void {
      edit((d) => updateItem(d, list, id, patch));
    },

    moveItem(list: ListKey, id: string, delta: -1 | 1): void {
      edit((d) => moveItem(d, list, id, delta));
    },

    removeItem(list: ListKey, id: string): void {
      edit((d) => removeItem(d, list, id));
    },

    /** Staff rows of the budget: same operations as the other lists. */
    addStaffRow(): string {
      const id = newId();
      const row: StaffRow = { id, role: '', monthlySalary: '', months: '', sharePercent: '100', monthsByYear: {} };
      edit((d) => setAtPath(d, 'budget.staff', [...d.budget.staff, row]));
      return id;
    },

    updateStaffRow(id: string, patch: Partial<StaffRow>): void {
      edit((d) =>
        setAtPath(
          d,
          'budget.staff',
          d.budget.staff.map((r) => (r.id === id ? { ...r, ...patch } : r)),
        ),
      );
    },

    moveStaffRow(id: string, delta: -1 | 1): void {
      edit((d) => {
        const rows = [...d.budget.staff];
        const from = rows.findIndex((r) => r.id === id);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= rows.length) return d;
        rows.splice(to, 0, ...rows.splice(from, 1));
        return setAtPath(d, 'budget.staff', rows);
      });
    },

    removeStaffRow(id: string): void {
      edit((d) =>
        setAtPath(
          d,
          'budget.staff',
          d.budget.staff.filter((r) => r.id !== id),
        ),
      );
    },
  };
}
