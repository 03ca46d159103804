/**
 * What makes an idea paper exist at all (seed): need, target group, actions, goals, expected
 * results, indicators to verify them and a draft budget. A paper with any of these empty is
 * never ready; each missing one is its own finding, and the readiness line names them.
 * One registry: the rule table, the readiness line and the PDF's "Vielä puuttuu" box read it.
 */
import type { BudgetSummary } from '../budget/types';
import type { FieldRef } from '../idea-paper/paths';
import type { Draft } from '../idea-paper/schema';
import type { FitGroup, FitLevel } from './types';
import { filled, goalsWithText, KNOWN_TARGET_GROUPS } from './rule-helpers';

/** One part the paper cannot do without. */
export interface PaperEssential {
  /** Rule id of the finding when the part is missing. */
  readonly ruleId: string;
  /** Finnish name in the readiness line, lower case ("tavoitteet"). */
  readonly name: string;
  readonly level: FitLevel;
  readonly group: FitGroup;
  readonly field: FieldRef;
  readonly title: string;
  readonly why: string;
  readonly todo: string;
  readonly present: (draft: Draft, budget: BudgetSummary) => boolean;
}

const WHY_PAPER =
  'Ideapaperi kertoo rahoittajalle ja koordinaattorille ainakin tarpeen, kohderyhmän, tavoitteet, toimenpiteet, tulokset, mittarit ja alustavan talousarvion. Ilman tätä kohtaa paperista ei voi vielä keskustella.';

/** The seven parts, in the order the readiness line names them. */
export const PAPER_ESSENTIALS: readonly PaperEssential[] = [
  {
    ruleId: 'need-missing',
    name: 'tarve',
    level: 'korjattavaa',
    group: 'content',
    field: 'need.problem',
    title: 'Tarvetta ei ole vielä kuvattu',
    why: WHY_PAPER,
    todo: 'Kerro muutamalla lauseella, mikä ongelma tai puute hankkeella korjataan ja keitä se koskee.',
    present: (d) => filled(d.need.problem),
  },
  {
    ruleId: 'target-group-missing',
    name: 'kohderyhmä',
    level: 'korjattavaa',
    group: 'content',
    field: 'targetGroup.groups',
    title: 'Kohderyhmää ei ole valittu',
    why: 'Tämä rahoitus on tarkoitettu heikommassa asemassa olevien ihmisten osallisuuden vahvistamiseen. Rahoittaja katsoo ensimmäiseksi, keitä hanke auttaa.',
    todo: 'Valitse listalta ryhmät, joihin hankkeen osallistujat kuuluvat. Voit tarkentaa kohderyhmää myös omin sanoin.',
    present: (d) => d.targetGroup.groups.some((id) => KNOWN_TARGET_GROUPS.has(id)) || filled(d.targetGroup.otherGroups),
  },
  {
    ruleId: 'goals-missing',
    name: 'tavoitteet',
    level: 'korjattavaa',
    group: 'chain',
    field: 'mainGoal',
    title: 'Tavoitteita ei ole vielä kirjoitettu',
    why: WHY_PAPER,
    todo: 'Kirjoita päätavoite: mikä on toisin, kun hanke on tehty. Lisää halutessasi osatavoitteita.',
    present: (d) => goalsWithText(d).length > 0,
  },
  {
    ruleId: 'actions-missing',
    name: 'toimenpiteet',
    level: 'korjattavaa',
    group: 'chain',
    field: 'actions',
    title: 'Toimenpiteitä ei ole vielä kirjoitettu',
    why: WHY_PAPER,
    todo: 'Lisää ainakin yksi toimenpide: mitä hankkeessa tehdään, kuka tekee ja milloin.',
    present: (d) => d.actions.some((a) => filled(a.title) || filled(a.description)),
  },
  {
    ruleId: 'results-missing',
    name: 'tulokset',
    level: 'korjattavaa',
    group: 'chain',
    field: 'results.expected',
    title: 'Odotettuja tuloksia ei ole vielä kuvattu',
    why: WHY_PAPER,
    todo: 'Kerro, mitä hankkeen lopussa on olemassa tai toisin: esimerkiksi uusi toimintatapa, osallistujien määrä tai muutos heidän arjessaan.',
    present: (d) => filled(d.results.expected),
  },
  {
    ruleId: 'indicators-missing',
    name: 'mittarit',
    level: 'korjattavaa',
    group: 'chain',
    field: 'indicators',
    title: 'Mittareita ei ole vielä lisätty',
    why: 'Rahoittaja seuraa hankkeen onnistumista mittareilla. Ilman mittaria tuloksia ei voi todentaa hankkeen lopussa.',
    todo: 'Lisää ainakin yksi mittari, esimerkiksi osallistujien määrä. Valmiista mittareista voit valita sopivan yhdellä napautuksella.',
    present: (d) => d.indicators.some((i) => filled(i.name)),
  },
  {
    ruleId: 'budget-missing',
    name: 'talousarvio',
    // The only missing part that blocks funding outright: without costs there is no aid to grant.
    level: 'este',
    group: 'money',
    field: 'budget.staff',
    title: 'Talousarviota ei ole vielä tehty',
    why: 'Rahoittaja arvioi, ovatko kustannukset kohtuullisia siihen nähden, mitä hanke tekee. Ilman arviota ei voi laskea tukea eikä omarahoitusta.',
    todo: 'Lisää talousarvioon hankkeeseen palkattavat henkilöt: kuukausipalkka, kuukaudet ja työaikaosuus. Muut kulut lasketaan niistä automaattisesti. Jos hanke suunnittelee ja kokeilee uutta toimintamallia, katso myös kertakorvausvaihtoehto.',
    // The lump sum needs no cost estimate, so it is never "missing".
    present: (_d, b) => b.hasBudget || b.costModel === 'lumpSum',
  },
];

/** Finnish names of the essential parts still missing, in registry order. */
export function missingEssentials(draft: Draft, budget: BudgetSummary): string[] {
  return PAPER_ESSENTIALS.filter((e) => !e.present(draft, budget)).map((e) => e.name);
}
