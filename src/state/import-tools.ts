/** Import validation (schema messages with field names): loaded only when a file is imported. */
export { checkImportSize, hasNewComments, kindError, mergeComments, parseImportText, sniffFileKind } from '../domain';
