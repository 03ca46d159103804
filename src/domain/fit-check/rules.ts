/**
 * The fit check's rules as one declarative table. Each rule has an id, a level and a group,
 * and returns its findings with a Finnish reason (why the funder cares) and a concrete step.
 * To add a rule: add an entry to FIT_RULES and a triggering / non-triggering case to
 * tests/domain/fit-check.test.ts.
 */
import type { BudgetRules } from '../budget/rules/types';
import type { BudgetSummary } from '../budget/types';
import { EMPHASES, LEGAL_FORMS, PRINCIPLES } from '../idea-paper/options';
import type { Draft } from '../idea-paper/schema';
import type { FitConfig } from './config';
import { PAPER_ESSENTIALS } from './essentials';
import type { FitFinding, FitGroup, FitLevel } from './types';
import {
  filled,
  quote,
  euros,
  goalsWithText,
  looksMeasurable,
  projectMonths,
  AREA_NAMES,
  KNOWN_REGIONS,
  KNOWN_TARGET_GROUPS,
  LOI_IN_SIGHT,
  MONTH_SHAPE,
  monthLabel,
  suggestEmphases,
} from './rule-helpers';

export { findStemWord, looksMeasurable, suggestEmphases } from './rule-helpers';

/** What a rule looks at. */
export interface FitContext {
  readonly draft: Draft;
  readonly budget: BudgetSummary;
  readonly config: FitConfig;
  readonly rules: BudgetRules;
}

/** One row of the rule table. */
export interface FitRule {
  readonly id: string;
  readonly level: FitLevel;
  readonly group: FitGroup;
  readonly check: (ctx: FitContext) => FitFinding[];
}

type FindingText = Pick<FitFinding, 'title' | 'why' | 'todo' | 'field'>;

/** The finding of an essential part of the paper when it is missing (see essentials.ts). */
function essentialRule(ruleId: string): FitRule {
  const e = PAPER_ESSENTIALS.find((x) => x.ruleId === ruleId);
  if (!e) throw new Error(`Unknown essential part: ${ruleId}`);
  return defineRule(e.ruleId, e.level, e.group, ({ draft, budget }) =>
    e.present(draft, budget) ? [] : [{ title: e.title, why: e.why, todo: e.todo, field: e.field }],
  );
}

/** Builds a rule whose findings all carry its id, level and group (they cannot drift apart). */
function defineRule(id: string, level: FitLevel, group: FitGroup, find: (ctx: FitContext) => FindingText[]): FitRule {
  return { id, level, group, check: (ctx) => find(ctx).map((t) => ({ ruleId: id, level, group, ...t })) };
}

// ---------------------------------------------------------------------------------------
// The rule table, in the order the view lists findings within a level.
// ---------------------------------------------------------------------------------------

const ELIGIBILITY_WHY =
  'Tätä rahoitusta voi saada vain oikeushenkilö, esimerkiksi rekisteröity yhdistys, säätiö, osuuskunta, yritys tai kunta. Rahoittaja ei voi ottaa käsittelyyn hakemusta, jonka hakija ei täytä tätä ehtoa.';

/** What to do, per ineligible legal form: a sole trader and an unregistered association have different ways out. */
const INELIGIBLE_TODO: Readonly<Record<string, string>> = {
  toiminimi:
    'Toiminimi eli yksityinen elinkeinonharjoittaja ei ole oikeushenkilö. Jos hakijaksi tulee yhdistys tai muu yhteisö, valitse sen oikeudellinen muoto. Muuten kysykää koordinaattorilta, voisiko jokin yhdistys tai muu kelpoinen toimija hakea ja te olla mukana yhteistyössä.',
  rekisteroimaton:
    'Yhdistyksestä tulee oikeushenkilö, kun se merkitään Patentti- ja rekisterihallituksen yhdistysrekisteriin. Jos yhdistys on jo rekisteröity, valitse muodoksi ”Rekisteröity yhdistys (ry)”. Voitte myös kysyä koordinaattorilta, voisiko jokin rekisteröity toimija hakea ja te olla mukana kumppanina.',
};

/** All rules of the ESR+ 4.3 fit check. */
export const FIT_RULES: readonly FitRule[] = [
  // --- Kelpoisuus ja hakuehdot ---------------------------------------------------------
  defineRule('applicant-missing', 'korjattavaa', 'eligibility', ({ draft }) => {
    const why = 'Rahoittaja tarkistaa ensimmäiseksi, kuka hakee ja voiko hakija saada tätä rahoitusta.';
    const out: FindingText[] = [];
    if (!filled(draft.applicant.name))
      out.push({ title: 'Hakijan nimi puuttuu', why, todo: 'Kirjoita hakijan virallinen nimi.', field: 'applicant.name' });
    if (draft.applicant.legalForm === '')
      out.push({
        title: 'Hakijan oikeudellista muotoa ei ole valittu',
        why,
        todo: 'Valitse hakijan muoto, esimerkiksi rekisteröity yhdistys.',
        field: 'applicant.legalForm',
      });
    return out;
  }),

  defineRule('legal-form-ineligible', 'este', 'eligibility', ({ draft }) => {
    const form = LEGAL_FORMS.find((f) => f.id === draft.applicant.legalForm);
    if (!form || form.eligible) return [];
    return [
      {
        title: `${form.label} ei voi olla hakijana`,
        why: ELIGIBILITY_WHY,
        todo: INELIGIBLE_TODO[form.id] ?? 'Kysykää koordinaattorilta, kuka voisi olla hankkeen hakija.',
        field: 'applicant.legalForm',
      },
    ];
  }),

  defineRule('region-missing', 'korjattavaa', 'eligibility', ({ draft }) =>
    draft.project.regions.length > 0
      ? []
      : [
          {
            title: 'Toiminta-aluetta ei ole valittu',
            why: `Tämä rahoituslinja on tarkoitettu hankkeille, joiden toiminta-alue on jokin näistä maakunnista: ${AREA_NAMES}. Rahoittaja tarkistaa alueen ensimmäisten asioiden joukossa.`,
            todo: 'Valitse maakunnat, joissa toimintaa järjestetään. Yksi hanke voi toimia useassa maakunnassa.',
            field: 'project.regions',
          },
        ],
  ),

  defineRule('region-outside-area', 'este', 'eligibility', ({ draft }) =>
    draft.project.regions
      .filter((id) => !KNOWN_REGIONS.has(id))
      .map((id) => ({
        title: `Alue ${quote(id)} on rahoitusalueen ulkopuolella`,
        why: `Tämä rahoituslinja rahoittaa vain toimintaa näissä maakunnissa: ${AREA_NAMES}. Muualla tehtävää toimintaa se ei voi rahoittaa.`,
        todo: `Poista alue ja valitse tilalle ${AREA_NAMES.replace(' ja ', ' tai ')}. Jos toimintaa on myös muualla, kysy koordinaattorilta, miten hanke kannattaa rajata.`,
        field: 'project.regions',
      })),
  ),

  defineRule('project-period-missing', 'korjattavaa', 'eligibility', ({ draft }) => {
    const { startMonth, endMonth } = draft.project;
    const startOk = MONTH_SHAPE.test(startMonth);
    if (startOk && MONTH_SHAPE.test(endMonth)) return [];
    return [
      {
        title: 'Hankkeen kestoa ei ole vielä merkitty',
        why: 'Rahoittaja katsoo, ehtiikö hanke tehdä suunnitellut asiat, ja kustannukset lasketaan hankkeen kuukausille.',
        todo: 'Merkitse, minä kuukautena hanke alkaa ja minä kuukautena se päättyy. Arvio riittää, sen voi tarkentaa myöhemmin.',
        field: startOk ? 'project.endMonth' : 'project.startMonth',
      },
    ];
  }),

  defineRule('project-period-outside-rules', 'este', 'eligibility', ({ draft, rules }) => {
    const { startMonth, endMonth } = draft.project;
    const { firstMonth, lastMonth, source, note } = rules.programmePeriod;
    const basis = `Ohjelma voi maksaa vain kustannuksia, jotka syntyvät ${monthLabel(firstMonth)}–${monthLabel(lastMonth)}. ${note ?? ''} Lähde: ${source}`;
    const out: FindingText[] = [];
    const start = MONTH_SHAPE.test(startMonth) ? startMonth : null;
    const end = MONTH_SHAPE.test(endMonth) ? endMonth : null;
    if (start && end && end < start) {
      out.push({
        title: 'Hanke päättyy ennen kuin se alkaa',
        why: 'Päättymiskuukausi on ennen alkamiskuukautta, joten hankkeelle ei voi laskea kestoa eikä kustannuksia.',
        todo: 'Tarkista alkamis- ja päättymiskuukausi. Usein vuosiluku on kirjoitettu väärin.',
        field: 'project.endMonth',
      });
      return out;
    }
    if (start && start < firstMonth)
      out.push({
        title: `Hanke alkaa ennen ohjelmakautta (${monthLabel(start)})`,
        why: basis,
        todo: `Siirrä alkamiskuukausi aikaisintaan kuukauteen ${monthLabel(firstMonth)}. Tavallisesti hanke alkaa vasta rahoituspäätöksen jälkeen.`,
        field: 'project.startMonth',
      });
    if (end && end > lastMonth)
      out.push({
        title: `Hanke päättyy ohjelmakauden jälkeen (${monthLabel(end)})`,
        why: basis,
        todo: `Aikaista päättymiskuukausi viimeistään kuukauteen ${monthLabel(lastMonth)} tai lyhennä hanketta.`,
        field: 'project.endMonth',
      });
    return out;
  }),

  defineRule('project-length-unusual', 'korjattavaa', 'eligibility', ({ draft, config }) => {
    const months = projectMonths(draft);
    const { minMonths, maxMonths, basis } = config.projectLength;
    if (months === null || (months >= minMonths && months <= maxMonths)) return [];
    const short = months < minMonths;
    return [
      {
        title: `Hanke on tavallista ${short ? 'lyhyempi' : 'pidempi'} (${months} kk)`,
        why: `Rahoittaja katsoo, sopiiko hankkeen kesto hakuun ja ehtiikö hanke saada tuloksia aikaan. ${basis}`,
        todo: short
          ? `Tarkista hakuilmoituksesta sallittu kesto ja mieti, riittääkö aika toiminnan käynnistämiseen, kokeiluun ja tulosten keräämiseen. Tavallinen kesto on ${minMonths}–${maxMonths} kuukautta.`
          : `Tarkista hakuilmoituksesta, kuinka pitkä hanke voi olla. Harkitse päättymisen aikaistamista tai hankkeen jakamista vaiheisiin. Tavallinen kesto on ${minMonths}–${maxMonths} kuukautta.`,
        field: 'project.endMonth',
      },
    ];
  }),

  // --- Sisällön sopivuus -----------------------------------------------------------------
  essentialRule('need-missing'),
  essentialRule('target-group-missing'),

  defineRule('target-group-unlisted', 'korjattavaa', 'content', ({ draft }) => {
    const ticked = draft.targetGroup.groups.some((id) => KNOWN_TARGET_GROUPS.has(id));
    if (ticked || !filled(draft.targetGroup.otherGroups)) return [];
    return [
      {
        title: 'Kohderyhmä on kuvattu vain omin sanoin',
        why: 'Rahoittaja vertaa kohderyhmää ohjelmassa nimettyihin heikommassa asemassa oleviin ryhmiin. Kun valitsette listalta lähimmän ryhmän, yhteys näkyy heti.',
        todo: 'Valitse listalta ryhmä, joka on lähimpänä kuvaustanne. Oma tarkennuksenne säilyy ennallaan.',
        field: 'targetGroup.groups',
      },
    ];
  }),

  defineRule('emphasis-none', 'korjattavaa', 'content', ({ draft, config }) => {
    if (EMPHASES.some((e) => draft.fit.emphases[e.id]?.selected)) return [];
    const suggestions = suggestEmphases(draft, config).slice(0, 3);
    const named = suggestions.map(({ id, word }) => `${EMPHASES.find((e) => e.id === id)!.label} (teksteissänne ${quote(word, 30)})`);
    return [
      {
        title: 'Yhtään painotettavaa sisältöä ei ole valittu',
        why: 'Tämä rahoituslinja painottaa tiettyjä sisältöjä. Valinta ei ole rahoituksen ehto, mutta sen avulla rahoittaja näkee heti, miksi hanke sopii juuri tähän hakuun, ja koordinaattori kysyy sitä.',
        todo:
          named.length > 0
            ? `Valitse yksi tai muutama painotus ja kerro lyhyesti, miten hanke edistää sitä. Omien tekstienne perusteella sopivia voisivat olla: ${named.join('; ')}.`
            : 'Valitse yksi tai muutama painotettava sisältö, joka kuvaa hankettanne parhaiten, ja kerro lyhyesti, miten hanke edistää sitä.',
        field: 'fit.emphases',
      },
    ];
  }),

  defineRule('emphasis-unexplained', 'korjattavaa', 'content', ({ draft }) =>
    EMPHASES.filter((e) => {
      const tick = draft.fit.emphases[e.id];
      return tick?.selected === true && !filled(tick.how);
    }).map((e) => ({
      title: `Valinta ilman perustelua: ${e.label}`,
      why: 'Pelkkä rasti ei kerro rahoittajalle, miten hanke painotusta toteuttaa. Lyhyt perustelu osoittaa, että valinta on harkittu.',
      todo: 'Kirjoita lauseella tai kahdella, mitä hankkeessa tehdään tämän painotuksen hyväksi. Jos painotus ei sittenkään sovi, poista valinta.',
      field: `fit.emphases.${e.id}.how`,
    })),
  ),

  defineRule('need-without-evidence', 'korjattavaa', 'content', ({ draft }) => {
    // With no need written at all, "need-missing" says it once.
    if (!filled(draft.need.problem) || filled(draft.need.evidence)) return [];
    return [
      {
        title: 'Tarpeelle ei ole kerrottu perusteita',
        why: 'Rahoittaja haluaa nähdä, että tarve on todellinen eikä oletus. Kysely, tilasto tai omat havainnot toiminnasta tekevät hakemuksesta uskottavan.',
        todo: 'Kerro, mistä tiedätte tarpeen olevan olemassa: esimerkiksi kyselyn tulos, tilastoluku tai kumppanin havainnot. Lukumäärät ovat erityisen hyviä.',
        field: 'need.evidence',
      },
    ];
  }),

  defineRule('partner-loi-missing', 'korjattavaa', 'content', ({ draft }) => {
    const { partners } = draft;
    if (partners.some((p) => LOI_IN_SIGHT.has(p.loiStatus))) return [];
    const why =
      'Rahoittaja arvostaa yhteistyötä, ja kirjallinen aiesopimus osoittaa, että kumppani on oikeasti mukana. Kunnan tai muun kumppanin tuki auttaa usein myös omarahoituksen kokoamisessa.';
    const first = partners[0];
    if (!first) {
      return [
        {
          title: 'Kumppaneita ei ole vielä nimetty',
          why,
          todo: 'Lisää kumppanit, joiden kanssa hanke tehdään, ja aloittakaa keskustelu aiesopimuksesta ainakin yhden kanssa.',
          field: 'partners',
        },
      ];
    }
    return [
      {
        title: 'Aiesopimuksesta ei ole vielä puhuttu kenenkään kanssa',
        why,
        todo: 'Ottakaa yhteyttä tärkeimpään kumppaniin ja ehdottakaa aiesopimusta. Merkitse tilanteeksi ”Neuvotteilla”, kun keskustelu on alkanut.',
        field: `partners.${first.id}.loiStatus`,
      },
    ];
  }),

  defineRule('emphasis-theme-hint', 'vinkki', 'content', ({ draft, config }) => {
    // With nothing chosen yet, "emphasis-none" carries the suggestions.
    if (!EMPHASES.some((e) => draft.fit.emphases[e.id]?.selected)) return [];
    return suggestEmphases(draft, config).map(({ id, word }) => {
      const e = EMPHASES.find((x) => x.id === id)!;
      return {
        title: `Harkitse painotusta: ${e.label}`,
        why: `Teksteissänne mainitaan sana ${quote(word)}, joka liittyy tähän painotettavaan sisältöön. Jos hanke todella edistää sitä, valinta auttaa rahoittajaa näkemään, miten hanke sopii hakuun.`,
        todo: 'Valitse painotus ja kirjoita lyhyesti, miten hanke sitä edistää. Jos asia ei ole hankkeen ydintä, tämän vinkin voi ohittaa.',
        field: `fit.emphases.${e.id}`,
      };
    });
  }),

  // --- Tavoitteet, toimenpiteet ja mittarit --------------------------------------------
  essentialRule('goals-missing'),
  essentialRule('actions-missing'),
  essentialRule('results-missing'),
  essentialRule('indicators-missing'),

  defineRule('continuity-missing', 'korjattavaa', 'chain', ({ draft }) =>
    filled(draft.results.continuity)
      ? []
      : [
          {
            title: 'Jatkuvuutta hankkeen jälkeen ei ole kuvattu',
            why: 'Rahoittaja ja koordinaattori kysyvät, mitä rahoituksen päätyttyä tapahtuu: jääkö uusi toimintatapa elämään alueen järjestötoimintaan.',
            todo: 'Kerro, kuka jatkaa toimintaa hankkeen jälkeen ja millä voimin, esimerkiksi yhdistyksen vapaaehtoiset, kunta tai kumppanit.',
            field: 'results.continuity',
          },
        ],
  ),

  defineRule('goal-without-indicator', 'korjattavaa', 'chain', ({ draft }) => {
    // With no indicators at all, "indicators-missing" says it once instead of once per goal.
    if (draft.indicators.length === 0) return [];
    const measured = new Set(draft.indicators.map((i) => i.goalId));
    return goalsWithText(draft)
      .filter((g) => !measured.has(g.id))
      .map((g) => ({
        title: `${g.label} ilman mittaria`,
        why: 'Rahoittaja seuraa hankkeen onnistumista mittareilla. Kun jokaisella tavoitteella on mittari, tulokset voi todentaa hankkeen lopussa.',
        todo: `Lisää mittari, joka kertoo, toteutuiko tavoite ${quote(g.text)}, ja valitse mittarin tavoitteeksi ${g.label.toLowerCase()}.`,
        field: 'indicators',
      }));
  }),

  defineRule('indicator-incomplete', 'korjattavaa', 'chain', ({ draft }) =>
    draft.indicators.flatMap((ind, i) => {
      const parts = [
        ['name', 'nimi'],
        ['unit', 'yksikkö'],
        ['baseline', 'lähtötaso'],
        ['target', 'tavoitetaso'],
        ['source', 'tietolähde'],
      ] as const;
      const missing = parts.filter(([key]) => !filled(ind[key]));
      const firstMissing = missing[0];
      if (!firstMissing) return [];
      const names = missing
        .map(([, name]) => name)
        .join(', ')
        .replace(/, ([^,]*)$/, ' ja $1');
      const label = filled(ind.name) ? `Mittari ${quote(ind.name, 40)}` : `Mittari ${i + 1}`;
      return [
        {
          title: `${label}: puuttuu ${names}`,
          why: 'Mittari toimii vasta, kun tiedetään mitä mitataan, mistä lähdetään, mihin pyritään ja mistä tieto saadaan. Muuten rahoittaja ei voi arvioida, onko tavoite realistinen.',
          todo: `Täydennä mittariin ${names}. Lähtötaso voi olla myös 0, jos toimintaa ei vielä ole.`,
          field: `indicators.${ind.id}.${firstMissing[0]}`,
        },
      ];
    }),
  ),

  defineRule('action-without-goal', 'korjattavaa', 'chain', ({ draft }) => {
    const goalIds = new Set(goalsWithText(draft).map((g) => g.id));
    // With no goals written, "goals-missing" covers every action.
    if (goalIds.size === 0) return [];
    return draft.actions.flatMap((a, i) => {
      if (a.goalIds.some((id) => goalIds.has(id))) return [];
      const label = filled(a.title) ? `Toimenpide ${quote(a.title, 40)}` : `Toimenpide ${i + 1}`;
      return [
        {
          title: `${label} ei liity tavoitteeseen`,
          why: 'Rahoittaja katsoo, että jokaisella toimenpiteellä on selvä tarkoitus. Kun toimenpide on liitetty tavoitteeseen, näkyy miksi sitä tehdään.',
          todo: 'Valitse tavoite, jota toimenpide edistää. Jos sopivaa tavoitetta ei ole, lisää se tai harkitse toimenpiteen poistamista.',
          field: `actions.${a.id}.goalIds`,
        },
      ];
    });
  }),

  defineRule('goal-without-action', 'korjattavaa', 'chain', ({ draft }) => {
    // With no actions written, "actions-missing" says it once.
    if (draft.actions.length === 0) return [];
    const served = new Set(draft.actions.flatMap((a) => a.goalIds));
    return goalsWithText(draft)
      .filter((g) => !served.has(g.id))
      .map((g) => ({
        title: `${g.label} ilman toimenpidettä`,
        why: 'Tavoite jää toiveeksi, jos mikään toimenpide ei vie sitä eteenpäin. Rahoittaja tarkistaa, että suunnitelma on johdonmukainen.',
        todo: `Lisää toimenpide, joka edistää tavoitetta ${quote(g.text)}, tai liitä siihen jokin jo kirjoitetuista toimenpiteistä.`,
        field: 'actions',
      }));
  }),

  defineRule('risk-without-mitigation', 'korjattavaa', 'chain', ({ draft }) =>
    draft.risks.flatMap((r, i) => {
      if (filled(r.mitigation)) return [];
      const label = filled(r.risk) ? `Riski ${quote(r.risk, 40)}` : `Riski ${i + 1}`;
      return [
        {
          title: `${label}: varautuminen puuttuu`,
          why: 'Rahoittaja ei odota riskitöntä hanketta vaan sitä, että riskeihin on varauduttu. Suunniteltu keino kertoo, että hanke on harkittu.',
          todo: 'Kirjoita, mitä teette, jotta riski ei toteudu, tai miten toimitte, jos se kuitenkin toteutuu.',
          field: `risks.${r.id}.mitigation`,
        },
      ];
    }),
  ),

  defineRule('goal-not-measurable', 'vinkki', 'chain', ({ draft, config }) =>
    goalsWithText(draft)
      .filter((g) => !looksMeasurable(g.text, config))
      .map((g) => ({
        title: `${g.label} ei vielä kerro määrää tai muutosta`,
        why: `Kun tavoitteessa on määrä tai muutos, rahoittaja näkee, mitä hanke lupaa saada aikaan, ja te näette lopussa, onnistuitteko. ${config.measurability.basis}`,
        todo: 'Lisää tavoitteeseen luku tai muutosta kuvaava sana, esimerkiksi ”vähintään 40 osallistujaa” tai ”yksinäisyys vähenee”.',
        field: g.field,
      })),
  ),

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
