/**
 * The draft file: the envelope in which a draft leaves the app, as a `.json` export or
 * embedded in the PDF. The envelope names the format and versions so that a later app
 * version can recognise the file and migrate the draft (idea-paper/migrate.ts).
 */
import type { Draft } from '../idea-paper/schema';

/** Value of `format` that marks a draft file of this app. */
export const DRAFT_FILE_FORMAT = 'ideapaperi-draft';

/** The parsed shape of a draft file. */
export interface DraftFile {
  readonly format: typeof DRAFT_FILE_FORMAT;
  /** Schema version of `draft`, repeated here so an importer can check it before parsing the draft. */
  readonly schemaVersion: number;
  /** Version of the app that wrote the file, for diagnosing odd files. */
  readonly appVersion: string;
  /** ISO time of the export. */
  readonly exportedAt: string;
  readonly draft: Draft;
}

/** The draft as draft-file JSON (2-space indent, so a curious user can read it). */
export function serializeDraftFile(draft: Draft, info: { appVersion: string; exportedAt: string }): string {
  const file: DraftFile = {
    format: DRAFT_FILE_FORMAT,
    schemaVersion: draft.schemaVersion,
    appVersion: info.appVersion,
    exportedAt: info.exportedAt,
    draft,
  };
  return JSON.stringify(file, null, 2);
}
