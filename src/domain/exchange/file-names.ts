import { projectSlug } from '../pdf-model/slug';
import { helsinkiDate } from '../time/helsinki';

/** Ending of every file the app exports for moving drafts (`.ideapaperi.json`). */
export const DRAFT_FILE_EXTENSION = '.ideapaperi.json';

/** `ideapaperi-<slug>-<YYYY-MM-DD>.ideapaperi.json` for one draft. */
export function draftFileName(projectName: string, exportedAt: string): string {
  return `ideapaperi-${projectSlug(projectName)}-${helsinkiDate(exportedAt)}${DRAFT_FILE_EXTENSION}`;
}

/** `ideapaperi-varmuuskopio-<YYYY-MM-DD>.ideapaperi.json` for all drafts. */
export function backupFileName(exportedAt: string): string {
  return `ideapaperi-varmuuskopio-${helsinkiDate(exportedAt)}${DRAFT_FILE_EXTENSION}`;
}

/** `ideapaperi-<slug>-kommentit-<YYYY-MM-DD>.ideapaperi.json`: a received paper with the coordinator's comments, going back to the association. */
export function commentedFileName(projectName: string, exportedAt: string): string {
  return `ideapaperi-${projectSlug(projectName)}-kommentit-${helsinkiDate(exportedAt)}${DRAFT_FILE_EXTENSION}`;
}
