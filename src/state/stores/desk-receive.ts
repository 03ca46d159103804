/**
 * Receiving many files at once on the coordinator's desk: each file is read and checked as
 * an import is (read-import-file.ts), and each paper in it is sorted against what is already
 * on the desk, by the paper's id, its content and the association's last change (updatedAt):
 *
 * - new here: stored;
 * - the same content (comments aside) as the paper here: nothing changes, whatever its date;
 * - other content: not stored yet, the coordinator chooses (desk-store.ts). A later date is
 *   offered as the newer version; an earlier or equal date, or a paper here dated in the
 *   future (a wrong clock), is offered too, saying why, but not chosen for the coordinator;
 * - the same paper twice in one batch: the newest copy counts, the others are reported as such.
 *
 * A date more than a day ahead of this device's clock counts as unknown: a paper stamped
 * 9999-12-31 must not win every comparison for good. A file that cannot be read is refused
 * with its reason; the other files still come in.
 */
import { draftDisplayName, UNNAMED_APPLICANT, type Draft } from '../../domain';
import { readImportFile, yieldToMain, type PdfReaderLoader } from './read-import-file';

/** What happened to one file. Names are "Association: Project". */
export interface ReceivedFileReport {
  readonly fileName: string;
  /** Papers new on the desk (stored unless the report says storing failed). */
  readonly received: string[];
  /** Other versions of papers here (newer, or dated so that the dates cannot tell), waiting for the coordinator's choice. */
  readonly newer: string[];
  /** Already here with the same content: nothing changed. */
  readonly same: string[];
  /** Beaten by a newer copy of the same paper in this batch: nothing changed. */
  readonly older: string[];
  /** Papers dated more than a day in the future (the sender's clock may be wrong). */
  readonly futureDated: string[];
  /** Why the file was refused (a Finnish message naming what is wrong), if it was. */
  readonly refused?: string;
}

export interface IncomingPaper {
  readonly draft: Draft;
  readonly fileName: string;
}

/**
 * Why another version of a paper here is offered: its date is later (`newer`), earlier
 * (`older`) or the same (`same-time`) with other content, or one of the two is dated in the
 * future, so the dates cannot be compared (`future-date`).
 */
export type VersionWhy = 'newer' | 'older' | 'same-time' | 'future-date';

/** Another version of a paper on the desk, waiting for the coordinator's choice. */
export interface OtherVersion extends IncomingPaper {
  /** The paper as the report names it ("Association: Project"). */
  readonly name: string;
  readonly why: VersionWhy;
  /** The paper it would replace, as the report names it, and its last change. */
  readonly replaces: { readonly name: string; readonly updatedAt: string };
  /** Chosen for the coordinator unless they untick it: only a version the dates show as newer. */
  readonly suggested: boolean;
}

export interface ReceiveSorting {
  readonly files: readonly ReceivedFileReport[];
  readonly toStore: readonly IncomingPaper[];
  readonly newer: readonly OtherVersion[];
}

/** Reads the stored version of a paper on the desk (for comparing content). */
export type StoredPaperReader = (id: string) => Promise<Draft | undefined>;

/** "Kylätoiminta ry: Yhdessä kylillä", how the report names a paper. */
export function paperName(draft: Draft): string {
  return `${draft.applicant.name.trim() || UNNAMED_APPLICANT}: ${draftDisplayName(draft.project.name)}`;
}

/** How far ahead of this device's clock a date may be and still count (time zones, a clock a little off). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Milliseconds of an ISO time, for comparing versions; an unreadable time is the oldest, and a
 * time far in the future is unknown (NaN: no comparison with it is true).
 */
function timeAt(iso: string, now: number): number {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return Number.NEGATIVE_INFINITY;
  return ms > now + FUTURE_SLACK_MS ? Number.NaN : ms;
}

/** The association's text of a paper: what a coordinator's comments and the save time leave alone. */
const contentOf = (d: Draft) => JSON.stringify({ ...d, comments: [], updatedAt: '' });

/** Let input and rendering run between files, so typing elsewhere stays quick. */
export { yieldToMain };

/**
 * Reads the files one after another and sorts their papers; `here` is the last change of each
 * paper already on the desk, by id, and `stored` reads such a paper for comparing content.
 * `files` may grow while it reads (files dropped meanwhile join the batch). Stores nothing.
 */
export async function sortIncoming(
  files: readonly (Blob & { name?: string })[],
  here: ReadonlyMap<string, string>,
  stored: StoredPaperReader,
  loadPdfReader: PdfReaderLoader,
  onProgress: (done: number) => void,
  now: number = Date.now(),
): Promise<ReceiveSorting> {
  const time = (iso: string) => timeAt(iso, now);
  const reports: ReceivedFileReport[] = [];
  // The newest copy of each paper in this batch, and the report that names it.
  const best = new Map<string, { paper: IncomingPaper; report: ReceivedFileReport }>();
  const losers: { draft: Draft; report: ReceivedFileReport }[] = [];
  // By index, reading the length each time: the list may grow while a file is read.
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const fileName = file.name ?? '';
    const read = await readImportFile(file, loadPdfReader);
    const report: ReceivedFileReport = {
      fileName,
      received: [],
      newer: [],
      same: [],
      older: [],
      futureDated: [],
      ...(read.ok ? {} : { refused: read.error.message }),
    };
    reports.push(report);
    for (const draft of read.ok ? read.drafts : []) {
      if (Number.isNaN(time(draft.updatedAt))) report.futureDated.push(paperName(draft));
      const earlier = best.get(draft.id);
      if (earlier && !(time(draft.updatedAt) > time(earlier.paper.draft.updatedAt))) {
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
  const newer: OtherVersion[] = [];
  for (const { paper, report } of best.values()) {
    const storedAt = here.get(paper.draft.id);
    const name = paperName(paper.draft);
    if (storedAt === undefined) {
      toStore.push(paper);
      report.received.push(name);
      continue;
    }
    const old = await stored(paper.draft.id).catch(() => undefined);
    if (old && contentOf(old) === contentOf(paper.draft)) {
      report.same.push(name);
      continue;
    }
    const [incoming, current] = [time(paper.draft.updatedAt), time(storedAt)];
    const why: VersionWhy =
      Number.isNaN(current) || Number.isNaN(incoming)
        ? 'future-date'
        : incoming > current
          ? 'newer'
          : incoming === current
            ? 'same-time'
            : 'older';
    newer.push({ ...paper, name, why, suggested: why === 'newer', replaces: { name: old ? paperName(old) : name, updatedAt: storedAt } });
    report.newer.push(name);
  }
  // A copy beaten by a newer one in the same batch changes nothing either.
  for (const { draft, report } of losers) {
    const winner = best.get(draft.id)!.paper.draft;
    (contentOf(draft) === contentOf(winner) ? report.same : report.older).push(paperName(draft));
  }
  return { files: reports, toStore, newer };
}
