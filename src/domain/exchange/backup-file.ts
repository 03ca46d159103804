import type { Draft } from '../idea-paper/schema';

/** Value of `format` that marks a backup file (every draft of a device). */
export const BACKUP_FILE_FORMAT = 'ideapaperi-backup';
/** Version of the backup envelope itself (the drafts carry their own schemaVersion). */
export const BACKUP_FORMAT_VERSION = 1;

/** All drafts in one backup file (2-space indented JSON). */
export function serializeBackupFile(drafts: readonly Draft[], info: { appVersion: string; exportedAt: string }): string {
  return JSON.stringify(
    { format: BACKUP_FILE_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, appVersion: info.appVersion, exportedAt: info.exportedAt, drafts },
    null,
    2,
  );
}
