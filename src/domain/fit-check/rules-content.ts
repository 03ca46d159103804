/** Fit rules: does the content fit ESR+ 4.3 (need, target group, emphases, partners). */
import { EMPHASES } from '../idea-paper/options';
import { filled, quote, KNOWN_TARGET_GROUPS, LOI_IN_SIGHT, suggestEmphases } from './rule-helpers';
import { defineRule, essentialRule, type FitRule } from './rule-kit';

export const CONTENT_RULES: readonly FitRule[] = [
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
];
