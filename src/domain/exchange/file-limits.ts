/**
 * How large a file the app reads and writes. Kept apart from the parser (parse-import.ts) so
 * that the first screen's export code can check a size without loading the import code.
 */

/**
 * Largest file read at all (checked before a byte is read). Every file the app writes stays
 * under it: an export that would not is refused (checkExportSize), so whatever the app gives
 * out it also takes back. A backup of 500 typical papers is about 12 MB.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Largest file that does not start like one of the app's own (a wrong pick, most likely). */
export const MAX_OTHER_FILE_BYTES = 5 * 1024 * 1024;
/** How many bytes from the start tell what a file is. */
export const FILE_HEAD_BYTES = 1024;

/** Whether a file the app is about to write would import again (see MAX_IMPORT_BYTES). */
export function checkExportSize(bytes: number): boolean {
  return bytes <= MAX_IMPORT_BYTES;
}
