/**
 * Reading an imported file and storing what it brings (loaded with the first import, not with
 * the first screen). An import stores nothing until the whole file has been read and validated,
 * never overwrites a draft without asking, and what it stores is decided by the domain's import
 * policy (planImport) and written in one transaction.
 */
import { draftDisplayName, type Draft, type ImportError } from '../../domain';
import { checkImportResult, checkImportSize, hasNewComments, importedCopy, planImport } from '../import-tools';
import { isDraftOpen } from '../draft-session';
import type { ConflictChoice, ImportContext } from './import-status';
import { openOnDesk } from './import-to-desk';
import { readImportFile } from './read-import-file';

/** Stores an import in one transaction; on failure nothing is stored and the user is told. */
async function storeAll(ctx: ImportContext, drafts: readonly Draft[], fileName: string): Promise<boolean> {
  try {
    await ctx.repo.saveMany(drafts);
    return true;
  } catch {
    ctx.status.value = { kind: 'error', fileName, error: { code: 'storage', message: '' } };
    return false;
  }
}

export async function importFile(ctx: ImportContext, file: Blob & { name?: string }): Promise<void> {
  const fileName = file.name ?? '';
  const failWith = (error: ImportError) => void (ctx.status.value = { kind: 'error', fileName, error });
  const sizeError = checkImportSize(file.size);
  if (sizeError) return failWith(sizeError);
  ctx.status.value = { kind: 'reading', fileName };
  const parsed = await readImportFile(file, ctx.loadPdfReader);
  if (!parsed.ok) return failWith(parsed.error);

  const existing: Draft[] = [];
  const drafts: Draft[] = [];
  for (const d of parsed.drafts) {
    let here: Draft | undefined;
    try {
      here = await ctx.repo.get(d.id);
    } catch {
      // The id is held by a record this version cannot open (saved by a newer version in
      // another tab, or damaged), or the read failed: never overwrite it, and nothing to
      // offer for "replace". The import goes under a new id, as "keep both" stores it.
      drafts.push(importedCopy(d, { at: ctx.now().toISOString(), newId: ctx.newId }));
      continue;
    }
    if (here) existing.push(here);
    drafts.push(d);
  }
  if (existing.length > 0) {
    const bringsComments = existing.some((here) => {
      const incoming = drafts.find((d) => d.id === here.id);
      return incoming !== undefined && hasNewComments(here, incoming);
    });
    ctx.status.value = { kind: 'conflict', fileName, drafts, existing, bringsComments, file };
    return;
  }
  if (!(await storeAll(ctx, drafts, fileName))) return;
  ctx.status.value = { kind: 'done', fileName, names: parsed.drafts.map((d) => draftDisplayName(d.project.name)), keptPrevious: 0 };
  await ctx.refreshList();
}

/** Finishes an import that collided with drafts already on this device. */
export async function resolveImportConflict(ctx: ImportContext, choice: ConflictChoice): Promise<void> {
  const status = ctx.status.peek();
  if (status.kind !== 'conflict') return;
  if (choice === 'cancel') {
    ctx.status.value = { kind: 'idle' };
    return;
  }
  // Nothing of this device's own drafts changes: the paper goes to the coordinator's desk.
  if (typeof choice === 'object') return openOnDesk(ctx, status, choice.desk);
  if (choice !== 'keepBoth') {
    // A tab editing the draft would overwrite the import with its next save: refuse.
    for (const d of status.existing) {
      if (await isDraftOpen(d.id, ctx.lockEnv)) {
        ctx.status.value = { kind: 'error', fileName: status.fileName, error: { code: 'open-elsewhere', message: '' } };
        return;
      }
    }
  }
  const plan = planImport(status.drafts, status.existing, choice, { at: ctx.now().toISOString(), newId: ctx.newId });
  // A merge can grow a draft past a limit: refuse, and say what and where, before storing.
  const overLimit = checkImportResult(plan.toStore, (d) => draftDisplayName(d.project.name));
  if (overLimit) {
    ctx.status.value = { kind: 'error', fileName: status.fileName, error: overLimit };
    return;
  }
  if (!(await storeAll(ctx, plan.toStore, status.fileName))) return;
  ctx.status.value = {
    kind: 'done',
    fileName: status.fileName,
    names: status.drafts.map((d) => draftDisplayName(d.project.name)),
    keptPrevious: plan.keptPrevious,
    ...(choice === 'comments' ? { comments: plan.comments } : {}),
  };
  await ctx.refreshList();
}
