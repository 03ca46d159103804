/**
 * The "Alustava kustannusarvio" section of the PDF: the figures of calculateBudget() laid
 * out for a coordinator. Every rate in a label comes from the rule set, so a revised rate
 * changes the PDF without touching this file; every amount goes through formatCents.
 */
import { ESR_2021_2027 } from '../budget/rules/esr-2021-2027';
import type { BudgetRules } from '../budget/rules/types';
import type { BudgetSummary, Coverage } from '../budget/types';
import { FINANCING_SOURCES } from '../idea-paper/options';
import type { Draft } from '../idea-paper/schema';
import { filled } from '../fit-check/rule-helpers';
import { partTitle } from '../idea-paper/parts';
import { formatCents, formatRate } from '../money/cents';
import { NOT_FILLED, type PdfBlock } from './model';

/** Title of the budget section: the part's own title. */
export const BUDGET_SECTION_TITLE = partTitle('talous');

const PLAIN = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });
const DASH = '–';

const heading = (level: 1 | 2 | 3, text: string): PdfBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string, tone?: 'muted'): PdfBlock => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });
const money = (cents: number) => formatCents(cents);
const right = (header: string, width: number) => ({ header, width, align: 'right' as const });
const left = (header: string, width: number) => ({ header, width });

/** Blocks of the budget section, heading included; nothing when neither costs nor financing are entered. */
export function budgetBlocks(draft: Draft, budget: BudgetSummary, rules: BudgetRules = ESR_2021_2027): PdfBlock[] {
  const lumpSum = budget.costModel === 'lumpSum';
  const anySource = FINANCING_SOURCES.some(({ id }) => filled(draft.budget.financing[id].amount));
  if (!budget.hasBudget && !lumpSum && !anySource) return [];
  const flat = formatRate(rules.flatRateBp.value);
  const lumpSumText = formatCents(rules.lumpSumCents.value, { dropZeroCents: true });
  const model = lumpSum
    ? `Kustannusmalli: kertakorvaus ${lumpSumText} (toimintamallin suunnittelu ja pilotointi; eriteltyä kustannusarviota ei tarvita).`
    : `Flat rate ${flat}: muut kulut (tilat, matkat, materiaalit, viestintä) ovat ${flat} henkilöstökustannuksista.`;
  return [
    heading(1, BUDGET_SECTION_TITLE),
    paragraph(`${model} Luvut ovat arvio (${rules.name}); hakuilmoitus vahvistaa ehdot.`, 'muted'),
    ...(lumpSum ? lumpSumBlocks(budget) : flatRateBlocks(draft, budget, rules)),
    ...problemBlocks(budget),
    ...financingBlocks(draft, budget),
  ];
}

/** Staff table, other costs as the flat rate, totals and the split by calendar year. */
function flatRateBlocks(draft: Draft, budget: BudgetSummary, rules: BudgetRules): PdfBlock[] {
  const flat = formatRate(rules.flatRateBp.value);
  const staff: PdfBlock =
    budget.staff.length === 0
      ? paragraph(NOT_FILLED, 'muted')
      : {
          kind: 'table',
          // Widths keep an amount on one line (a wrapped "721 617," / "57 €" reads as a wrong
          // figure): up to 999 999,99 € in bold in Palkka and Sivukulut, 9 999 999,99 € in Yhteensä.
          columns: [
            left('Tehtävä', 0.18),
            right('Palkka/kk', 0.13),
            right('Kk', 0.07),
            right('Osuus', 0.09),
            right('Palkka', 0.17),
            right(`Sivukulut ${formatRate(rules.sideCostRateBp.value)}`, 0.17),
            right('Yhteensä', 0.19),
          ],
          rows: budget.staff.map((line) => [
            line.role.trim() ? line.role : DASH,
            line.monthlySalaryCents === null ? DASH : money(line.monthlySalaryCents),
            line.months === null ? DASH : PLAIN.format(line.months),
            line.sharePercent === null ? DASH : `${PLAIN.format(line.sharePercent)}\u00a0%`,
            money(line.paidSalaryCents),
            money(line.sideCostsCents),
            money(line.totalCents),
          ]),
          footer: [
            'Yhteensä',
            '',
            '',
            '',
            money(sum(budget.staff.map((l) => l.paidSalaryCents))),
            money(sum(budget.staff.map((l) => l.sideCostsCents))),
            money(budget.staffCostsCents),
          ],
        };
  const totals: PdfBlock =
    budget.years.length === 0
      ? {
          kind: 'keyValue',
          rows: [
            { key: 'Henkilöstökustannukset', value: money(budget.staffCostsCents) },
            { key: `Muut kustannukset (flat rate ${flat})`, value: money(budget.flatRateCents) },
            { key: 'Kustannukset yhteensä', value: money(budget.totalCents) },
          ],
        }
      : {
          kind: 'table',
          columns: [left('Vuosi', 0.16), right('Henkilöstö', 0.28), right(`Flat rate ${flat}`, 0.28), right('Yhteensä', 0.28)],
          rows: budget.years.map((y) => [String(y.year), money(y.staffCents), money(y.flatRateCents), money(y.totalCents)]),
          footer: ['Yhteensä', money(budget.staffCostsCents), money(budget.flatRateCents), money(budget.totalCents)],
        };
  return [
    { kind: 'keep', blocks: [heading(2, 'Henkilöstö'), staff] },
    ...(filled(draft.budget.staffNote) ? [paragraph(draft.budget.staffNote)] : []),
    // The year table explains itself (its first column is the year); the key–value fallback gets a heading.
    ...(budget.years.length ? [totals] : [{ kind: 'keep' as const, blocks: [heading(2, 'Kustannukset'), totals] }]),
  ];
}

/** The lump sum: no itemised budget, just the sum. */
function lumpSumBlocks(budget: BudgetSummary): PdfBlock[] {
  return [{ kind: 'keyValue', rows: [{ key: 'Kustannukset yhteensä (kertakorvaus)', value: money(budget.totalCents) }] }];
}

/** What the calculation could not read: the figures above leave those inputs out. */
function problemBlocks(budget: BudgetSummary): PdfBlock[] {
  if (budget.problems.length === 0) return [];
  return [heading(3, 'Tarkistettavaa laskelmassa'), { kind: 'list', items: budget.problems.map((p) => p.message) }];
}

/**
 * Where the self-financing comes from: each source entered and the coverage. Aid, the share
 * and the advance stand in the key figures on page 1 and are not repeated here.
 */
function financingBlocks(draft: Draft, budget: BudgetSummary): PdfBlock[] {
  const sources = FINANCING_SOURCES.flatMap(({ id, label }) => {
    const entry = draft.budget.financing[id];
    if (!filled(entry.amount)) return [];
    const cents = budget.sources.find((s) => s.id === id)?.cents ?? 0;
    const typedPct = entry.unit === 'pct' ? ` (${entry.amount.trim()}\u00a0% kustannuksista)` : '';
    return [{ key: label, value: `${money(cents)}${typedPct}` }];
  });
  // One sentence: the share and the coverage stand in the key figures on page 1 already.
  const covered = budget.hasBudget || budget.costModel === 'lumpSum' ? ` ${coverageText(budget.coverage)}` : '';
  const list = sources.map((r) => `${r.key} ${r.value}`).join(', ');
  return [
    heading(2, 'Omarahoitus'),
    paragraph(
      sources.length
        ? `Lähteet: ${list}; yhteensä ${money(budget.sourcesTotalCents)}.${covered}`
        : `Omarahoituksen lähteitä ei ole vielä merkitty.${covered}`,
    ),
    ...(filled(draft.budget.financingNote)
      ? [{ kind: 'heading' as const, level: 3 as const, text: 'Omarahoituksen kokoaminen' }, paragraph(draft.budget.financingNote)]
      : []),
  ];
}

/** Whether the sources cover the required self-financing, in one sentence. */
function coverageText(coverage: Coverage): string {
  switch (coverage.kind) {
    case 'short':
      return `Omarahoituksesta puuttuu vielä ${money(coverage.differenceCents)}.`;
    case 'exact':
      return 'Lähteet kattavat omarahoituksen täsmälleen.';
    case 'over':
      return `Lähteitä on ${money(coverage.differenceCents)} enemmän kuin omarahoitus edellyttää.`;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
