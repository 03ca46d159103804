import type { DraftSummary } from '../../state';
import { draftDisplayName } from '../../domain';
import { t } from '../messages';

interface Props {
  draft: DraftSummary;
  onOpen: () => void;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
  onSalvage: () => void;
}

/** One draft in the list. A draft that cannot be opened offers the salvage view instead. */
export function DraftCard({ draft: d, onOpen, onRename, onDuplicate, onExport, onDelete, onSalvage }: Props) {
  const name = draftDisplayName(d.name);
  return (
    <>
      <h2 class="draft-name" tabIndex={-1}>
        {name}
      </h2>
      <p class="muted">
        {d.applicantName && <>{draftDisplayName(d.applicantName)} · </>}
        {t.start.lastEdited(d.updatedAt)}
      </p>
      {d.problem && <p class="notice error">{t.start.cannotOpen}</p>}
      <div class="card-actions">
        {d.problem ? (
          <button type="button" class="button primary" aria-label={`${t.start.salvage}: ${name}`} onClick={onSalvage}>
            {t.start.salvage}
          </button>
        ) : (
          <>
            <button type="button" class="button primary" aria-label={`${t.start.open}: ${name}`} onClick={onOpen}>
              {t.start.open}
            </button>
            <button type="button" class="button" aria-label={`${t.start.rename}: ${name}`} onClick={onRename}>
              {t.start.rename}
            </button>
            <button type="button" class="button" aria-label={`${t.start.duplicate}: ${name}`} onClick={onDuplicate}>
              {t.start.duplicate}
            </button>
          </>
        )}
        <button type="button" class="button" aria-label={`${t.exchange.exportOne}: ${name}`} onClick={onExport}>
          {t.exchange.exportOne}
        </button>
        <button type="button" class="button danger" aria-label={`${t.start.delete}: ${name}`} onClick={onDelete}>
          {t.start.delete}
        </button>
      </div>
    </>
  );
}

/** Shown in place of a card that failed to render: the draft is still on the device. */
export function BrokenCard({ onExport, onSalvage }: { onExport: () => void; onSalvage: () => void }) {
  return (
    <>
      <h2 class="draft-name" tabIndex={-1}>
        {t.start.unknownDraft}
      </h2>
      <p class="notice error">{t.start.cannotShow}</p>
      <div class="card-actions">
        <button type="button" class="button primary" onClick={onSalvage}>
          {t.start.salvage}
        </button>
        <button type="button" class="button" onClick={onExport}>
          {t.exchange.exportOne}
        </button>
      </div>
    </>
  );
}
