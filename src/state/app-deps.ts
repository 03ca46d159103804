/** What createAppState needs from the outside, and the shapes of its status values. */
import type { ReadonlySignal } from '@preact/signals';
import type { StepId } from '../domain';
import type { DraftsRepository, StorageErrorKind } from '../storage';
import type { LockEnv } from './draft-session';
import type { Exporter } from './exchange-actions';

/** The lazily loaded draft tools (step registry, validation, budget, fit, PDF model). */
export type DraftTools = typeof import('./draft-tools');

export interface AppDeps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Why drafts are kept in memory only (IndexedDB failed to open), if they are. */
  readonly storageProblem?: StorageErrorKind;
  /** Asks the browser to keep this site's data; resolves to whether it will. */
  readonly requestPersistence?: () => Promise<boolean | undefined>;
  readonly autosaveDelayMs?: number;
  /** Loads the draft tools (step registry, validation, budget, fit); lazily by default. */
  readonly loadDraftTools?: () => Promise<DraftTools>;
  /** Service-worker status and update activation (absent in tests and dev). */
  readonly pwa?: {
    readonly status: ReadonlySignal<PwaStatus>;
    readonly applyUpdate: (saveFirst: () => Promise<void>) => Promise<void>;
  };
  /** Remembers the open draft and step of this tab across reloads (sessionStorage). */
  readonly tabMemory?: {
    read(): { draftId: string; stepId: StepId } | null;
    write(value: { draftId: string; stepId: StepId } | null): void;
  };
  /** Loads the export layer (PDF rendering, file delivery); lazily by default. */
  readonly loadExporter?: () => Promise<Exporter>;
  /** Reads the draft embedded in an ideapaperi PDF; lazily loaded by default. */
  readonly loadPdfReader?: () => Promise<{ extractEmbeddedJson(bytes: Uint8Array): string | null }>;
  /** Web Locks and BroadcastChannel for the one-writer-per-draft rule (browser defaults). */
  readonly lockEnv?: LockEnv;
  /** Storage facts for the Tallennus panel. */
  readonly readStorageInfo?: () => Promise<StorageInfo>;
}

export interface PwaStatus {
  readonly updateReady: boolean;
  readonly offlineReady: boolean;
  readonly replacedElsewhere: boolean;
}

export interface StorageInfo {
  readonly persisted: boolean | undefined;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
  readonly installed: boolean;
}

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'error'; readonly error: StorageErrorKind };

export type PersistState = 'unknown' | 'granted' | 'denied' | 'unsupported';

export { UNDO_DELETE_MS, type DeletedDraft } from './draft-list-actions';
