import { useEffect } from 'preact/hooks';
import { useApp } from '../../state';
import { t } from '../messages';

/** "Tallennus": is storage persistent, how much is used, when drafts were last exported. */
export function StoragePanel() {
  const app = useApp();
  useEffect(() => {
    void app.device.refreshStorageInfo();
  }, [app.device.persist.value]);
  const info = app.device.storageInfo.value;
  if (!app.device.durable) return null;
  const persistent = info?.persisted === true;
  return (
    <section class="panel storage-panel" aria-labelledby="storage-h">
      <h2 id="storage-h">{t.storage.heading}</h2>
      <dl class="figures">
        <dt>{t.storage.where}</dt>
        <dd>{t.storage.thisDevice}</dd>
        <dt>{t.storage.persistent}</dt>
        <dd data-persistent={String(persistent)}>
          {info?.persisted === undefined ? t.storage.unknown : persistent ? t.storage.yes : t.storage.no}
        </dd>
        {info?.usageBytes !== undefined && (
          <>
            <dt>{t.storage.used}</dt>
            <dd>{t.storage.bytes(info.usageBytes)}</dd>
          </>
        )}
        <dt>{t.storage.lastExport}</dt>
        <dd>{info?.lastExportAt ? t.start.lastEdited(info.lastExportAt).replace('Muokattu ', '') : t.storage.never}</dd>
      </dl>
      {!persistent && <p class="help">{info?.installed ? t.storage.adviceInstalled : t.storage.advice}</p>}
    </section>
  );
}
