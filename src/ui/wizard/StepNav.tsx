import { useEffect, useRef } from 'preact/hooks';
import { stepCommentCounts, type StepCommentCount } from '../../domain';
import { useApp } from '../../state';
import { t } from '../messages-wizard';
import { CommentModeToggle } from './CommentModeToggle';
import { useDraftMemo } from '../components/use-draft';
import { SidePageEstimate } from './PageEstimate';

const NO_COUNTS: ReadonlyMap<string, StepCommentCount> = new Map();

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
  const visited = app.local.state.value.visited ?? [];
  // Where the coordinator's comments are, on both sides of the exchange.
  const comments = useDraftMemo(stepCommentCounts, NO_COUNTS, []);
  const details = useRef<HTMLDetailsElement>(null);
  // On a phone the list closes once a step is chosen, so the new step's heading is in view.
  useEffect(() => {
    if (!wide && details.current) details.current.open = false;
  }, [app.nav.stepChangeCount.value]);

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
      <details open={wide} ref={details}>
        <summary>
          {/* On a phone the count lives here, so progress takes one line. */}
          <span class="step-count-short">
            {t.wizard.stepOf(index + 1, progress.length)} · {percent} %
          </span>{' '}
          {t.wizard.showSteps}
        </summary>
        {/* With the steps: beside them on a wide screen, in the opened list on a phone (the header stays small). */}
        <SidePageEstimate />
        <ol class="steps">
          {progress.map((p, i) => {
            // A step the user has not been on yet is neutral "kesken", not a row of red counts.
            const seen = visited.includes(p.step.id) || p.met > 0;
            const state =
              p.total === 0 ? '' : p.met === p.total ? t.wizard.complete : seen ? t.wizard.partial(p.met, p.total) : t.wizard.notStarted;
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
                  <StepComments count={comments.get(p.step.id)} />
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

/** "2 kommenttia, 1 avoinna" beside a step that has comments. */
function StepComments({ count }: { count: StepCommentCount | undefined }) {
  if (!count) return null;
  return (
    <span class={`step-comments${count.open > 0 ? ' has-open' : ''}`} data-comments={count.all} data-open={count.open}>
      {t.comments.stepCount(count.all, count.open)}
    </span>
  );
}
