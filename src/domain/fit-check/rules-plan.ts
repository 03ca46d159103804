/** Fit rules: goals, actions, results and indicators hold together (tavoitteet, toimenpiteet ja mittarit). */
import { filled, quote, goalsWithText, looksMeasurable } from './rule-helpers';
import { defineRule, essentialRule, type FitRule } from './rule-kit';

export const PLAN_RULES: readonly FitRule[] = [
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
];
