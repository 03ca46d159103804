import { COST_MODELS, ESR_2021_2027, FIELDS, formatRate, formatCents, issuesFor, staffField, type CostModel } from '../../../domain';
import { useApp, useDraft } from '../../../state';
import { BoundArea } from '../../components/bound';
import { fieldDomId, TextInput } from '../../components/fields';
import { ListEditor } from '../../components/ListEditor';
import { useLocked } from '../../components/locked';
import { t } from '../../messages-wizard';
import { confirmIfFilled } from '../../components/confirm-remove';
import { FinancingPlan } from './FinancingPlan';
import { StaffYearSplit } from './StaffYearSplit';

const rules = ESR_2021_2027;
const pct = formatRate;

/** The draft budget: cost model, staff rows, totals by year, financing plan and advance. */
export function BudgetStep() {
  const app = useApp();
  const locked = useLocked();
  const d = useDraft();
  const b = app.paper.budget.value!;
  const issues = app.paper.issues.value;
  const lumpSum = d.budget.costModel === 'lumpSum';

  return (
    <>
      <fieldset class="field" id={fieldDomId('budget.costModel')} tabIndex={-1} disabled={locked}>
        <legend>{FIELDS['budget.costModel'].label}</legend>
        <p class="help">{FIELDS['budget.costModel'].help}</p>
        {COST_MODELS.map((m) => (
          <div class="check">
            <input
              type="radio"
              name="cost-model"
              id={`cost-model-${m.id}`}
              checked={d.budget.costModel === m.id}
              onChange={() => app.edits.setField('budget.costModel', m.id as CostModel)}
            />
            <label for={`cost-model-${m.id}`}>{m.label}</label>
          </div>
        ))}
      </fieldset>

      {lumpSum ? (
        <section class="panel" aria-labelledby="lump-h">
          <h2 id="lump-h">{t.budget.lumpSumHeading}</h2>
          <p>{t.budget.lumpSumExplained(formatCents(rules.lumpSumCents.value, { dropZeroCents: true }))}</p>
        </section>
      ) : (
        <>
          <h2 class="section-title">{FIELDS['budget.staff'].label}</h2>
          <p class="help">
            {FIELDS['budget.staff'].help} {t.budget.sideCostNote(pct(rules.sideCostRateBp.value), rules.sideCostRateBp.date ?? '')}
          </p>
          <ListEditor
            commentSection="talous"
            label={FIELDS['budget.staff'].label}
            itemName={t.items.staff.one}
            addName={t.items.staff.add}
            items={d.budget.staff}
            onAdd={() => app.edits.addStaffRow()}
            onMove={(id, delta) => app.edits.moveStaffRow(id, delta)}
            onRemove={(id) => app.edits.removeStaffRow(id)}
            describe={(r, i) => r.role.trim() || `${t.items.staff.one} ${i + 1}`}
            confirmRemove={(r) =>
              confirmIfFilled({ role: r.role, monthlySalary: r.monthlySalary, months: r.months }, r.role.trim() || t.items.staff.one)
            }
          >
            {(row) => {
              const line = b.staff.find((l) => l.id === row.id);
              const input = (prop: 'role' | 'monthlySalary' | 'months' | 'sharePercent', mode?: 'decimal' | 'text') => {
                const path = staffField(row.id, prop);
                return (
                  <TextInput
                    id={fieldDomId(path)}
                    text={FIELDS[`budget.staff.${prop}`]}
                    value={row[prop]}
                    inputMode={mode}
                    issues={issuesFor(issues, path)}
                    onValue={(v) => app.edits.updateStaffRow(row.id, { [prop]: v })}
                  />
                );
              };
              return (
                <>
                  {input('role', 'text')}
                  <div class="row">
                    {input('monthlySalary', 'decimal')}
                    {input('months', 'decimal')}
                    {input('sharePercent', 'decimal')}
                  </div>
                  {line && (
                    <p class="figure-line" aria-live="polite">
                      {t.budget.rowResult(
                        formatCents(line.paidSalaryCents),
                        pct(rules.sideCostRateBp.value),
                        formatCents(line.sideCostsCents),
                        formatCents(line.totalCents),
                      )}
                    </p>
                  )}
                  {line && line.byYear.length > 1 && <StaffYearSplit row={row} line={line} />}
                </>
              );
            }}
          </ListEditor>

          <BoundArea path="budget.staffNote" rows={2} />

          <section class="panel" aria-labelledby="totals-h">
            <h2 id="totals-h">{t.budget.totalsHeading}</h2>
            <dl class="figures">
              <dt>{t.budget.staffCosts}</dt>
              <dd data-figure="staff">{formatCents(b.staffCostsCents)}</dd>
              <dt>{t.budget.flatRate(pct(rules.flatRateBp.value))}</dt>
              <dd data-figure="flat">{formatCents(b.flatRateCents)}</dd>
              <dt class="strong">{t.budget.total}</dt>
              <dd class="strong" data-figure="total">
                {formatCents(b.totalCents)}
              </dd>
            </dl>
            <p class="help">{t.budget.flatRateExplained(pct(rules.flatRateBp.value))}</p>
          </section>
        </>
      )}

      {b.years.length > 0 && (
        <section aria-labelledby="years-h">
          <h2 id="years-h" class="section-title">
            {t.budget.byYearHeading}
          </h2>
          <div class="table-wrap">
            <table class="figures-table">
              <thead>
                <tr>
                  <th scope="col">{t.budget.year}</th>
                  {!lumpSum && <th scope="col">{t.budget.staffCosts}</th>}
                  {!lumpSum && <th scope="col">{t.budget.flatRateShort(pct(rules.flatRateBp.value))}</th>}
                  <th scope="col">{t.budget.total}</th>
                </tr>
              </thead>
              <tbody>
                {b.years.map((y) => (
                  <tr>
                    <th scope="row">{y.year}</th>
                    {/* data-label: on a phone each row stacks, and the cell names its column. */}
                    {!lumpSum && <td data-label={t.budget.staffCosts}>{formatCents(y.staffCents)}</td>}
                    {!lumpSum && <td data-label={t.budget.flatRateShort(pct(rules.flatRateBp.value))}>{formatCents(y.flatRateCents)}</td>}
                    <td data-label={t.budget.total}>{formatCents(y.totalCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {b.years.length === 0 && !lumpSum && <p class="muted">{t.budget.noPeriod}</p>}

      <FinancingPlan />
    </>
  );
}
