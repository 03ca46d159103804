/**
 * Composition root: open storage (falling back to memory with a warning), build the app
 * state, save on page hide, render.
 */
// First: opening the database overlaps the evaluation of everything below.
import { earlyRepository, storageEvents } from './early-storage';
import { render } from 'preact';
import { addManifestLink } from './pwa/manifest-link';
import { requestPersistentStorage } from './pwa/persist';
import { applyUpdate, pwaStatus, registerPwa } from './pwa/register';
import { readStorageInfo } from './pwa/storage-info';
import {
  AppContext,
  browserHistory,
  createAppState,
  createTabMemory,
  defaultLockEnv,
  flushOnPageHide,
  newId,
  warnBeforeLosingText,
  type AppState,
  type OnlineSource,
} from './state';
import { createMemoryDraftsRepository, loadDraftChecks, toStorageError, type DraftsRepository, type StorageErrorKind } from './storage';
import { App } from './ui/App';
import { t } from './ui/messages';
import { loadViews, loadWizard } from './ui/lazy-wizard';
import './ui/styles.css';

/** A message on the static start screen, before the app has rendered. */
function showBootNotice(text: string): void {
  const notice = document.createElement('p');
  notice.className = 'notice error';
  notice.setAttribute('role', 'alert');
  notice.textContent = text;
  document.querySelector('#app main')?.prepend(notice);
}

async function boot(): Promise<void> {
  let repo: DraftsRepository;
  let storageProblem: StorageErrorKind | undefined;
  let state: AppState | undefined;
  // A newer version in another tab needs the database: save first, then let it go.
  storageEvents.onVersionChange = async () => {
    await state?.flush();
    state?.reportStorageProblem('version');
  };
  // Before the app is up there is no state to show it in: say it on the start screen.
  storageEvents.onBlocked = () => (state ? state.reportStorageProblem('blocked') : showBootNotice(t.boot.blocked));
  try {
    repo = await earlyRepository;
  } catch (error) {
    repo = createMemoryDraftsRepository();
    storageProblem = toStorageError(error).kind === 'version' ? 'version' : 'unavailable';
  }
  state = createAppState({
    repo,
    now: () => new Date(),
    newId,
    storageProblem,
    requestPersistence: requestPersistentStorage,
    pwa: { status: pwaStatus, applyUpdate },
    readStorageInfo,
    tabMemory: createTabMemory(),
    lockEnv: defaultLockEnv(),
    online: browserOnline(),
    reload: () => location.reload(),
    history: browserHistory(),
    loadDesk: () => loadViews().then((m) => m.desk),
  });
  const s = state;
  flushOnPageHide(s.flushNow);
  warnBeforeLosingText(() => (s.save.status.value.kind === 'error' && s.edits.hasUnsaved()) || s.draft.unsavedHere.value !== null);
  await s.restoreFromLocation(location.hash);
  // Read the list and storage facts before the first render, so the start view appears whole
  // at once instead of growing piece by piece (no layout shift on slow phones).
  if (!s.draft.current.value) await Promise.all([s.list.refresh(), s.device.refreshStorageInfo()]);
  else void s.device.refreshStorageInfo();
  const root = document.getElementById('app')!;
  root.textContent = ''; // remove the "loading" placeholder of index.html
  render(
    <AppContext.Provider value={s}>
      <App />
    </AppContext.Provider>,
    root,
  );
  // Fetch the wizard and the draft checks once the first screen is up, so opening a draft is instant.
  const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => {
    addManifestLink();
    void loadWizard();
    void loadDraftChecks().catch(() => undefined);
  });
  void registerPwa();
}

/** The browser's online state as an injected source. */
function browserOnline(): OnlineSource {
  return {
    initial: navigator.onLine,
    subscribe(onChange) {
      const on = () => onChange(true);
      const off = () => onChange(false);
      window.addEventListener('online', on);
      window.addEventListener('offline', off);
      return () => {
        window.removeEventListener('online', on);
        window.removeEventListener('offline', off);
      };
    },
  };
}

void boot();
