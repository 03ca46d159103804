/**
 * Whether what the user typed is on the device: the save status line, a storage problem to
 * warn about, and an action that was stopped because text could not be saved first.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { StorageError, StorageErrorKind } from '../../storage';
import type { SaveRefusal, SaveStatus, UnsavedBlock } from '../app-deps';

export interface SaveStore {
  readonly status: ReadonlySignal<SaveStatus>;
  readonly storageProblem: ReadonlySignal<StorageErrorKind | undefined>;
  readonly unsavedBlock: ReadonlySignal<UnsavedBlock | null>;
}

/** The writers other stores use; the UI only gets the read-only `SaveStore`. */
export interface SaveControl {
  pending(): void;
  saving(): void;
  /** Written now (the time comes from the injected clock). */
  saved(): void;
  idle(): void;
  failed(error: StorageError): void;
  reportProblem(kind: StorageErrorKind): void;
  block(what: UnsavedBlock): void;
}

const PENDING: SaveStatus = { kind: 'pending' };
const SAVING: SaveStatus = { kind: 'saving' };
const IDLE: SaveStatus = { kind: 'idle' };

/** Where a refused draft breaks the schema (named in Finnish by the UI, which has the field texts). */
function refusalOf(error: StorageError): SaveRefusal | undefined {
  const first = error.issues[0];
  return first ? { path: first.path, code: first.code } : undefined;
}

export function createSaveStore(now: () => Date, initialProblem?: StorageErrorKind): { store: SaveStore; control: SaveControl } {
  const status = signal<SaveStatus>(IDLE);
  const storageProblem = signal<StorageErrorKind | undefined>(initialProblem);
  const unsavedBlock = signal<UnsavedBlock | null>(null);

  const control: SaveControl = {
    // Constant objects: a keystroke while already pending changes nothing that renders.
    pending: () => void (status.value = PENDING),
    saving: () => void (status.value = SAVING),
    idle: () => void (status.value = IDLE),
    saved() {
      unsavedBlock.value = null;
      status.value = { kind: 'saved', at: now() };
      const kind = storageProblem.peek();
      if (kind === 'quota' || kind === 'failed' || kind === 'invalid') storageProblem.value = undefined;
    },
    failed(error) {
      const refusal = refusalOf(error);
      status.value = { kind: 'error', error: error.kind, ...(refusal ? { refusal } : {}) };
      storageProblem.value = error.kind;
    },
    reportProblem: (kind) => void (storageProblem.value = kind),
    block: (what) => void (unsavedBlock.value = what),
  };
  return { store: { status, storageProblem, unsavedBlock }, control };
}
