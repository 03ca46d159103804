/**
 * The envelopes in which drafts leave the app: one draft (`.ideapaperi.json`, and embedded in
 * the PDF) or every draft of a device (backup). The envelope names the format and versions so
 * that a later app version can recognise the file and migrate the drafts (migrate.ts). Every
 * file the app writes is built here; file-schemas.ts publishes the same shapes as JSON Schema.
 */
import type { Draft } from '../idea-paper/schema';

/** Value of `format` that marks a draft file of this app. */
export const DRAFT_FILE_FORMAT = 'ideapaperi-draft';
/** Value of `format` that marks a backup file (every draft of a device). */
export const BACKUP_FILE_FORMAT = 'ideapaperi-backup';
/** Version of the backup envelope itself (the drafts carry their own schemaVersion). */
export const BACKUP_FORMAT_VERSION = 1;

export interface FileInfo {
  /** Version of the app that wrote the file, for diagnosing odd files. */
  readonly appVersion: string;
  /** ISO time of the export. */
  readonly exportedAt: string;
}

/** 2-space indented JSON, so a curious user can read the file. */
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The draft as draft-file JSON. */
export function serializeDraftFile(draft: Draft, info: FileInfo): string {
  return serializeRawDraftFile(draft, info);
}

/**
 * A stored record this app version cannot read (damaged, or written by a newer version) in the
 * same envelope, untouched, so that a newer app or a person can still recover it.
 */
export function serializeRawDraftFile(raw: unknown, info: FileInfo): string {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  return json({
    format: DRAFT_FILE_FORMAT,
    schemaVersion: typeof version === 'number' ? version : null,
    appVersion: info.appVersion,
    exportedAt: info.exportedAt,
    draft: raw,
  });
}

/** All drafts in one backup file. */
export function serializeBackupFile(drafts: readonly Draft[], info: FileInfo): string {
  return json({
    format: BACKUP_FILE_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: info.appVersion,
    exportedAt: info.exportedAt,
    drafts,
  });
}
