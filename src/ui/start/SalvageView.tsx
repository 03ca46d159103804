import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../../state';
import { t } from '../messages';
import { salvageText } from './messages-salvage';

/** A draft that cannot be opened: every text it holds, export as it is, and a repaired copy. */
export function SalvageView() {
  const app = useApp();
  const c = app.list.salvaging.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!c) return null;
  return (
    <section class="salvage" aria-labelledby="salvage-h">
      <h1 id="salvage-h" ref={heading} tabIndex={-1}>
        {salvageText.heading(c.name)}
      </h1>
      <p class="intro">{salvageText.intro}</p>
      <div class="card-actions">
        <button type="button" class="button" onClick={() => void app.exchange.exportDraftFile(c.id)}>
          {t.exchange.exportOne}
        </button>
        <button type="button" class="button" onClick={() => app.list.closeSalvage()}>
          ← {salvageText.back}
        </button>
      </div>
      <section class="panel" aria-labelledby="repair-h">
        <h2 id="repair-h">{salvageText.repairHeading}</h2>
        {c.repair ? (
          <>
            <p>{salvageText.repairIntro}</p>
            {c.repair.removed.length > 0 ? (
              <>
                <p>{salvageText.repairRemoves}</p>
                <ul class="salvage-removed">
                  {c.repair.removed.map((r) => (
                    <li>
                      <strong>{r.where}:</strong> <span class="salvage-text">{r.text}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{salvageText.repairNothingRemoved}</p>
            )}
            {c.repairedName ? (
              <p class="ok-line" role="status">
                {salvageText.repaired(c.repairedName)}
              </p>
            ) : (
              <button type="button" class="button primary" onClick={() => void app.list.saveRepaired()}>
                {salvageText.repair}
              </button>
            )}
          </>
        ) : (
          <p>{salvageText.cannotRepair}</p>
        )}
      </section>
      <h2>{salvageText.textsHeading}</h2>
      {c.texts.length === 0 ? (
        <p class="muted">{salvageText.noTexts}</p>
      ) : (
        <dl class="salvage-texts">
          {c.texts.map((x) => (
            <>
              <dt>{x.where}</dt>
              <dd class="salvage-text">{x.text}</dd>
            </>
          ))}
        </dl>
      )}
    </section>
  );
}
