/**
 * Receiving many files at once on the coordinator's desk: each file is read and checked as
 * an import is (read-import-file.ts), and each paper in it is sorted against what is already
 * on the desk, by the paper's id and the association's last change (updatedAt):
 *
 * - new here: stored;
 * - a newer version of a paper here: not stored yet, the coordinator chooses (desk-store.ts);
 * - the same version, or an older one: nothing changes;
 * - the same paper twice in one batch: the newest copy counts, the others are reported as such.
 *
 * A file that cannot be read is refused with its reason; the other files still come in.
 */
import { draftDisplayName, UNNAMED_APPLICANT, type Draft } from '../../domain';
import { readImportFile, yieldToMain, type PdfReaderLoader } from './read-import-file';

/** What happened to one file. Names are "Association: Project". */
export interface ReceivedFileReport {
  readonly fileName: string;
  /** Papers new on the desk (stored unless the report says storing failed). */
  readonly received: string[];
  /** Newer versions of papers here, waiting for the coordinator's choice. */
  readonly newer: string[];
  /** Already here as the same version: nothing changed. */
  readonly same: string[];
  /** Older than the version here: nothing changed. */
  readonly older: string[];
  /** Why the file was refused (a Finnish message naming what is wrong), if it was. */
  readonly refused?: string;
}

export interface IncomingPaper {
  readonly draft: Draft;
  readonly fileName: string;
}

export interface ReceiveSorting {
  readonly files: readonly ReceivedFileReport[];
  readonly toStore: readonly IncomingPaper[];
  readonly newer: readonly IncomingPaper[];
}

/** "Kylätoiminta ry: Yhdessä kylillä", how the report names a paper. */
export function paperName(draft: Draft): string {
  return `${draft.applicant.name.trim() || UNNAMED_APPLICANT}: ${draftDisplayName(draft.project.name)}`;
}

/** Milliseconds of an ISO time, for comparing versions; an unreadable time is the oldest. */
const timeOf = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : Number.NEGATIVE_INFINITY;
};

/** Let input and rendering run between files, so typing elsewhere stays quick. */
export { yieldToMain };

/**
 * Reads the files one after another and sorts their papers; `here` is the last change of each
 * paper already on the desk, by id. Stores nothing.
 */
export async function sortIncoming(
  files: readonly (Blob & { name?: string })[],
  here: ReadonlyMap<string, string>,
  loadPdfReader: PdfReaderLoader,
  onProgress: (done: number) => void,
): Promise<ReceiveSorting> {
  const reports: ReceivedFileReport[] = [];
  // The newest copy of each paper in this batch, and the report that names it.
  const best = new Map<string, { paper: IncomingPaper; report: ReceivedFileReport }>();
  const losers: { draft: Draft; report: ReceivedFileReport }[] = [];
  for (const [i, file] of files.entries()) {
    const fileName = file.name ?? '';
    const read = await readImportFile(file, loadPdfReader);
    const report: ReceivedFileReport = {
      fileName,
      received: [],
      newer: [],
      same: [],
      older: [],
      ...(read.ok ? {} : { refused: read.error.message }),
    };
    reports.push(report);
    for (const draft of read.ok ? read.drafts : []) {
      const earlier = best.get(draft.id);
      if (earlier && timeOf(draft.updatedAt) <= timeOf(earlier.paper.draft.updatedAt)) {
        losers.push({ draft, report });
        continue;
      }
      if (earlier) losers.push({ draft: earlier.paper.draft, report: earlier.report });
      best.set(draft.id, { paper: { draft, fileName }, report });
    }
    onProgress(i + 1);
    await yieldToMain();
  }
  const toStore: IncomingPaper[] = [];
  const newer: IncomingPaper[] = [];
  for (const { paper, report } of best.values()) {
    const stored = here.get(paper.draft.id);
    const name = paperName(paper.draft);
    if (stored === undefined) {
      toStore.push(paper);
      report.received.push(name);
    } else if (timeOf(paper.draft.updatedAt) > timeOf(stored)) {
      newer.push(paper);
      report.newer.push(name);
    } else (timeOf(paper.draft.updatedAt) === timeOf(stored) ? report.same : report.older).push(name);
  }
  // A copy beaten by a newer one in the same batch changes nothing either.
  for (const { draft, report } of losers) {
    const winner = best.get(draft.id)!.paper.draft;
    (timeOf(draft.updatedAt) === timeOf(winner.updatedAt) ? report.same : report.older).push(paperName(draft));
  }
  return { files: reports, toStore, newer };
}
