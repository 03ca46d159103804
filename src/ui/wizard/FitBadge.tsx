import { FIT_LEVELS } from '../../domain';
import { useApp } from '../../state';
import { LevelChip } from '../components/FitCounts';
import { t } from '../messages-wizard';

/**
 * Always-visible compact summary of the fit check; opens the check. Its accessible name is its
 * visible text (WCAG 2.5.3 label in name), with the readiness line added for screen readers.
 */
export function FitBadge() {
  const app = useApp();
  const report = app.paper.fit.value;
  if (!report) return null;
  return (
    <button
      type="button"
      class={`fit-badge ${report.ready ? 'ready' : 'not-ready'}`}
      onClick={() => app.nav.jumpTo('tarkistus', '#fit-check')}
    >
      <span class="fit-badge-title">{t.fit.badgeLabel}</span>
      {FIT_LEVELS.map((l) => (
        <LevelChip level={l} count={report.counts[l]} compact />
      ))}
      <span class="visually-hidden">: {report.readinessText}</span>
    </button>
  );
}
