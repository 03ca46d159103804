import { buildOutline, ESR_2021_2027, formatCents, stepOfPart, STEPS, type FieldRef, type PartId } from '../../../domain';
import { formatRoute, useApp, useDraft } from '../../../state';
import { t } from '../../messages-wizard';
import { ExportPanel } from './ExportPanel';
import { SummaryComments } from './SummaryComments';

/** The whole paper read-only, with what is missing and what to check, each a link to the field. */
export function SummaryStep() {
  const app = useApp();
  const d = useDraft();
  const missing = app.paper.progress.value.flatMap((p) => p.missing.map((m) => ({ step: p.step, req: m })));
  const issues = app.paper.issues.value.filter((i) => i.tone !== 'note');
  const open = (field: FieldRef) => (e: Event) => {
    e.preventDefault();
    app.nav.openField(field);
  };
  return (
    <>
      <SummaryComments />
      <ExportPanel />
      <section aria-labelledby="missing-h" class="panel">
        <h2 id="missing-h">{t.summary.missingHeading}</h2>
        {missing.length === 0 ? (
          <p>{t.summary.allDone}</p>
        ) : (
          <ul class="link-list">
            {missing.map(({ step, req }) => (
              <li>
                <a href={`#${req.field}`} onClick={open(req.field)}>
                  {step.title}: {req.label}
                </a>
              </li>
            ))}
          </ul>
        )}
        {issues.length > 0 && (
          <>
            <h3>{t.summary.checkHeading}</h3>
            <ul class="link-list">
              {issues.map((i) => (
                <li>
                  <a href={`#${i.field}`} onClick={open(i.field)}>
                    {i.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {buildOutline(d).map((section) => (
        <section class="paper-section" aria-labelledby={`sum-${section.stepId}`}>
          <SectionHeading stepId={section.stepId} title={section.title} />
          <dl>
            {section.entries.map((e) => (
              <>
                <dt>{e.label}</dt>
                <dd class={e.value === null ? 'empty' : ''}>{e.value ?? t.summary.notFilled}</dd>
              </>
            ))}
          </dl>
          {section.items && (
            <>
              <h3>{section.items.label}</h3>
              {section.items.list.length === 0 && <p class="empty">{t.summary.notFilled}</p>}
              {section.items.list.map((item) => (
                <div class="paper-item">
                  <h4>{item.heading}</h4>
                  <dl>
                    {item.entries.map((e) => (
                      <>
                        <dt>{e.label}</dt>
                        <dd class={e.value === null ? 'empty' : ''}>{e.value ?? t.summary.notFilled}</dd>
                      </>
                    ))}
                  </dl>
                </div>
              ))}
            </>
          )}
        </section>
      ))}
      <BudgetAndFit />
      <p class="muted">{t.summary.footer(STEPS.length)}</p>
    </>
  );
}

/** Budget totals as the last section of the paper (the readiness line sits with the fit check above). */
function BudgetAndFit() {
  const app = useApp();
  const b = app.paper.budget.value;
  const fit = app.paper.fit.value;
  if (!b || !fit) return null;
  return (
    <>
      <section class="paper-section" aria-labelledby="sum-budjetti">
        <SectionHeading stepId="talous" headingId="sum-budjetti" title={t.summary.budgetHeading} />
        {b.hasBudget ? (
          <dl>
            <dt>{t.budget.total}</dt>
            <dd>{formatCents(b.totalCents)}</dd>
            <dt>{t.budget.aid(`${ESR_2021_2027.aidRateBp.value / 100} %`)}</dt>
            <dd>{formatCents(b.aidCents)}</dd>
            <dt>{t.budget.selfFinancing(`${100 - ESR_2021_2027.aidRateBp.value / 100} %`)}</dt>
            <dd>{formatCents(b.selfFinancingRequiredCents)}</dd>
          </dl>
        ) : (
          <p class="empty">{t.summary.notFilled}</p>
        )}
      </section>
    </>
  );
}

/** A section's heading in the summary, with a link that opens its step for editing. */
function SectionHeading({ stepId: part, title, headingId = `sum-${part}` }: { stepId: PartId; title: string; headingId?: string }) {
  const app = useApp();
  const step = stepOfPart(part) ?? 'tarkistus';
  return (
    <h2 id={headingId}>
      {title}{' '}
      <a
        class="edit-link"
        href={formatRoute({ kind: 'draft', draftId: useDraft().id, view: step, received: app.draft.received.value })}
        onClick={(e) => {
          e.preventDefault();
          app.nav.jumpTo(step);
        }}
      >
        {t.summary.edit}
        <span class="visually-hidden"> {t.summary.editStep(title)}</span>
      </a>
    </h2>
  );
}
