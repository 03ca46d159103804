import { SELF_ASSESSMENT_CRITERIA, SELF_ASSESSMENT_KIND_TITLES, SELF_ASSESSMENT_NOTE, summariseSelfAssessment } from '../../../domain';
import { useApp, useDraft } from '../../../state';
import { fieldDomId } from '../../components/fields';
import { useLocked } from '../../components/locked';
import { t } from '../../messages-wizard';

/** Optional self-assessment against the scored criteria, clearly the association's own estimate. */
export function SelfAssessment() {
  const app = useApp();
  const locked = useLocked();
  const fit = useDraft().fit;
  const summary = summariseSelfAssessment(fit);
  const kinds = ['content', 'horizontal'] as const;
  return (
    <details class="self-assessment" open={summary.scored > 0}>
      <summary>{t.fit.selfHeading}</summary>
      <p class="notice info">{SELF_ASSESSMENT_NOTE}</p>
      {kinds.map((kind) => (
        <fieldset class="field" disabled={locked}>
          <legend>{SELF_ASSESSMENT_KIND_TITLES[kind]}</legend>
          {SELF_ASSESSMENT_CRITERIA.filter((c) => c.kind === kind).map((c) => {
            const id = fieldDomId(`fit.selfAssessment.${c.id}`);
            const value = fit.selfAssessment[c.id];
            return (
              <div class="field">
                <label for={id}>{c.label}</label>
                <p class="help" id={`${id}-help`}>
                  {c.hint}
                </p>
                <select
                  id={id}
                  aria-describedby={`${id}-help`}
                  value={value === null || value === undefined ? '' : String(value)}
                  onChange={(e) =>
                    app.edits.setField(`fit.selfAssessment.${c.id}`, e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
                  }
                >
                  <option value="">{t.fit.notAssessed}</option>
                  {Array.from({ length: c.max + 1 }, (_, n) => (
                    <option value={String(n)}>{`${n} / ${c.max}`}</option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      ))}
      {summary.scored > 0 && <p class="self-total">{t.fit.selfTotal(summary.total, summary.maxTotal, summary.scored)}</p>}
    </details>
  );
}
