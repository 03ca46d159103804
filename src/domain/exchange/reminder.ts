/** Days without a file export after which the app reminds the user (Safari's 7-day wipe). */
export const EXPORT_REMINDER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when some draft changed after it was last exported (in a backup, as its own file or
 * as a PDF; never counts as "long ago") and that export, or its first unexported change when it
 * was never exported, is at least 7 days old.
 */
export function needsExportReminder(input: {
  /** Last backup of all drafts. */
  lastBackupAt: string | undefined;
  /** Last export of each draft on its own (file or PDF), by draft id. */
  draftExports: Readonly<Record<string, string>>;
  drafts: readonly { id: string; updatedAt: string }[];
  now: string;
}): boolean {
  const now = Date.parse(input.now);
  const backup = input.lastBackupAt ? Date.parse(input.lastBackupAt) : Number.NEGATIVE_INFINITY;
  return input.drafts.some((d) => {
    const own = input.draftExports[d.id];
    const exported = Math.max(backup, own ? Date.parse(own) : Number.NEGATIVE_INFINITY);
    const updated = Date.parse(d.updatedAt);
    if (!(updated > exported)) return false;
    const since = Number.isFinite(exported) ? exported : updated;
    return now - since >= EXPORT_REMINDER_DAYS * DAY_MS;
  });
}
