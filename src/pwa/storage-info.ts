/** Storage facts for the "Tallennus" panel; every API is optional (older Safari lacks them). */
export interface StorageInfo {
  readonly persisted: boolean | undefined;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
  /** True when running as an installed app (standalone window). */
  readonly installed: boolean;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => undefined),
    storage?.estimate?.().catch(() => undefined),
  ]);
  const installed =
    typeof matchMedia === 'function' &&
    (matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true);
  return { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota, installed };
}
