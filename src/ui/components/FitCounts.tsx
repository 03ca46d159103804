import { FIT_LEVEL_TITLES, FIT_LEVELS, type FitLevel } from '../../domain';

/** One level's chip: "Esteet: 2" (or the count only, for the compact badge). */
export function LevelChip({ level, count, compact = false }: { level: FitLevel; count: number; compact?: boolean }) {
  return (
    <span class={`level-chip ${level}`}>
      {FIT_LEVEL_TITLES[level]}
      {compact ? ' ' : ': '}
      {/* As text: Preact writes a number 0 into the DOM again on every render (its falsy props),
          which makes the browser lay out and repaint the chip each time the fit check updates. */}
      {String(count)}
    </span>
  );
}

/** The readiness line's counts of este / korjattavaa / vinkki. */
export function FitCounts({ counts }: { counts: Readonly<Record<FitLevel, number>> }) {
  return (
    <p class="fit-counts">
      {FIT_LEVELS.map((level) => (
        <LevelChip level={level} count={counts[level]} />
      ))}
    </p>
  );
}
