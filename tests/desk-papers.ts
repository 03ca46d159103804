/** Received papers for the desk's tests and bench: varied associations, regions, money and readiness. */
import type { Draft } from '../src/domain';
import { makeBudgetDraft, makeDraft } from './fixtures';

const ASSOCIATIONS = [
  { name: 'Kylätoiminta Testilä ry', businessId: '0827616-7' },
  { name: 'Savon Nuoret ry', businessId: '' },
  { name: 'Karjalan Kyläyhdistys ry', businessId: '' },
  { name: 'Eläkeläiset Mikkeli ry', businessId: '' },
  { name: 'Äänekosken Ässät ry', businessId: '' },
];
const REGION_SETS = [['pohjois-savo'], ['etela-savo'], ['pohjois-karjala'], ['pohjois-savo', 'etela-savo'], []];

/** Paper number `i` (0-based): a budget draft whose applicant, project, regions, salary and last change vary with i. */
export function deskPaper(i: number, overrides: { updatedAt?: string; project?: string } = {}): Draft {
  const base = makeBudgetDraft(`paper-${i}`);
  const who = ASSOCIATIONS[i % ASSOCIATIONS.length]!;
  const staff = base.budget.staff.map((s, n) =>
    n === 0 ? { ...s, monthlySalary: `${2500 + ((i * 137) % 1500)},${String(i % 100).padStart(2, '0')}` } : s,
  );
  return {
    ...base,
    updatedAt: overrides.updatedAt ?? new Date(Date.UTC(2026, 10, 1 + (i % 28), 9, i % 60)).toISOString(),
    applicant: { ...base.applicant, ...who },
    project: { ...base.project, name: overrides.project ?? `Hanke ${i + 1}`, regions: REGION_SETS[i % REGION_SETS.length]! },
    budget: { ...base.budget, staff },
  };
}

/** A paper with no budget yet: not ready, no money. */
export function unfinishedPaper(id: string, name: string): Draft {
  return makeDraft({ id, applicant: { ...makeDraft().applicant, name }, project: { ...makeDraft().project, name: `${name} – idea` } });
}
