/** Import validation (schema messages with field names): loaded only when a file is imported. */
export {
  checkImportResult,
  checkImportSize,
  classifyImportHead,
  FILE_HEAD_BYTES,
  hasNewComments,
  importedCopy,
  kindError,
  parseImportText,
  parseImportTextInSlices,
  planImport,
} from '../domain';
