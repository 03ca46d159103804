/** Import validation (schema messages with field names): loaded only when a file is imported. */
export { checkImportSize, kindError, parseImportText, sniffFileKind } from '../domain';
