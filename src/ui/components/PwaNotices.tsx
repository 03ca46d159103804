import { useApp } from '../../state';
import { t } from '../messages';

/** Update prompt, "updated in another tab" note and the offline indicator. */
export function PwaNotices() {
  const app = useApp();
  const status = app.device.pwa?.value;
  return (
    <>
      {!app.device.online.value && (
        <p class="notice info" role="status">
          {t.pwa.offline}
        </p>
      )}
      {status?.updateReady && (
        <div class="notice update" role="alert">
          <p>{t.pwa.updateReady}</p>
          <button type="button" class="button primary" onClick={() => void app.device.applyUpdate()}>
            {t.pwa.updateNow}
          </button>
        </div>
      )}
      {status?.replacedElsewhere && (
        <div class="notice info" role="alert">
          <p>{t.pwa.replacedElsewhere}</p>
          <button type="button" class="button" onClick={() => void app.device.reload()}>
            {t.lazy.reload}
          </button>
        </div>
      )}
    </>
  );
}

/** Quiet footer: version and whether the app works offline. */
export function AppFooter() {
  const app = useApp();
  const offlineReady = app.device.pwa?.value.offlineReady || (typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller);
  return (
    <footer class="app-footer">
      <span>{t.pwa.version(__APP_VERSION__, __BUILD_ID__)}</span>
      {offlineReady && <span data-offline-ready="">{t.pwa.offlineReady}</span>}
    </footer>
  );
}
