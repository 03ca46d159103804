/**
 * Service worker on the page side (workbox-window, loaded lazily). Updates are always the
 * user's choice: a waiting version only raises `updateReady`; `applyUpdate()` first saves
 * what is typed, then activates the new version and reloads this tab. Other open tabs are
 * not reloaded: they learn that a newer version took over and can reload when they choose.
 */
import { signal } from '@preact/signals';
import type { Workbox } from 'workbox-window';

/**
 * updateReady: a new version waits for the user's OK; offlineReady: the app is stored for
 * offline use; replacedElsewhere: another tab activated a newer version.
 */
export interface PwaStatus {
  readonly updateReady: boolean;
  readonly offlineReady: boolean;
  readonly replacedElsewhere: boolean;
}

export const pwaStatus = signal<PwaStatus>({ updateReady: false, offlineReady: false, replacedElsewhere: false });

/**
 * A page the old worker did not control gets no `controlling` event; if `controllerchange`
 * does not come either within this time, reload anyway so the new version is shown.
 */
const UNCONTROLLED_RELOAD_FALLBACK_MS = 3000;

let wb: Workbox | undefined;
let acceptedHere = false;

/** Registers the service worker (production builds only). */
export async function registerPwa(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  wb = new Workbox(`${base}sw.js`, { scope: base, type: 'classic' });
  const set = (patch: Partial<PwaStatus>) => (pwaStatus.value = { ...pwaStatus.value, ...patch });

  wb.addEventListener('waiting', () => set({ updateReady: true }));
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) set({ offlineReady: true });
  });
  wb.addEventListener('controlling', (event) => {
    if (!event.isUpdate) return;
    if (acceptedHere) window.location.reload();
    else set({ updateReady: false, replacedElsewhere: true });
  });
  await wb.register();
}

/** Activates the waiting version, then reloads this tab (the caller has saved what is typed). */
export async function applyUpdate(): Promise<void> {
  acceptedHere = true;
  wb?.messageSkipWaiting();
  // A page that the old worker did not control (first visit) gets no `controlling` event.
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    setTimeout(() => window.location.reload(), UNCONTROLLED_RELOAD_FALLBACK_MS);
  }
}
