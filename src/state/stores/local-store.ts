/**
 * The open draft's local state (idea-paper/local-state.ts): the last step and unfinished
 * comments, written to storage shortly after each change and on page hide, so a closed tab or
 * a crash keeps them. Per device, not per tab; never part of the paper.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { localStateKey, type DraftLocalState, type UnfinishedComment } from '../../domain';
import type { DraftsRepository } from '../../storage';

/** Pause after which a change of the local state is written. */
export const LOCAL_SAVE_DELAY_MS = 300;

export interface LocalStore {
  readonly state: ReadonlySignal<DraftLocalState>;
  /** The unfinished comment of a thread, or undefined. */
  unfinishedComment(threadKey: string): UnfinishedComment | undefined;
  /** Keeps (or with null, forgets) an unfinished comment. */
  setUnfinishedComment(threadKey: string, value: UnfinishedComment | null): void;
}

export interface LocalControl {
  /** Reads the local state of a draft that is being opened. */
  load(draftId: string): Promise<DraftLocalState>;
  /** Records the step the user is on. */
  setStep(step: string): void;
  /** Writes a pending change now. */
  flush(): Promise<void>;
  /** The draft was closed: write what is pending, then forget it here. */
  unload(): Promise<void>;
}

export function createLocalStore(repo: DraftsRepository): { store: LocalStore; control: LocalControl } {
  const state = signal<DraftLocalState>({});
  let draftId: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  async function write(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty || !draftId) return;
    dirty = false;
    // Local state is a convenience: a failed write must never disturb the paper's own saving.
    await repo.setMeta(localStateKey(draftId), JSON.stringify(state.peek())).catch(() => (dirty = true));
  }

  function change(next: DraftLocalState): void {
    state.value = next;
    dirty = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void write(), LOCAL_SAVE_DELAY_MS);
  }

  const store: LocalStore = {
    state,
    unfinishedComment: (key) => state.peek().comments?.[key],
    setUnfinishedComment(key, value) {
      const { [key]: _old, ...rest } = state.peek().comments ?? {};
      change({ ...state.peek(), comments: value && value.text ? { ...rest, [key]: value } : rest });
    },
  };
  const control: LocalControl = {
    async load(id) {
      await write();
      draftId = id;
      const stored = await repo.getMeta(localStateKey(id)).catch(() => undefined);
      // Its schema is loaded with the draft, not with the first screen.
      const { parseLocalState } = await import('../../domain/idea-paper/local-state');
      const loaded = parseLocalState(stored);
      state.value = loaded;
      return loaded;
    },
    setStep(step) {
      const current = state.peek();
      const visited = current.visited ?? [];
      if (current.step === step && visited.includes(step)) return;
      change({ ...current, step, visited: visited.includes(step) ? visited : [...visited, step] });
    },
    flush: write,
    async unload() {
      await write();
      draftId = undefined;
      state.value = {};
    },
  };
  return { store, control };
}
