import { useApp } from '../../state';
import { t } from '../messages';
import { ActionNotice } from './ActionNotice';

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
        <ActionNotice
          tone="update"
          text={t.pwa.updateReady}
          action={t.pwa.updateNow}
          primary
          onAction={() => void app.device.applyUpdate()}
        />
      )}
      {status?.replacedElsewhere && (
        <ActionNotice tone="info" urgent text={t.pwa.replacedElsewhere} action={t.lazy.reload} onAction={() => void app.device.reload()} />
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
