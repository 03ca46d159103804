/**
 * What the app state needs from the outside, and the shapes of its status values. Browser
 * facts (online state, reload, Web Locks, storage estimates) come in here, so that tests build
 * the real state on an in-memory repository with a fixed clock and fake locks.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { StepId } from '../domain';
import type { DraftsRepository, StorageErrorKind } from '../storage';
import type { Clock } from './clock';
import type { LockEnv } from './draft-session';
import type { Exporter } from './ports';
import type { HistoryPort } from './route';
import type { DeskModule } from './stores/desk-types';

/** The lazily loaded draft tools (step registry, validation, budget, fit, PDF model). */
export type DraftTools = typeof import('./draft-tools');

/** The network state as the browser reports it. */
export interface OnlineSource {
  readonly initial: boolean;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe(onChange: (online: boolean) => void): () => void;
}

/** This tab's memory of its open draft and step across reloads. */
export interface TabMemory {
  read(): { draftId: string; stepId: StepId } | null;
  write(value: { draftId: string; stepId: StepId } | null): void;
}

export interface AppDeps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Why drafts are kept in memory only (IndexedDB failed to open), if they are. */
  readonly storageProblem?: StorageErrorKind;
  /** Asks the browser to keep this site's data; resolves to whether it will. */
  readonly requestPersistence?: () => Promise<boolean | undefined>;
  /** The edit pipeline's clock (pending-edits.ts); the browser's by default. */
  readonly clock?: Clock;
  /** Pause after the last change before it is written (pending-edits.ts). */
  readonly autosaveDelayMs?: number;
  /** Loads the draft tools (step registry, validation, budget, fit); lazily by default. */
  readonly loadDraftTools?: () => Promise<DraftTools>;
  /** Service-worker status and update activation (absent in tests and dev). */
  readonly pwa?: {
    readonly status: ReadonlySignal<PwaStatus>;
    readonly applyUpdate: () => Promise<void>;
  };
  readonly tabMemory?: TabMemory;
  /** Loads the export layer (PDF rendering, file delivery); lazily by default. */
  readonly loadExporter?: () => Promise<Exporter>;
  /** Reads the draft embedded in an ideapaperi PDF; lazily loaded by default. */
  readonly loadPdfReader?: () => Promise<{ extractEmbeddedJson(bytes: Uint8Array): string | null }>;
  /** Web Locks and BroadcastChannel for the one-writer-per-draft rule; none = this tab always writes. */
  readonly lockEnv?: LockEnv;
  /** Storage facts for the Tallennus panel. */
  readonly readStorageInfo?: () => Promise<StorageInfo>;
  /** Network state; absent = always online. */
  readonly online?: OnlineSource;
  /** Reloads the page (after saving); absent in tests. */
  readonly reload?: () => void;
  /** The browser history: every step is an entry (absent = no URLs, as in most unit tests). */
  readonly history?: HistoryPort;
  /** Loads the coordinator's desk (desk-module.ts), on first use; absent = no desk (most unit tests). */
  readonly loadDesk?: () => Promise<DeskModule>;
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

/** Storage facts plus what this device remembers about exports. */
export type DeviceStorageInfo = StorageInfo & {
  readonly lastExportAt: string | undefined;
  readonly lastBackupAt: string | undefined;
  readonly draftExports: Record<string, string>;
};

/** Why the latest edit could not be saved because the draft would not load again. */
export interface SaveRefusal {
  /** Where the draft breaks the schema (the UI names it in Finnish with describePath). */
  readonly path: readonly (string | number)[];
  readonly code: string;
}

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'error'; readonly error: StorageErrorKind; readonly refusal?: SaveRefusal };

export type PersistState = 'unknown' | 'granted' | 'denied' | 'unsupported';

/** An action stopped because typed text could not be saved first. */
export type UnsavedBlock = 'close' | 'reload' | 'update';
