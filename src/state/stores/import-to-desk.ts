/**
 * "Avaa kommentoitavaksi": an imported file whose draft is already on this device goes to the
 * coordinator's desk as a received paper and opens there in read-only comment mode. The desk
 * receives the file as it receives any (desk-receive.ts: read, checked, sorted against the
 * papers there), so the device's own drafts never change. Loaded with the import flow; the
 * desk itself loads on first use.
 *
 * - new on the desk: stored there;
 * - the same version there already: opened as it is, with the coordinator's comments;
 * - other content than the desk's, dated later, the same or unknowably (a date in the future):
 *   taken, since the user asked for this file; the comments on the old version stay
 *   (DeskStore.acceptNewer);
 * - other content dated earlier than the desk's: the desk's newer version opens.
 */
import type { ImportError } from '../../domain';
import type { ConflictStatus, DeskForImport, ImportContext } from './import-status';

export async function openOnDesk(ctx: ImportContext, status: ConflictStatus, loadDesk: () => Promise<DeskForImport>): Promise<void> {
  const { fileName } = status;
  const failWith = (error: ImportError) => void (ctx.status.value = { kind: 'error', fileName, error });
  const storageFailed = () => failWith({ code: 'storage', message: '' });
  ctx.status.value = { kind: 'reading', fileName };
  let desk: DeskForImport;
  try {
    desk = await loadDesk();
  } catch {
    return failWith({ code: 'app-reload', message: '' });
  }
  // The desk must know its papers first, or receiving would store over one of them.
  if (!desk.loaded.peek()) await desk.refresh();
  if (desk.error.peek()) return storageFailed();
  await desk.receive([status.file]);
  const report = desk.report.peek();
  if (!report || report.storeFailed) return storageFailed();
  // The desk may have been receiving other files already: this file's report is the last by its name.
  const refused = [...report.files].reverse().find((f) => f.fileName === fileName)?.refused;
  if (refused) return failWith({ code: 'invalid-draft', message: refused });
  if (report.pendingNewer.length > 0) {
    await desk.acceptNewer(report.pendingNewer.filter((v) => v.why !== 'older').map((v) => v.draft.id));
    const after = desk.report.peek();
    if (after?.storeFailed) return storageFailed();
    const problem = after?.newerDone?.refused[0];
    if (problem) return failWith(problem.error);
  }
  const id = status.existing[0]?.id;
  if (!id || !(await desk.open(id))) return storageFailed();
  ctx.status.value = { kind: 'idle' };
}
