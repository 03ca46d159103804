import {
  ESR_2021_2027,
  FIELDS,
  formatRate,
  financingField,
  FINANCING_SOURCES,
  formatCents,
  issuesFor,
  PUBLIC_LAW_FORMS,
} from '../../../domain';
import { useApp, useDraft } from '../../../state';
import { BoundArea } from '../../components/bound';
import { fieldDomId } from '../../components/fields';
import { useLocked } from '../../components/locked';
import { t } from '../../messages-wizard';

const rules = ESR_2021_2027;
const pct = formatRate;

/** Aid and self-financing, the self-financing sources with a live coverage check, and the advance. */
export function FinancingPlan() {
  const app = useApp();
  const locked = useLocked();
  const d = useDraft();
  const b = app.paper.budget.value!;
  const issues = app.paper.issues.value;
  const publicLaw = (PUBLIC_LAW_FORMS as readonly string[]).includes(d.applicant.legalForm);
  const c = b.coverage;

  return (
    <section aria-labelledby="financing-h">
      <h2 id="financing-h" class="section-title">
        {t.budget.financingHeading}
      </h2>
      <dl class="figures">
        <dt>{t.budget.aid(pct(rules.aidRateBp.value))}</dt>
        <dd data-figure="aid">{formatCents(b.aidCents)}</dd>
        <dt>{t.budget.selfFinancing(pct(10_000 - rules.aidRateBp.value))}</dt>
        <dd data-figure="self">{formatCents(b.selfFinancingRequiredCents)}</dd>
      </dl>

      <fieldset class="field" id={fieldDomId('budget.financing')} tabIndex={-1} disabled={locked}>
        <legend>{FIELDS['budget.financing'].label}</legend>
        <p class="help">{FIELDS['budget.financing'].help}</p>
        {FINANCING_SOURCES.map((s) => {
          const entry = d.budget.financing[s.id];
          const path = financingField(s.id, 'amount');
          const id = fieldDomId(path);
          const sourceIssues = issuesFor(issues, path);
          const cents = b.sources.find((x) => x.id === s.id)?.cents ?? 0;
          return (
            <div class="source-row">
              <label for={id}>{s.label}</label>
              <div class="source-inputs">
                <input
                  id={id}
                  inputMode="decimal"
                  value={entry.amount}
                  aria-invalid={sourceIssues.length ? true : undefined}
                  aria-describedby={`${id}-result${sourceIssues.length ? ` ${id}-err` : ''}`}
                  onInput={(e) => app.edits.setField(path, e.currentTarget.value)}
                />
                <select
                  aria-label={t.budget.unitLabel(s.label)}
                  value={entry.unit}
                  onChange={(e) => app.edits.setField(financingField(s.id, 'unit'), e.currentTarget.value === 'pct' ? 'pct' : 'eur')}
                >
                  <option value="eur">€</option>
                  <option value="pct">{t.budget.percentOfTotal}</option>
                </select>
                <span class="source-result" id={`${id}-result`}>
                  = {formatCents(cents)}
                </span>
              </div>
              {sourceIssues.map((i) => (
                <p class="issue" id={`${id}-err`}>
                  {i.message}
                  {i.fix && (
                    <>
                      {' '}
                      <button type="button" class="button small" onClick={() => app.edits.setField(path, i.fix!.value)}>
                        {t.field.acceptFix(i.fix.label)}
                      </button>
                    </>
                  )}
                </p>
              ))}
            </div>
          );
        })}
      </fieldset>
      <p class={`coverage ${c.kind}`} role="status" data-coverage={c.kind}>
        {b.totalCents === 0
          ? t.budget.coverageNoBudget
          : c.kind === 'short'
            ? t.budget.coverageShort(formatCents(Math.abs(c.differenceCents)), formatCents(b.sourcesTotalCents))
            : c.kind === 'over'
              ? t.budget.coverageOver(formatCents(c.differenceCents))
              : t.budget.coverageExact}
      </p>

      <BoundArea path="budget.financingNote" rows={3} />

      <h2 class="section-title">{t.budget.advanceHeading}</h2>
      <dl class="figures">
        <dt>{t.budget.advanceMax(pct(rules.advanceMaxBp.value))}</dt>
        <dd data-figure="advance">{formatCents(b.maxAdvanceCents)}</dd>
      </dl>
      <p class="help">{t.budget.advanceExplained(pct(rules.advanceMaxBp.value))}</p>
      <p class={publicLaw ? 'notice info' : 'help'}>{t.budget.advancePublicLaw}</p>
    </section>
  );
}
