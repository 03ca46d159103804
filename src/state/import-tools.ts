/** Import validation (schema messages with field names): loaded only when a file is imported. */
export {
  checkImportResult,
  checkImportSize,
  hasNewComments,
  importedCopy,
  kindError,
  parseImportText,
  parseImportTextInSlices,
  planImport,
  sniffFileKind,
} from '../domain';
