import type { StepId } from '../domain';

const KEY = 'ideapaperi:open';

/** sessionStorage-backed memory of this tab's open draft; never throws (private modes). */
export function createTabMemory(storage: Storage | undefined = globalThis.sessionStorage) {
  return {
    read(): { draftId: string; stepId: StepId } | null {
      try {
        const raw = storage?.getItem(KEY);
        const value = raw ? (JSON.parse(raw) as unknown) : null;
        if (value && typeof value === 'object' && typeof (value as { draftId?: unknown }).draftId === 'string') {
          return value as { draftId: string; stepId: StepId };
        }
      } catch {
        // Unreadable memory is the same as none.
      }
      return null;
    },
    write(value: { draftId: string; stepId: StepId } | null): void {
      try {
        if (value) storage?.setItem(KEY, JSON.stringify(value));
        else storage?.removeItem(KEY);
      } catch {
        // Not remembering the open step is harmless.
      }
    },
  };
}
