import { letterOfIntentTemplate, letterOfIntentText, MAX_TEXT, NEXT_STEPS } from '../../../domain';
import { useApp, useDraft } from '../../../state';
import { fieldDomId } from '../../components/fields';
import { t } from '../../messages-wizard';

/** The path after the paper (checkbox and date per step) and the letters of intent. */
export function NextStepsStep() {
  const app = useApp();
  const d = useDraft();
  return (
    <>
      <ol class="next-steps">
        {NEXT_STEPS.map((step, i) => {
          const mark = d.nextSteps[step.id] ?? { done: false, date: '' };
          const doneId = fieldDomId(`nextSteps.${step.id}.done`);
          const dateId = fieldDomId(`nextSteps.${step.id}.date`);
          return (
            <li class={`next-step${mark.done ? ' done' : ''}`}>
              <h2 class="next-step-title">
                {i + 1}. {step.title}
              </h2>
              <p class="help">{step.explanation}</p>
              <div class="row">
                <div class="check">
                  <input
                    type="checkbox"
                    id={doneId}
                    checked={mark.done}
                    onChange={(e) => app.coordination.setNextStep(step.id, { done: e.currentTarget.checked })}
                  />
                  <label for={doneId}>{t.nextSteps.done}</label>
                </div>
                <div class="field">
                  <label for={dateId}>{step.dateLabel}</label>
                  <input
                    id={dateId}
                    type="date"
                    value={mark.date}
                    onInput={(e) => app.coordination.setNextStep(step.id, { date: e.currentTarget.value })}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>

      <h2 class="section-title">{t.nextSteps.lettersHeading}</h2>
      <p class="help">{t.nextSteps.lettersIntro}</p>
      {d.partners.length === 0 && <p class="muted">{t.nextSteps.noPartners}</p>}
      {d.partners.map((p, i) => {
        const id = fieldDomId(`letters.${p.id}`);
        const edited = d.letters[p.id] !== undefined && d.letters[p.id] !== letterOfIntentTemplate(d, p);
        const name = p.name.trim() || `${t.items.partners.one} ${i + 1}`;
        return (
          <div class="field letter">
            <label for={id}>{t.nextSteps.letterLabel(name)}</label>
            <textarea
              id={id}
              rows={14}
              value={letterOfIntentText(d, p)}
              maxLength={MAX_TEXT}
              onInput={(e) => app.coordination.setLetter(p.id, e.currentTarget.value)}
            />
            <div class="card-actions">
              <button type="button" class="button" onClick={() => void app.coordination.exportLetter(p.id)}>
                {t.nextSteps.exportLetter}
                <span class="visually-hidden">: {name}</span>
              </button>
              {edited && (
                <button type="button" class="button" onClick={() => app.coordination.resetLetter(p.id)}>
                  {t.nextSteps.resetLetter}
                  <span class="visually-hidden">: {name}</span>
                </button>
              )}
            </div>
          </div>
        );
      })}
    </>
  );
}
