/**
 * The coordinator's desk as the rest of the app sees it: the store's shape, and the lazily loaded
 * module that builds it (desk-module.ts). Apart from the store itself, so the app state can name
 * the desk without importing its code.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { DeskFilter, DeskRow, DeskSort, DeskTotals, ImportError } from '../../domain';
import type { StorageErrorKind } from '../../storage';
import type { LockEnv } from '../draft-session';
import type { FileDeliveryPort, OpenAt, ReceivedPaperOpener } from '../ports';
import type { OtherVersion, ReceivedFileReport } from './desk-receive';
import type { PdfReaderLoader } from './read-import-file';

/** A row of the table: the paper's overview facts and the file it came in. */
export type DeskPaperRow = DeskRow & { readonly fileName: string };

/** What the last "receive" did, for the report on screen. */
export interface DeskReport {
  readonly files: readonly ReceivedFileReport[];
  /** Storing the new papers failed: none of them was stored. */
  readonly storeFailed?: StorageErrorKind;
  /** Other versions of papers here, waiting for the coordinator's choice (newer ones chosen unless unticked). */
  readonly pendingNewer: readonly OtherVersion[];
  /** After the choice: how many were replaced, and which could not be (name and reason). */
  readonly newerDone?: {
    readonly replaced: readonly string[];
    readonly refused: readonly { name: string; error: ImportError }[];
    /** Not chosen: the version here stays. */
    readonly kept: readonly string[];
    /** The coordinator kept the versions here. */
    readonly declined?: boolean;
  };
}

export interface DeskStore {
  /** False (nothing survives a reload) when IndexedDB is unavailable. */
  readonly durable: boolean;
  readonly loaded: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<StorageErrorKind | undefined>;
  /** Every readable paper, in storage order. */
  readonly rows: ReadonlySignal<readonly DeskPaperRow[]>;
  /** Stored papers whose draft this version cannot read (kept, never changed). */
  readonly unreadable: ReadonlySignal<number>;
  readonly sort: ReadonlySignal<DeskSort>;
  readonly filter: ReadonlySignal<DeskFilter>;
  /** The rows passing the filter, in the chosen order, and their totals. */
  readonly visible: ReadonlySignal<readonly DeskPaperRow[]>;
  readonly totals: ReadonlySignal<DeskTotals>;
  /** Files read so far while receiving; null when not receiving. */
  readonly receiving: ReadonlySignal<{ readonly done: number; readonly total: number } | null>;
  readonly report: ReadonlySignal<DeskReport | null>;
  /** Papers just removed, for a moment (undo); null otherwise. */
  readonly removed: ReadonlySignal<{ readonly count: number } | null>;
  refresh(): Promise<void>;
  setSort(sort: DeskSort): void;
  setFilter(filter: DeskFilter): void;
  /**
   * Reads and checks every file, stores the new papers in one transaction, reports the rest.
   * Files given while a batch runs join it (or follow it, in the same report); resolves when
   * the batch with these files is done.
   */
  receive(files: readonly (Blob & { name?: string })[]): Promise<void>;
  /**
   * Takes the chosen versions of the last report (by paper id; without ids, the ones the dates
   * show as newer); the coordinator's comments on the old ones are kept, the others stay as they are.
   */
  acceptNewer(ids?: readonly string[]): Promise<void>;
  /** Keeps the versions here: the newer ones of the last report are not stored. */
  declineNewer(): void;
  dismissReport(): void;
  /** Opens a paper in read-only comment mode; false when it cannot be opened. */
  open(id: string, at?: OpenAt): Promise<boolean>;
  /** The paper with the coordinator's comments as a file for the association ("Tuo kommentit omaan luonnokseen"). */
  exportComments(id: string): Promise<void>;
  /** The shown rows as a CSV file. */
  exportCsv(): Promise<void>;
  removeAll(): Promise<void>;
  undoRemove(): Promise<void>;
}

/** What the desk module needs of the app to build the desk. */
export interface DeskPorts {
  /** Whether the own drafts survive a reload (then the received papers are kept in IndexedDB too). */
  readonly durable: boolean;
  readonly now: () => Date;
  readonly appVersion: string;
  readonly lockEnv: LockEnv | undefined;
  readonly loadPdfReader: PdfReaderLoader;
  readonly opener: ReceivedPaperOpener;
  readonly files: FileDeliveryPort;
}

/** The lazily loaded desk module (desk-module.ts, in the chunk after the first screen). */
export interface DeskModule {
  openDesk(ports: DeskPorts): Promise<DeskStore>;
}
