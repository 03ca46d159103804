import { FIT_LEVEL_TITLES, groupFindings } from '../../../domain';
import { useApp } from '../../../state';
import { t } from '../../messages-wizard';
import { FitCounts } from '../../components/FitCounts';

/** The readiness view: findings grouped the way the funder judges, each a link to its field. */
export function FitReportView() {
  const app = useApp();
  const report = app.paper.fit.value!;
  return (
    <section class="fit-report" id="fit-check" aria-labelledby="fit-check-h" data-ready={String(report.ready)}>
      <h2 id="fit-check-h" class="section-title">
        {t.fit.heading}
      </h2>
      <p class={`readiness ${report.ready ? 'ready' : 'not-ready'}`} role="status">
        {report.readinessText}
      </p>
      <FitCounts counts={report.counts} />
      <p class="help">{t.fit.explainLevels}</p>
      {groupFindings(report.findings).map((group) => (
        <section class="fit-group" aria-labelledby={`fit-${group.group}`}>
          <h3 id={`fit-${group.group}`}>{group.title}</h3>
          {group.findings.length === 0 ? (
            // An empty part always has a finding of its own (essentials.ts), so no findings means done.
            <p class="ok-line">{t.fit.groupOk}</p>
          ) : (
            <ul class="findings">
              {group.findings.map((f) => (
                <li class={`finding ${f.level}`} data-rule={f.ruleId} data-level={f.level}>
                  <p class="finding-title">
                    <span class={`level-chip ${f.level}`}>{FIT_LEVEL_TITLES[f.level]}</span>{' '}
                    <a
                      href={`#${f.field}`}
                      onClick={(e) => {
                        e.preventDefault();
                        app.nav.openField(f.field);
                      }}
                    >
                      {f.title}
                    </a>
                  </p>
                  <p>
                    <strong>{t.fit.why}</strong> {f.why}
                  </p>
                  <p>
                    <strong>{t.fit.todo}</strong> {f.todo}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
