/** What an export writes into its file (envelopes and file names): loaded on the first export, not with the first screen. */
export { backupFileName, draftFileName, serializeBackupFile, serializeDraftFile, serializeRawDraftFile } from '../domain';
