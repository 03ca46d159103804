/**
 * The fit check's rules as one declarative table. Each rule has an id, a level and a group,
 * and returns its findings with a Finnish reason (why the funder cares) and a concrete step.
 * The rules live by group (rules-eligibility.ts, rules-content.ts, rules-plan.ts, and money and
 * principles below); the order here is the order the view lists findings within a level. To add
 * a rule: add an entry to its group and a triggering / non-triggering case to
 * tests/domain/fit-check.test.ts.
 */
import { PRINCIPLES } from '../idea-paper/options';
import { filled, euros } from './rule-helpers';
import { defineRule, essentialRule, type FitRule } from './rule-kit';
import { CONTENT_RULES } from './rules-content';
import { ELIGIBILITY_RULES } from './rules-eligibility';
import { PLAN_RULES } from './rules-plan';

export { findStemWord, looksMeasurable, suggestEmphases } from './rule-helpers';
export type { FitContext, FitRule } from './rule-kit';

/** All rules of the ESR+ 4.3 fit check. */
export const FIT_RULES: readonly FitRule[] = [
  ...ELIGIBILITY_RULES,
  ...CONTENT_RULES,
  ...PLAN_RULES,
  // --- Rahoitus ----------------------------------------------------------------------------
  essentialRule('budget-missing'),

  defineRule('self-financing-short', 'este', 'money', ({ budget, rules }) => {
    if (!budget.hasBudget || budget.coverage.kind !== 'short') return [];
    // The sign convention of differenceCents is the budget module's; the gap is its size.
    const gap = Math.abs(budget.coverage.differenceCents);
    const aid = rules.aidRateBp.value / 100;
    return [
      {
        title: `Omarahoituksesta puuttuu ${euros(gap)}`,
        why: `Tuki kattaa ${aid} % kustannuksista, ja loput ${100 - aid} % eli ${euros(budget.selfFinancingRequiredCents)} on hakijan omarahoitusta. Rahoitussuunnitelmassa sitä on nyt ${euros(budget.sourcesTotalCents)}. Rahoittaja ei voi myöntää tukea, jos omarahoitus ei ole katettu.`,
        todo: `Lisää rahoitussuunnitelmaan puuttuvat ${euros(gap)}. Omarahoitukseksi käyvät yhdistyksen omat varat, kunnan rahoitus, muu julkinen rahoitus ja yksityinen rahoitus. Toinen keino on pienentää talousarviota. Koordinaattori auttaa miettimään, mistä omarahoitus kootaan.`,
        field: 'budget.financing',
      },
    ];
  }),

  // --- Läpileikkaavat periaatteet -----------------------------------------------------
  defineRule('principle-empty', 'korjattavaa', 'principles', ({ draft }) =>
    PRINCIPLES.filter((p) => !filled(draft.principles[p.id])).map((p) => ({
      title: `${p.label}: ei vielä kuvattu`,
      why: 'Rahoittaja katsoo jokaisesta hankkeesta samat läpileikkaavat periaatteet, ja osa niistä pisteytetään. Tyhjä kohta näyttää helposti siltä, ettei asiaa ole mietitty.',
      todo: 'Kirjoita pari lausetta siitä, miten periaate näkyy hankkeessanne. Jos se ei koske hanketta, kerro se lyhyesti ja perustele.',
      field: `principles.${p.id}`,
    })),
  ),
];
