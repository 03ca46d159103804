import { useApp } from '../../state';
import { deskText } from '../desk/messages-desk';

/** Above a received paper: why the fields cannot be changed, and the way the comments go back. */
export function ReceivedNotice() {
  const app = useApp();
  const id = app.draft.current.value?.id;
  return (
    <div class="notice info received-notice" role="status">
      <p>{deskText.readOnly}</p>
      <button
        type="button"
        class="button primary"
        onClick={() => {
          if (!id) return;
          // Typed comments are saved first, so the file has them all.
          void app.flush().then(async () => (await app.desk.ensure()).exportComments(id));
        }}
      >
        {deskText.exportBack}
      </button>
    </div>
  );
}
