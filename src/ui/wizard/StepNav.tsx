import { useApp } from '../../state';
import { t } from '../messages-wizard';
import { CommentModeToggle } from './CommentModeToggle';

/** Progress over all steps: where the user is and how complete each step is; any step opens. */
export function StepNav() {
  const app = useApp();
  const current = app.nav.stepId.value;
  const progress = app.paper.progress.value;
  const index = progress.findIndex((p) => p.step.id === current);
  const withReqs = progress.filter((p) => p.total > 0);
  const met = withReqs.reduce((n, p) => n + p.met, 0);
  const total = withReqs.reduce((n, p) => n + p.total, 0);
  const percent = total ? Math.round((met / total) * 100) : 0;
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 56rem)').matches;

  return (
    <nav class="step-nav" aria-label={t.wizard.progressLabel}>
      <p class="step-count">
        {t.wizard.stepOf(index + 1, progress.length)} · {t.wizard.percentFilled(percent)}
      </p>
      <div
        class="progress"
        role="progressbar"
        aria-label={t.wizard.progressName}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <details open={wide}>
        <summary>{t.wizard.showSteps}</summary>
        <ol class="steps">
          {progress.map((p, i) => {
            const state = p.total === 0 ? '' : p.met === p.total ? t.wizard.complete : t.wizard.partial(p.met, p.total);
            const done = p.total > 0 && p.met === p.total;
            return (
              <li>
                <button
                  type="button"
                  class={`step-link${p.step.id === current ? ' current' : ''}${done ? ' done' : ''}`}
                  aria-current={p.step.id === current ? 'step' : undefined}
                  onClick={() => app.nav.goToStep(p.step.id)}
                >
                  <span class="step-no" aria-hidden="true">
                    {done ? '✓' : i + 1}
                  </span>
                  <span class="step-title">{p.step.title}</span>
                  {state && <span class="step-state">{state}</span>}
                </button>
              </li>
            );
          })}
        </ol>
        <CommentModeToggle />
      </details>
    </nav>
  );
}
