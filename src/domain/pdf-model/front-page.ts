/**
 * Page 1 of the ideapaperi: "Hanke lyhyesti", the whole story for a coordinator who reads
 * dozens of papers. Who applies, where, when, for whom, what for, how much money, and how
 * ready the paper is. No cover page: the funder's idea template asks for two pages at most.
 * Empty values are left out here; the "Vielä puuttuu" box (missing-box.ts) names them.
 */
import type { BudgetRules } from '../budget/rules/types';
import type { BudgetSummary } from '../budget/types';
import { FIT_LEVEL_TITLES, FIT_LEVELS, type FitReport } from '../fit-check/types';
import { filled, monthLabel, MONTH_SHAPE, projectMonths } from '../fit-check/rule-helpers';
import { fieldName, FIELDS } from '../idea-paper/fields';
import { labelOf, LEGAL_FORMS, PUBLIC_LAW_FORMS, REGIONS, TARGET_GROUPS } from '../idea-paper/options';
import type { Draft } from '../idea-paper/schema';
import { formatCents, formatRate } from '../money/cents';
import { helsinkiTime } from '../time/helsinki';
import type { PdfBlock } from './model';

/** Title of page 1 (also the name of the project-in-brief part). */
export const FRONT_TITLE = 'Hanke lyhyesti';
/** The line under the project name. */
export const FRONT_SUBTITLE = 'Ideapaperi · ESR+ 4.3 kansalaistoimijalähtöinen kehittäminen · Luonnos, ei virallinen hakemus';
/** Name used for a project that has no name yet. */
export const UNNAMED_PROJECT = 'Nimetön luonnos';

const joinFilled = (parts: readonly string[], sep = ', ') => parts.filter(filled).join(sep);
const month = (m: string) => (MONTH_SHAPE.test(m) ? monthLabel(m) : m.trim());

/** The key figures as the budget step shows them, one per row; labels carry the rates of the rule set. */
export function keyFigureRows(budget: BudgetSummary, rules: BudgetRules, publicLaw = false): (readonly [string, string])[] {
  const aid = formatRate(rules.aidRateBp.value);
  const self = formatRate(10_000 - rules.aidRateBp.value);
  const money = (c: number) => formatCents(c);
  const coverage =
    budget.coverage.kind === 'short'
      ? `puuttuu ${money(budget.coverage.differenceCents)}`
      : budget.coverage.kind === 'over'
        ? `katettu, ${money(budget.coverage.differenceCents)} yli`
        : 'katettu';
  return [
    ['Kustannukset yhteensä', money(budget.totalCents)],
    [`Tuki ${aid}`, money(budget.aidCents)],
    [`Omarahoitus ${self}`, money(budget.selfFinancingRequiredCents)],
    [`Omarahoitusta suunnitelmassa (${coverage})`, money(budget.sourcesTotalCents)],
    // Domain §5: a public-law applicant normally gets an advance only for a special reason.
    [
      `Ennakko enintään (${formatRate(rules.advanceMaxBp.value)} tuesta${publicLaw ? '; julkisoikeudellinen hakija vain erityisestä syystä' : ''})`,
      money(budget.maxAdvanceCents),
    ],
  ];
}

/** Page 1 blocks: title, facts, summary, key figures, readiness, date and version. */
export function frontPageBlocks(
  draft: Draft,
  budget: BudgetSummary,
  fit: FitReport,
  rules: BudgetRules,
  exported: { readonly date: string; readonly version: string },
): PdfBlock[] {
  const { applicant: a, project: p, targetGroup: tg } = draft;
  const legalForm = a.legalForm ? labelOf(LEGAL_FORMS, a.legalForm) : '';
  const months = projectMonths(draft);
  const period = filled(p.startMonth) || filled(p.endMonth) ? `${month(p.startMonth) || '?'}–${month(p.endMonth) || '?'}` : '';
  const groups = [...tg.groups.map((g) => labelOf(TARGET_GROUPS, g)), tg.otherGroups];
  const rows: { key: string; value: string }[] = [
    { key: 'Hakija', value: joinFilled([a.name, legalForm, filled(a.businessId) ? `Y-tunnus ${a.businessId}` : '']) },
    { key: 'Yhteyshenkilö', value: joinFilled([a.contactPerson, a.email, a.phone]) },
    {
      key: 'Alue',
      value: joinFilled(
        [p.regions.map((r) => labelOf(REGIONS, r)).join(', '), filled(p.municipalities) ? `kunnat: ${p.municipalities}` : ''],
        '; ',
      ),
    },
    { key: 'Kesto', value: period && months !== null ? `${period} (${months} kk)` : period },
    { key: 'Kohderyhmä', value: joinFilled(groups, '; ') },
    { key: fieldName('targetGroup.participantCount'), value: tg.participantCount },
    { key: FIELDS.mainGoal.label, value: draft.mainGoal },
  ].filter((r) => filled(r.value));

  const counts = FIT_LEVELS.map((level) => `${FIT_LEVEL_TITLES[level]} ${fit.counts[level]}`).join(' · ');
  const hasMoney = budget.hasBudget || budget.costModel === 'lumpSum';
  return [
    { kind: 'title', text: filled(p.name) ? p.name : UNNAMED_PROJECT, subtitle: FRONT_SUBTITLE },
    ...(rows.length ? [{ kind: 'keyValue' as const, rows }] : []),
    // The summary follows the facts as a plain paragraph: a heading would only cost a line.
    ...(filled(p.summary) ? [paragraph(p.summary)] : []),
    ...(hasMoney
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: 'Avainluvut', width: 0.7 },
              { header: 'Euroa', width: 0.3, align: 'right' as const },
            ],
            rows: keyFigureRows(budget, rules, (PUBLIC_LAW_FORMS as readonly string[]).includes(a.legalForm)),
          },
        ]
      : []),
    {
      kind: 'notice',
      tone: fit.ready ? 'ready' : 'attention',
      title: fit.readinessText,
      lines: [`Sopivuuden tarkistus: ${counts}`, `Päivämäärä ${exported.date} · Luonnoksen versio: ${exported.version}`],
    },
  ];
}

function paragraph(text: string, tone?: 'muted'): PdfBlock {
  return { kind: 'paragraph', text, ...(tone ? { tone } : {}) };
}

/** "muokattu 28.11.2026 klo 14.32" in Finnish time; an unreadable stamp as it is. */
export function versionText(updatedAt: string): string {
  const t = helsinkiTime(updatedAt);
  if (!t) return updatedAt.trim() ? updatedAt : '?';
  return `muokattu ${t.day}.${t.month}.${t.year} klo ${t.hour}.${String(t.minute).padStart(2, '0')}`;
}
