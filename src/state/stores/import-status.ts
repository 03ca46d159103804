/** What an import is doing, shared by the exchange store and the lazily loaded import flow. */
import type { Signal } from '@preact/signals';
import type { Draft, ImportChoice, ImportError } from '../../domain';
import type { DraftsRepository } from '../../storage';
import type { LockEnv } from '../draft-session';

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
    }
  | {
      readonly kind: 'done';
      readonly fileName: string;
      readonly names: readonly string[];
      readonly keptPrevious: number;
      /** Comments brought in by a comments-only import. */
      readonly comments?: number;
    };

export type ConflictChoice = ImportChoice | 'cancel';

export interface ImportContext {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly lockEnv: LockEnv | undefined;
  readonly loadPdfReader: () => Promise<{ extractEmbeddedJson(bytes: Uint8Array): string | null }>;
  readonly refreshList: () => Promise<void>;
  readonly status: Signal<ImportStatus>;
}
