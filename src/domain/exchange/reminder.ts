/** Days without a file export after which the app reminds the user (Safari's 7-day wipe). */
export const EXPORT_REMINDER_DAYS = 7;

/**
 * True when some draft changed after the last export (or was never exported) and that export
 * (or, if none, the oldest unexported change) is at least 7 days old.
 */
export function needsExportReminder(input: {
  lastExportAt: string | undefined;
  drafts: readonly { updatedAt: string; createdAt?: string }[];
  now: string;
}): boolean {
  const last = input.lastExportAt ? Date.parse(input.lastExportAt) : Number.NEGATIVE_INFINITY;
  const changed = input.drafts.filter((d) => Date.parse(d.updatedAt) > last);
  if (changed.length === 0) return false;
  const since = Number.isFinite(last) ? last : Math.min(...changed.map((d) => Date.parse(d.createdAt ?? d.updatedAt)));
  return Date.parse(input.now) - since >= EXPORT_REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
