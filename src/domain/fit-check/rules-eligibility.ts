/** Fit rules: can this applicant apply, for this area and time (kelpoisuus ja hakuehdot). */
import { LEGAL_FORMS } from '../idea-paper/options';
import { filled, quote, projectMonths, AREA_NAMES, KNOWN_REGIONS, MONTH_SHAPE, monthLabel } from './rule-helpers';
import { defineRule, type FindingText, type FitRule } from './rule-kit';

const ELIGIBILITY_WHY =
  'Tätä rahoitusta voi saada vain oikeushenkilö, esimerkiksi rekisteröity yhdistys, säätiö, osuuskunta, yritys tai kunta. Rahoittaja ei voi ottaa käsittelyyn hakemusta, jonka hakija ei täytä tätä ehtoa.';

/** What to do, per ineligible legal form: a sole trader and an unregistered association have different ways out. */
const INELIGIBLE_TODO: Readonly<Record<string, string>> = {
  toiminimi:
    'Toiminimi eli yksityinen elinkeinonharjoittaja ei ole oikeushenkilö. Jos hakijaksi tulee yhdistys tai muu yhteisö, valitse sen oikeudellinen muoto. Muuten kysykää koordinaattorilta, voisiko jokin yhdistys tai muu kelpoinen toimija hakea ja te olla mukana yhteistyössä.',
  rekisteroimaton:
    'Yhdistyksestä tulee oikeushenkilö, kun se merkitään Patentti- ja rekisterihallituksen yhdistysrekisteriin. Jos yhdistys on jo rekisteröity, valitse muodoksi ”Rekisteröity yhdistys (ry)”. Voitte myös kysyä koordinaattorilta, voisiko jokin rekisteröity toimija hakea ja te olla mukana kumppanina.',
};

export const ELIGIBILITY_RULES: readonly FitRule[] = [
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
];
