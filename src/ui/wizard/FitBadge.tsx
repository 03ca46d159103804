import { FIT_LEVEL_TITLES, FIT_LEVELS } from '../../domain';
import { useApp } from '../../state';
import { t } from '../messages-wizard';
import { LevelChip } from '../components/FitCounts';

/** Always-visible compact summary of the fit check; opens the check. */
export function FitBadge() {
  const app = useApp();
  const report = app.paper.fit.value;
  if (!report) return null;
  const label = `${t.fit.badgeLabel}: ${report.readinessText}. ${FIT_LEVELS.map((l) => `${FIT_LEVEL_TITLES[l]} ${report.counts[l]}`).join(', ')}`;
  return (
    <button
      type="button"
      class={`fit-badge ${report.ready ? 'ready' : 'not-ready'}`}
      aria-label={label}
      onClick={() => app.nav.goToStep('sopivuus', '#fit-check')}
    >
      <span class="fit-badge-title">{t.fit.badgeLabel}</span>
      {FIT_LEVELS.map((l) => (
        <LevelChip level={l} count={report.counts[l]} compact />
      ))}
    </button>
  );
}
