import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../../state';
import { t } from '../messages';

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
        {t.salvage.heading(c.name)}
      </h1>
      <p class="intro">{t.salvage.intro}</p>
      <div class="card-actions">
        <button type="button" class="button" onClick={() => void app.exchange.exportDraftFile(c.id)}>
          {t.exchange.exportOne}
        </button>
        <button type="button" class="button" onClick={() => app.list.closeSalvage()}>
          ← {t.salvage.back}
        </button>
      </div>
      <section class="panel" aria-labelledby="repair-h">
        <h2 id="repair-h">{t.salvage.repairHeading}</h2>
        {c.repair ? (
          <>
            <p>{t.salvage.repairIntro}</p>
            {c.repair.removed.length > 0 ? (
              <>
                <p>{t.salvage.repairRemoves}</p>
                <ul class="salvage-removed">
                  {c.repair.removed.map((r) => (
                    <li>
                      <strong>{r.where}:</strong> <span class="salvage-text">{r.text}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t.salvage.repairNothingRemoved}</p>
            )}
            {c.repairedName ? (
              <p class="ok-line" role="status">
                {t.salvage.repaired(c.repairedName)}
              </p>
            ) : (
              <button type="button" class="button primary" onClick={() => void app.list.saveRepaired()}>
                {t.salvage.repair}
              </button>
            )}
          </>
        ) : (
          <p>{t.salvage.cannotRepair}</p>
        )}
      </section>
      <h2>{t.salvage.textsHeading}</h2>
      {c.texts.length === 0 ? (
        <p class="muted">{t.salvage.noTexts}</p>
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
