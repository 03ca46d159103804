import { FIT_LEVELS, type FitLevel } from '../../domain';
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
  const tools = app.tools.value;
  if (!report || !tools) return null;
  // An empty draft is not red: a step's findings count once the user has been there, and all of
  // them once she has opened the check itself.
  const visited = new Set(app.local.state.value.visited ?? []);
  const all = visited.has('tarkistus');
  const counted = report.findings.filter((f) => all || visited.has(tools.stepOfField(f.field)));
  const counts = Object.fromEntries(FIT_LEVELS.map((l) => [l, counted.filter((f) => f.level === l).length])) as Record<FitLevel, number>;
  const waiting = report.findings.length - counted.length;
  // Red only for what it counts: with nothing counted yet (the rest waits in unvisited steps) the
  // border stays neutral instead of framing three zeros in red.
  const tone = report.ready ? 'ready' : counted.some((f) => f.level !== 'vinkki') ? 'not-ready' : 'pending';
  return (
    <button type="button" class={`fit-badge ${tone}`} data-tone={tone} onClick={() => app.nav.jumpTo('tarkistus', '#fit-check')}>
      <span class="fit-badge-title">{t.fit.badgeLabel}</span>
      {FIT_LEVELS.map((l) => (
        <LevelChip level={l} count={counts[l]} compact />
      ))}
      <span class="visually-hidden">
        : {report.readinessText}
        {waiting > 0 && ` ${t.fit.waitingFindings(waiting)}`}
      </span>
    </button>
  );
}
