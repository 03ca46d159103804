import { FIELDS, issuesFor, staffField, type StaffFieldPath, type StaffLineResult, type StaffRow } from '../../../domain';
import { useApp } from '../../../state';
import { fieldDomId } from '../../components/fields';
import { useLocked } from '../../components/locked';
import { t } from '../../messages-wizard';

/** Lets the user adjust how a staff row's months fall on the calendar years. */
export function StaffYearSplit({ row, line }: { row: StaffRow; line: StaffLineResult }) {
  const app = useApp();
  const locked = useLocked();
  const issues = app.paper.issues.value;
  const base = staffField(row.id, 'monthsByYear');
  const custom = Object.values(row.monthsByYear).some((v) => v.trim() !== '');
  const fmt = (n: number) => n.toLocaleString('fi-FI', { maximumFractionDigits: 2 });
  return (
    <details class="year-split" open={custom}>
      <summary>{t.budget.splitSummary(line.byYear.map((y) => t.budget.yearMonths(y.year, fmt(y.months))).join(', '))}</summary>
      <fieldset class="field" id={fieldDomId(base)} tabIndex={-1}>
        <legend>{FIELDS['budget.staff.monthsByYear'].label}</legend>
        <p class="help">{FIELDS['budget.staff.monthsByYear'].help}</p>
        <div class="row">
          {line.byYear.map((y) => {
            const path: StaffFieldPath = `${base}.${y.year}`;
            const id = fieldDomId(path);
            const yearIssues = issuesFor(issues, path);
            return (
              <div class="field">
                <label for={id}>{t.budget.monthsInYear(y.year)}</label>
                <input
                  id={id}
                  inputMode="decimal"
                  readOnly={locked}
                  value={row.monthsByYear[String(y.year)] ?? ''}
                  placeholder={fmt(y.months)}
                  aria-invalid={yearIssues.length ? true : undefined}
                  aria-describedby={yearIssues.length ? `${id}-err` : undefined}
                  onInput={(e) =>
                    app.edits.updateStaffRow(row.id, { monthsByYear: { ...row.monthsByYear, [String(y.year)]: e.currentTarget.value } })
                  }
                />
                {yearIssues.length > 0 && (
                  <p class="issue" id={`${id}-err`}>
                    {yearIssues.map((i) => i.message).join(' ')}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        {issuesFor(issues, base).map((i) => (
          <p class="issue">{i.message}</p>
        ))}
      </fieldset>
    </details>
  );
}
