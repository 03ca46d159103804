/**
 * What one store needs of another, as small interfaces. A store receives only these (two to
 * four members), never another store's whole interface, so its dependencies can be read off its
 * `Deps` and tests can hand it a few functions. This module is a leaf of src/state: it imports
 * types of the domain and storage only, so any store may import it without closing a circle.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { Draft, PdfDoc } from '../domain';
import type { DraftsRepository } from '../storage';

/** Where an open draft is read from and saved to: the own drafts, or the desk's received papers. */
export type DraftSource = Pick<DraftsRepository, 'get' | 'save'>;

/** An edit of the open draft, as a pure function. */
export type DraftChange = (draft: Draft) => Draft;

/** The open draft, to read. */
export interface OpenDraftReader {
  readonly current: ReadonlySignal<Draft | null>;
}

/** Saving what is typed before an action that needs the stored draft. */
export interface FlushPort {
  /** Writes pending edits now; resolves true when nothing typed is left unsaved. */
  flush(): Promise<boolean>;
}

/** What the drafts list does to the open draft when the list changes it. */
export interface OpenDraftForList extends OpenDraftReader, FlushPort {
  /** Applies an edit to the open draft (a rename of it from the list). */
  edit(change: DraftChange): void;
  /** The open draft was deleted from the list in this tab: drop it without saving. */
  forget(id: string): void;
}

/** Where and how a view of a draft is opened. */
export interface OpenAt {
  /** A step or view id (from a URL or the tab's memory); an unknown one opens where the user last was. */
  readonly view?: string;
  /** push: a new history entry; replace: a URL opened directly; none: the entry exists (Back/Forward). */
  readonly how?: 'push' | 'replace' | 'none';
}

/** What the desk needs to open one of its papers in the wizard (read-only comment mode). */
export interface ReceivedPaperOpener {
  openReceived(id: string, source: DraftSource, at?: OpenAt): Promise<boolean>;
}

/** How a file reached the user. */
export type Delivery = 'shared' | 'downloaded' | 'opened' | 'cancelled';

/** What kind of file an export made (the confirmation names it). */
export type ExportKind = 'pdf' | 'draft' | 'backup' | 'letter' | 'csv';

/** What the export layer offers the state (src/export/index.ts). */
export interface Exporter {
  createPdfBlob(doc: PdfDoc): Promise<Blob>;
  /** Loads the PDF libraries and fonts ahead of an export (absent in test fakes). */
  preparePdfExport?(): Promise<void>;
  deliverFile(blob: Blob, fileName: string): Promise<Delivery>;
}

/** Hands a file made by another store to the user, with the export status line. */
export interface FileDeliveryPort {
  deliver(what: ExportKind, make: (exporter: Exporter) => Promise<{ blob: Blob; fileName: string }>): Promise<void>;
}
