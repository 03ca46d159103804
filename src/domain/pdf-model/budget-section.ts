/**
 * The "Alustava kustannusarvio" section of the PDF: the figures of calculateBudget() laid
 * out for a coordinator. Every rate in a label comes from the rule set, so a revised rate
 * changes the PDF without touching this file; every amount goes through formatCents.
 */
import { ESR_2021_2027 } from '../budget/rules/esr-2021-2027';
import type { BudgetRules } from '../budget/rules/types';
import type { BudgetSummary, Coverage } from '../budget/types';
import { FINANCING_SOURCES, PUBLIC_LAW_FORMS } from '../idea-paper/options';
import type { Draft } from '../idea-paper/schema';
import { formatCents, formatRate } from '../money/cents';
import { NOT_FILLED, type PdfBlock } from './model';

/** Title of the budget section. */
export const BUDGET_SECTION_TITLE = 'Alustava kustannusarvio';

const PLAIN = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });
const DASH = '–';

const heading = (level: 1 | 2 | 3, text: string): PdfBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string, tone?: 'muted' | 'empty'): PdfBlock => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });
const money = (cents: number) => formatCents(cents);
const right = (header: string, width: number) => ({ header, width, align: 'right' as const });
const left = (header: string, width: number) => ({ header, width });

/** Blocks of the budget section, heading included. */
export function budgetBlocks(draft: Draft, budget: BudgetSummary, rules: BudgetRules = ESR_2021_2027): PdfBlock[] {
  const flat = formatRate(rules.flatRateBp.value);
  const lumpSum = formatCents(rules.lumpSumCents.value, { dropZeroCents: true });
  const model =
    budget.costModel === 'lumpSum'
      ? `Kertakorvaus ${lumpSum} (toimintamallin suunnittelu ja pilotointi)`
      : `Flat rate ${flat} (palkkakustannukset + ${flat} muihin kuluihin)`;
  return [
    heading(1, BUDGET_SECTION_TITLE),
    { kind: 'keyValue', rows: [{ key: 'Kustannusmalli', value: model }] },
    paragraph(`Laskettu säännöillä: ${rules.name}. Luvut ovat arvio; hakuilmoitus ja rahoittaja vahvistavat lopulliset ehdot.`, 'muted'),
    ...(budget.costModel === 'lumpSum' ? lumpSumBlocks(budget, lumpSum) : flatRateBlocks(budget, rules)),
    ...problemBlocks(budget),
    ...financingBlocks(draft, budget, rules),
  ];
}

/** Staff table, other costs as the flat rate, totals and the split by calendar year. */
function flatRateBlocks(budget: BudgetSummary, rules: BudgetRules): PdfBlock[] {
  const flat = formatRate(rules.flatRateBp.value);
  const staff: PdfBlock =
    budget.staff.length === 0
      ? paragraph(NOT_FILLED, 'empty')
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
  const years: PdfBlock =
    budget.years.length === 0
      ? paragraph('Vuosijako näkyy, kun hankkeen alkamis- ja päättymiskuukausi on annettu.', 'empty')
      : {
          kind: 'table',
          columns: [left('Vuosi', 0.16), right('Henkilöstö', 0.28), right(`Flat rate ${flat}`, 0.28), right('Yhteensä', 0.28)],
          rows: budget.years.map((y) => [String(y.year), money(y.staffCents), money(y.flatRateCents), money(y.totalCents)]),
          footer: ['Yhteensä', money(budget.staffCostsCents), money(budget.flatRateCents), money(budget.totalCents)],
        };
  return [
    heading(2, 'Henkilöstö'),
    staff,
    heading(2, 'Kustannukset'),
    {
      kind: 'keyValue',
      rows: [
        { key: 'Henkilöstökustannukset', value: money(budget.staffCostsCents) },
        { key: `Muut kustannukset (flat rate ${flat})`, value: money(budget.flatRateCents) },
        { key: 'Kustannukset yhteensä', value: money(budget.totalCents) },
      ],
    },
    paragraph(
      `Muut kustannukset ovat ${flat} henkilöstökustannuksista, ja ne kattavat kaikki muut hankkeen kulut, ` +
        'kuten tilat, matkat, materiaalit ja viestinnän, joten niitä ei eritellä eikä niistä tarvitse esittää kuitteja.',
    ),
    heading(2, 'Kustannukset vuosittain'),
    years,
  ];
}

/** The lump sum: no itemised budget, just the sum. */
function lumpSumBlocks(budget: BudgetSummary, lumpSum: string): PdfBlock[] {
  return [
    paragraph(
      `Hanke käyttää vakioitua kertakorvausta (${lumpSum}) osallisuutta edistävän toimintamallin suunnitteluun ` +
        'ja pilotointiin. Silloin eriteltyä kustannusarviota ei tarvita.',
    ),
    {
      kind: 'keyValue',
      rows: [
        { key: 'Kertakorvaus', value: money(budget.totalCents) },
        { key: 'Kustannukset yhteensä', value: money(budget.totalCents) },
      ],
    },
  ];
}

/** What the calculation could not read: the figures above leave those inputs out. */
function problemBlocks(budget: BudgetSummary): PdfBlock[] {
  if (budget.problems.length === 0) return [];
  return [heading(3, 'Tarkistettavaa laskelmassa'), { kind: 'list', items: budget.problems.map((p) => p.message) }];
}

/** Aid and self-financing, the sources, coverage and the maximum advance with its basis. */
function financingBlocks(draft: Draft, budget: BudgetSummary, rules: BudgetRules): PdfBlock[] {
  const advance = formatRate(rules.advanceMaxBp.value);
  const sources = FINANCING_SOURCES.map(({ id, label }) => {
    const entry = draft.budget.financing[id];
    const cents = budget.sources.find((s) => s.id === id)?.cents ?? 0;
    const typedPct = entry.unit === 'pct' ? ` (${entry.amount.trim()}\u00a0% kustannuksista)` : '';
    return { key: label, value: entry.amount.trim() ? `${money(cents)}${typedPct}` : null };
  });
  const publicLaw = (PUBLIC_LAW_FORMS as readonly string[]).includes(draft.applicant.legalForm);
  return [
    heading(2, 'Rahoitussuunnitelma'),
    {
      kind: 'keyValue',
      rows: [
        { key: `Tuki ${formatRate(rules.aidRateBp.value)}`, value: money(budget.aidCents) },
        { key: `Omarahoitus ${formatRate(10_000 - rules.aidRateBp.value)}`, value: money(budget.selfFinancingRequiredCents) },
      ],
    },
    heading(3, 'Omarahoituksen lähteet'),
    {
      kind: 'keyValue',
      rows: [
        ...sources,
        { key: 'Lähteet yhteensä', value: money(budget.sourcesTotalCents) },
        // Without costs there is nothing to cover: "exactly covered" would be misleading.
        { key: 'Kattavuus', value: budget.hasBudget ? coverageText(budget.coverage) : null },
      ],
    },
    heading(3, 'Ennakko'),
    { kind: 'keyValue', rows: [{ key: `Ennakko enintään (${advance} tuesta)`, value: money(budget.maxAdvanceCents) }] },
    paragraph(
      `Ennakko on enintään ${advance} myönnetystä tuesta. Se maksetaan kerran, ja se vähennetään ` +
        `${advance}:n osuutena jokaisesta maksatuksesta. ` +
        (publicLaw
          ? 'Hakija on julkisoikeudellinen, joten se saa ennakkoa vain erityisestä syystä.'
          : 'Julkisoikeudellinen hakija, kuten kunta tai seurakunta, saa ennakkoa vain erityisestä syystä.'),
    ),
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
