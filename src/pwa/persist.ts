/**
 * Asks the browser to keep this site's data even when the device runs low on space.
 * Resolves to undefined where the API is missing (older Safari), so the UI can say so.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return undefined;
  if (await storage.persisted?.()) return true;
  return storage.persist();
}
