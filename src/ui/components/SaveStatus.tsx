import { useApp } from '../../state';
import { t } from '../messages';

/** One line that tells honestly whether the latest edit is on the device. */
export function SaveStatus() {
  const app = useApp();
  const s = app.save.status.value;
  if (!app.device.durable)
    return (
      <p class="save-status warn" role="status">
        {t.save.memoryOnly}
      </p>
    );
  const text =
    s.kind === 'saved'
      ? t.save.saved(s.at)
      : s.kind === 'error'
        ? t.save.error(s.error, s.refusal && app.tools.value?.describePath(s.refusal.path))
        : s.kind === 'saving'
          ? t.save.saving
          : s.kind === 'pending'
            ? t.save.pending
            : t.save.idle;
  return (
    <p class={`save-status ${s.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
