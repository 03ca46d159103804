/**
 * zod schemas of the two file envelopes, used to publish a JSON Schema for other tools
 * (docs/draft-file.schema.json). The import itself goes through parse-import.ts, which
 * gives Finnish messages and migrates older versions.
 */
import * as z from 'zod/mini';
import { draftSchema } from '../idea-paper/schema';
import { BACKUP_FILE_FORMAT, BACKUP_FORMAT_VERSION, DRAFT_FILE_FORMAT } from './file-envelope';

/** A `.ideapaperi.json` file holding one draft. */
export const draftFileSchema = z.strictObject({
  format: z.literal(DRAFT_FILE_FORMAT),
  schemaVersion: z.number().check(z.int()),
  appVersion: z.string(),
  exportedAt: z.string(),
  draft: draftSchema,
});

/** A backup file holding every draft of a device. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FILE_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string(),
  exportedAt: z.string(),
  drafts: z.array(draftSchema),
});

/** JSON Schema (draft 2020-12) of both file kinds. */
export function fileJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Ideapaperi draft or backup file',
    description: 'A .ideapaperi.json file: one draft ("ideapaperi-draft") or all drafts of a device ("ideapaperi-backup").',
    oneOf: [
      { ...z.toJSONSchema(draftFileSchema, { target: 'draft-2020-12' }), title: 'Draft file', $schema: undefined },
      { ...z.toJSONSchema(backupFileSchema, { target: 'draft-2020-12' }), title: 'Backup file', $schema: undefined },
    ],
  };
}
