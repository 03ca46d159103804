/**
 * The fit check's rules as one declarative table. Each rule has an id, a level and a group,
 * and returns its findings with a Finnish reason (why the funder cares) and a concrete step.
 * To add a rule: add an entry to FIT_RULES and a triggering / non-triggering case to
 * tests/domain/fit-check.test.ts.
 */
import type { BudgetSummary } from '../budget/types';
import { EMPHASES, LEGAL_FORMS, PRINCIPLES } from '../idea-paper/options';
import type { Draft } from '../idea-paper/schema';
import type { FitConfig } from './config';
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
  suggestEmphases,
} from './rule-helpers';

export { findStemWord, looksMeasurable, suggestEmphases } from './rule-helpers';

/** What a rule looks at. */
export interface FitContext {
  readonly draft: Draft;
  readonly budget: BudgetSummary;
  readonly config: FitConfig;
}

/** One row of the rule table. */
export interface FitRule {
  readonly id: string;
  readonly level: FitLevel;
  readonly group: FitGroup;
  readonly check: (ctx: FitContext) => FitFinding[];
}

type FindingText = Pick<FitFinding, 'title' | 'why' | 'todo' | 'field'>;

/** Builds a rule whose findings all carry its id, level and group (they cannot drift apart). */
function defineRule(id: string, level: FitLevel, group: FitGroup, find: (ctx: FitContext) => FindingText[]): FitRule {
  return { id, level, group, check: (ctx) => find(ctx).map((t) => ({ ruleId: id, level, group, ...t })) };
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// The rule table, in the order the view lists findings within a level.
// ---------------------------------------------------------------------------------------

/** All rules of the ESR+ 4.3 fit check. */
export const FIT_RULES: readonly FitRule[] = [
  // --- Kelpoisuus ja hakuehdot ---------------------------------------------------------
  defineRule('legal-form-ineligible', 'este', 'eligibility', ({ draft }) => {
    const form = LEGAL_FORMS.find((f) => f.id === draft.applicant.legalForm);
    if (!form || form.eligible) return [];
    return [
      {
        title: `${form.label} ei voi olla hakijana`,
        why: 'Tätä rahoitusta voi saada vain oikeushenkilö, esimerkiksi rekisteröity yhdistys, säätiö tai kunta. Rahoittaja ei voi ottaa käsittelyyn hakemusta, jonka hakija ei täytä tätä ehtoa.',
        todo: 'Jos yhdistys on jo rekisteröity, korjaa oikeudellinen muoto. Muuten selvittäkää yhdistyksen rekisteröintiä tai kysykää koordinaattorilta, voisiko jokin rekisteröity toimija hakea ja te olla mukana kumppanina.',
        field: 'applicant.legalForm',
      },
    ];
  }),

  defineRule('region-outside-area', 'korjattavaa', 'eligibility', ({ draft }) => {
    const why = `Tämä rahoituslinja on tarkoitettu hankkeille, joiden toiminta-alue on jokin näistä maakunnista: ${AREA_NAMES}. Rahoittaja tarkistaa alueen ensimmäisten asioiden joukossa.`;
    const { regions } = draft.project;
    if (regions.length === 0) {
      return [
        {
          title: 'Toiminta-aluetta ei ole valittu',
          why,
          todo: 'Valitse maakunnat, joissa toimintaa järjestetään. Yksi hanke voi toimia useassa maakunnassa.',
          field: 'project.regions',
        },
      ];
    }
    return regions
      .filter((id) => !KNOWN_REGIONS.has(id))
      .map((id) => ({
        title: `Alue ${quote(id)} on rahoitusalueen ulkopuolella`,
        why,
        todo: `Poista alue ja valitse tilalle ${AREA_NAMES.replace(' ja ', ' tai ')}. Jos toimintaa on myös muualla, kysy koordinaattorilta, miten hanke kannattaa rajata.`,
        field: 'project.regions',
      }));
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
  defineRule('target-group-missing', 'este', 'content', ({ draft }) => {
    const ticked = draft.targetGroup.groups.some((id) => KNOWN_TARGET_GROUPS.has(id));
    if (ticked || filled(draft.targetGroup.otherGroups)) return [];
    return [
      {
        title: 'Kohderyhmää ei ole valittu',
        why: 'Tämä rahoitus on tarkoitettu heikommassa asemassa olevien ihmisten osallisuuden vahvistamiseen. Rahoittaja katsoo ensimmäiseksi, keitä hanke auttaa.',
        todo: 'Valitse listalta ryhmät, joihin hankkeen osallistujat kuuluvat. Voit tarkentaa kohderyhmää myös omin sanoin.',
        field: 'targetGroup.groups',
      },
    ];
  }),

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

  defineRule('emphasis-none', 'este', 'content', ({ draft }) => {
    if (EMPHASES.some((e) => draft.fit.emphases[e.id]?.selected)) return [];
    return [
      {
        title: 'Yhtään painotettavaa sisältöä ei ole valittu',
        why: 'Tältä rahoituslinjalta rahoitetaan hankkeita, jotka osuvat sen painottamiin sisältöihin. Ilman valintaa rahoittajan on vaikea nähdä, miksi hanke sopii juuri tähän hakuun.',
        todo: 'Valitse yksi tai muutama painotettava sisältö, joka kuvaa hankettanne parhaiten, ja kerro lyhyesti, miten hanke edistää sitä.',
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
    if (filled(draft.need.evidence)) return [];
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
    const findings: FindingText[] = [];
    for (const { id, word } of suggestEmphases(draft, config)) {
      const e = EMPHASES.find((x) => x.id === id)!;
      findings.push({
        title: `Harkitse painotusta: ${e.label}`,
        why: `Teksteissänne mainitaan sana ${quote(word)}, joka liittyy tähän painotettavaan sisältöön. Jos hanke todella edistää sitä, valinta auttaa rahoittajaa näkemään, miten hanke sopii hakuun.`,
        todo: 'Valitse painotus ja kirjoita lyhyesti, miten hanke sitä edistää. Jos asia ei ole hankkeen ydintä, tämän vinkin voi ohittaa.',
        field: `fit.emphases.${e.id}`,
      });
    }
    return findings;
  }),

  // --- Tavoitteet, toimenpiteet ja mittarit --------------------------------------------
  defineRule('goal-without-indicator', 'korjattavaa', 'chain', ({ draft }) => {
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
        todo: 'Lisää tavoitteeseen luku tai muutos, esimerkiksi ”vähintään 40 osallistujaa” tai ”yksinäisyyttä kokevien osuus vähenee”.',
        field: g.field,
      })),
  ),

  // --- Rahoitus ----------------------------------------------------------------------------
  defineRule('budget-missing', 'este', 'money', ({ budget }) => {
    // The lump sum needs no cost estimate, so it is never "missing".
    if (budget.hasBudget || budget.costModel === 'lumpSum') return [];
    return [
      {
        title: 'Talousarviota ei ole vielä tehty',
        why: 'Rahoittaja arvioi, ovatko kustannukset kohtuullisia siihen nähden, mitä hanke tekee. Ilman arviota ei voi laskea tukea eikä omarahoitusta.',
        todo: 'Lisää talousarvioon hankkeeseen palkattavat henkilöt: kuukausipalkka, kuukaudet ja työaikaosuus. Muut kulut lasketaan niistä automaattisesti. Jos hanke suunnittelee ja kokeilee uutta toimintamallia, katso myös kertakorvausvaihtoehto.',
        field: 'budget.staff',
      },
    ];
  }),

  defineRule('self-financing-short', 'este', 'money', ({ budget }) => {
    if (!budget.hasBudget || budget.coverage.kind !== 'short') return [];
    // The sign convention of differenceCents is the budget module's; the gap is its size.
    const gap = Math.abs(budget.coverage.differenceCents);
    return [
      {
        title: `Omarahoituksesta puuttuu ${euros(gap)}`,
        why: `Hakija maksaa osan kustannuksista itse. Tämä talousarvio vaatii omarahoitusta ${euros(budget.selfFinancingRequiredCents)}, ja rahoitussuunnitelmassa sitä on ${euros(budget.sourcesTotalCents)}. Rahoittaja ei voi myöntää tukea, jos omaa osuutta ei ole katettu.`,
        todo: `Lisää rahoitussuunnitelmaan puuttuvat ${euros(gap)}: yhdistyksen omia varoja, kunnan rahoitusta tai muuta julkista tai yksityistä rahoitusta. Toinen keino on pienentää talousarviota.`,
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
