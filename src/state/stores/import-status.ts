/** What an import is doing, shared by the exchange store and the lazily loaded import flow. */
import type { Signal } from '@preact/signals';
import type { Draft, ImportChoice, ImportError } from '../../domain';
import type { DraftsRepository } from '../../storage';
import type { LockEnv } from '../draft-session';
import type { DeskStore } from './desk-types';

export type ImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'error'; readonly fileName: string; readonly error: ImportError }
  /** Some drafts of the file already exist here: the user chooses what to do. */
  | {
      readonly kind: 'conflict';
      readonly fileName: string;
      readonly drafts: readonly Draft[];
      readonly existing: readonly Draft[];
      /** The file brings comments (e.g. from the coordinator) that the drafts here lack. */
      readonly bringsComments: boolean;
      /** The file itself, for "open for comments" (the desk reads and checks it as it reads any file). */
      readonly file: Blob & { name?: string };
    }
  | {
      readonly kind: 'done';
      readonly fileName: string;
      readonly names: readonly string[];
      readonly keptPrevious: number;
      /** Comments brought in by a comments-only import. */
      readonly comments?: number;
    };

export type ConflictStatus = Extract<ImportStatus, { kind: 'conflict' }>;

/** What "open for comments" uses of the coordinator's desk. */
export type DeskForImport = Pick<DeskStore, 'loaded' | 'error' | 'report' | 'refresh' | 'receive' | 'acceptNewer' | 'open'>;

/**
 * "Avaa kommentoitavaksi": the file's paper goes to the coordinator's desk and opens there for
 * comments only. `desk` is the app state's `desk.ensure` (the desk loads on first use); it comes
 * with the choice so that the first screen carries no desk wiring (its size budget is full).
 */
export interface OpenOnDesk {
  readonly desk: () => Promise<DeskForImport>;
}

export type ConflictChoice = ImportChoice | 'cancel' | OpenOnDesk;

export interface ImportContext {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly lockEnv: LockEnv | undefined;
  readonly loadPdfReader: () => Promise<{ extractEmbeddedJson(bytes: Uint8Array): string | null }>;
  readonly refreshList: () => Promise<void>;
  readonly status: Signal<ImportStatus>;
}
