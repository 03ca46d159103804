/** The one place test drafts are built. */
import { createEmptyDraft, MAX_ITEMS, MAX_TEXT, type Action, type Draft } from '../src/domain';

export const FIXED_NOW = '2026-11-28T10:00:00.000Z';

/** An empty draft with overrides applied on top (shallow per top-level key). */
export function makeDraft(overrides: Partial<Draft> = {}): Draft {
  return { ...createEmptyDraft({ id: 'draft-1', now: FIXED_NOW }), ...overrides };
}

/** A filled-in draft: every step answered, lists linked. */
export function makeFullDraft(id = 'draft-full'): Draft {
  const d = createEmptyDraft({ id, now: FIXED_NOW });
  return {
    ...d,
    applicant: {
      name: 'Kylätoiminta Testilä ry',
      legalForm: 'ry',
      businessId: '0827616-7',
      contactPerson: 'Maija Virtanen',
      email: 'maija@example.fi',
      phone: '040 123 4567',
      experience: 'Kesäleiri 2023.',
    },
    project: {
      name: 'Yhdessä kylillä',
      summary: 'Kohtaamispaikka kylille.',
      startMonth: '2027-09',
      endMonth: '2029-08',
      regions: ['pohjois-savo'],
      municipalities: 'Kuopio',
    },
    need: { problem: 'Yksinäisyys.', evidence: 'Kysely 2025.', participation: 'Kahvitilaisuudet.' },
    targetGroup: { groups: ['yksinaiset'], otherGroups: '', participantCount: '60', reach: 'Kotihoito.', secondaryGroups: 'Kunta.' },
    mainGoal: 'Yksinäisyys vähenee.',
    subGoals: [{ id: 'g1', text: 'Vähintään 40 osallistujaa.' }],
    actions: [
      {
        id: 'a1',
        title: 'Kyläkahvilat',
        description: 'Viikoittain.',
        goalIds: ['main', 'g1'],
        timing: '2027–2029',
        responsible: 'Hankevetäjä',
      },
    ],
    results: { expected: 'Kohtaamispaikka jatkuu.', continuity: 'Vapaaehtoiset jatkavat.', participantData: 'henkilosto' },
    indicators: [{ id: 'i1', goalId: 'g1', name: 'Osallistujat', unit: 'henkilöä', baseline: '0', target: '40', source: 'Listat' }],
    partners: [{ id: 'p1', name: 'Kuopion kaupunki', role: 'Tilat', loiStatus: 'sovittu' }],
    resources: { volunteers: '10', premises: 'Kylätalo' },
    risks: [{ id: 'r1', risk: 'Vähän osallistujia', likelihood: 'kohtalainen', impact: 'suuri', mitigation: 'Kyydit' }],
    communication: 'Paikallislehti.',
    principles: {
      'kestava-kehitys': 'Kimppakyydit.',
      'tasa-arvo': 'Kaikille.',
      yhdenvertaisuus: 'Esteetön.',
      digitaalisuus: 'Digituki.',
      kansainvalisyys: 'Ei.',
    },
  };
}

/** The full draft with a flat-rate budget (two staff rows, three financing sources) and ticked fit answers. */
export function makeBudgetDraft(id = 'draft-budget'): Draft {
  const d = makeFullDraft(id);
  return {
    ...d,
    budget: {
      costModel: 'flat40',
      staff: [
        { id: 's1', role: 'Hankevetäjä', monthlySalary: '3 200,50', months: '24', sharePercent: '100', monthsByYear: {} },
        { id: 's2', role: 'Ohjaaja', monthlySalary: '2 900', months: '12', sharePercent: '50', monthsByYear: {} },
      ],
      financing: {
        own: { amount: '5 000', unit: 'eur' },
        municipal: { amount: '10', unit: 'pct' },
        otherPublic: { amount: '', unit: 'eur' },
        private: { amount: '1 000', unit: 'eur' },
      },
      staffNote: '',
      financingNote: '',
    },
    fit: {
      emphases: {
        asukaslahtoisyys: { selected: true, how: 'Osallistujat suunnittelevat ohjelman itse.' },
        'mielen-hyvinvointi': { selected: true, how: '' },
        perheet: { selected: false, how: 'Ei valittu, teksti jäi talteen.' },
      },
      objectives: { 'uudet-toimijat': { selected: true, how: 'Yhdistyksen ensimmäinen hanke.' } },
      selfAssessment: { 'sisalto-tarve': 4, 'horisontaali-tasa-arvo': 2, 'sisalto-sopivuus': null },
    },
  };
}

/** Characters a Finnish or Sámi text pasted from Word may hold, plus an emoji. */
export const STRESS_CHARACTERS =
  'å ä ö Å Ä Ö € – — “lainaus” ‘sitaatti’ … • 10\u00a0000 1\u202f000 \u22125 á č đ ŋ š ŧ ž 🙂 <b>ei html</b> &amp;';

/** A 300-character "word" with no break opportunity. */
const UNBROKEN = 'Ääretönjatkuvasana'.repeat(17).slice(0, 300);
const LONG_URL = 'https://www.esimerkki.fi/hankkeet/ideapaperi/kylatoiminta?kysely=2025&vastaukset=kaikki#tulokset';

/** About 5 000 characters with newlines, unbroken words, a URL and STRESS_CHARACTERS; starts with `tag`. */
export function stressText(tag: string, length = 5_000): string {
  // Leading spaces and a trailing newline check that nothing trims the text.
  let text = `  ${tag}: ${STRESS_CHARACTERS}\n`;
  for (let i = 1; text.length < length; i++) {
    text += i % 4 === 0 ? `${UNBROKEN}\n${LONG_URL}\n\n` : `Kappale ${i} – ${STRESS_CHARACTERS} Kylätoiminta jatkuu.\n`;
  }
  return text;
}

/** A draft at the limits a real user reaches: long texts everywhere, 40 indicators, 15 staff rows. */
export function makeStressDraft(id = 'draft-stress'): Draft {
  const d = makeFullDraft(id);
  const subGoals = [1, 2, 3].map((i) => ({ id: `g${i}`, text: stressText(`Osatavoite ${i}`) }));
  return {
    ...d,
    applicant: { ...d.applicant, name: `Sámi Čđŋšŧž – “Kylä” ry ${UNBROKEN}`, experience: stressText('Kokemus') },
    project: {
      ...d.project,
      name: 'Yhdessä kylillä – čđŋšŧž € 🙂 <Åland>',
      summary: stressText('Tiivistelmä'),
      startMonth: '2027-01',
      endMonth: '2029-12',
      regions: ['pohjois-savo', 'etela-savo', 'pohjois-karjala'],
    },
    need: { problem: stressText('Ongelma'), evidence: stressText('Näyttö'), participation: stressText('Osallisuus') },
    targetGroup: { ...d.targetGroup, reach: stressText('Tavoittaminen'), secondaryGroups: stressText('Välilliset') },
    mainGoal: stressText('Päätavoite'),
    subGoals,
    actions: [1, 2, 3].map((i) => ({
      id: `a${i}`,
      title: `Toimenpide ${UNBROKEN.slice(0, 60)} ${i}`,
      description: stressText(`Kuvaus ${i}`),
      goalIds: ['main', `g${i}`],
      timing: '2027–2029',
      responsible: 'Hankevetäjä',
    })),
    results: { expected: stressText('Tulokset'), continuity: stressText('Jatkuvuus'), participantData: 'molemmat' },
    indicators: Array.from({ length: 40 }, (_, i) => ({
      id: `i${i}`,
      goalId: i % 4 === 0 ? 'main' : `g${(i % 3) + 1}`,
      name: `Mittari ${i} ${STRESS_CHARACTERS}`,
      unit: i % 5 === 0 ? '' : 'henkilöä',
      baseline: '0',
      target: String(10 + i),
      source: i % 2 ? LONG_URL : UNBROKEN,
    })),
    partners: [
      { id: 'p1', name: 'Kuopion kaupunki', role: stressText('Rooli'), loiStatus: 'sovittu' },
      { id: 'p2', name: UNBROKEN, role: '', loiStatus: 'ei' },
    ],
    resources: {
      volunteers: stressText('Vapaaehtoiset'),
      premises: stressText('Tilat'),
    },
    risks: [1, 2, 3].map((i) => ({
      id: `r${i}`,
      risk: `Riski ${i} ${STRESS_CHARACTERS}`,
      likelihood: 'suuri',
      impact: '',
      mitigation: stressText(`Varautuminen ${i}`),
    })),
    communication: stressText('Viestintä'),
    principles: Object.fromEntries(Object.keys(d.principles).map((k) => [k, stressText(`Periaate ${k}`)])),
    budget: {
      costModel: 'flat40',
      staff: Array.from({ length: 15 }, (_, i) => ({
        id: `s${i}`,
        role: `Tehtävä ${i} ${STRESS_CHARACTERS}`,
        monthlySalary: `${2_500 + i * 100},${String(i).padStart(2, '0')}`,
        months: String(12 + i),
        sharePercent: i % 2 ? '50' : '100',
        monthsByYear: {},
      })),
      financing: {
        own: { amount: '20 000', unit: 'eur' },
        municipal: { amount: '5', unit: 'pct' },
        otherPublic: { amount: '1 234,56', unit: 'eur' },
        private: { amount: '', unit: 'eur' },
      },
      staffNote: '',
      financingNote: '',
    },
    fit: {
      emphases: { asukaslahtoisyys: { selected: true, how: stressText('Painotus') } },
      objectives: { 'pienten-yhteistyo': { selected: true, how: stressText('Tavoite') } },
      selfAssessment: { 'sisalto-tarve': 5 },
    },
  };
}

/**
 * A typical small project as a coordinator receives it: about 5 000 characters of text,
 * 3 actions, 3 indicators (one per goal), 2 partners, 2 risks and one staff row, self-financing covered.
 */
export function makeTypicalDraft(id = 'draft-typical'): Draft {
  const d = makeFullDraft(id);
  return {
    ...d,
    project: {
      ...d.project,
      name: 'Kylät kohtaavat – yhteisöllinen kohtaamispaikka Pohjois-Savon kyliin',
      summary:
        'Hankkeessa perustetaan kolmeen kylään viikoittain kokoontuva kohtaamispaikka, jossa yksin asuvat ikääntyneet ja työelämän ulkopuolella olevat aikuiset voivat tavata toisiaan, saada vertaistukea ja osallistua toiminnan suunnitteluun. Toiminta järjestetään yhdessä kunnan, seurakunnan ja vapaaehtoisten kanssa, ja se jatkuu hankkeen jälkeen yhdistyksen omana toimintana.',
      municipalities: 'Kuopio, Siilinjärvi ja Tuusniemi',
    },
    need: {
      problem:
        'Kylissämme asuu paljon yksin eläviä ikääntyneitä ja työttömiä aikuisia, joilla on vähän mahdollisuuksia tavata muita. Linja-autovuorot ovat vähentyneet, kyläkoulu suljettiin vuonna 2022 ja kaupan yhteydessä toiminut kahvio lopetti. Moni kertoo viettävänsä viikkoja näkemättä ketään muuta kuin kotihoidon työntekijän. Yksinäisyys heikentää mielialaa, toimintakykyä ja halua osallistua, ja se näkyy myös palveluiden käytön kasvuna.',
      evidence:
        'Teimme keväällä 2025 kyselyn kolmen kylän asukkaille. Siihen vastasi 84 ihmistä, joista 51 kertoi tuntevansa itsensä yksinäiseksi vähintään viikoittain ja 62 toivoi säännöllistä kohtaamispaikkaa. Kotihoidon ja seurakunnan diakoniatyön havainnot tukevat tulosta.',
      participation:
        'Kyläläiset ovat olleet mukana alusta asti: järjestimme kolme kahvitilaisuutta, joissa toiminnan sisällöstä ja ajankohdista päätettiin yhdessä. Ohjausryhmässä on kaksi osallistujien edustajaa.',
    },
    targetGroup: {
      ...d.targetGroup,
      groups: ['yksinaiset', 'pitkaaikaistyottomat'],
      otherGroups: 'Yli 65-vuotiaat, jotka asuvat yksin haja-asutusalueella',
      participantCount: '90',
      reach:
        'Tavoitamme osallistujat kotihoidon, seurakunnan ja TE-palveluiden kautta, kotiin jaettavalla kylätiedotteella sekä kyläkaupan ilmoitustaululla. Ensimmäisellä kerralla tarjoamme kyydin.',
    },
    mainGoal: 'Yksinäisyyttä kokevien osuus hankkeen kylissä vähenee, ja osallistujat kokevat kuuluvansa yhteisöön.',
    subGoals: [
      { id: 'g1', text: 'Vähintään 90 ihmistä osallistuu kohtaamispaikan toimintaan hankkeen aikana, heistä 40 säännöllisesti.' },
      { id: 'g2', text: 'Jokaiseen kylään syntyy vapaaehtoisten ryhmä, joka pystyy jatkamaan toimintaa hankkeen jälkeen.' },
    ],
    actions: [
      {
        id: 'a1',
        title: 'Viikoittaiset kyläkahvilat',
        description:
          'Kylätaloilla kokoontuu kerran viikossa kahvila, jossa on ohjattua ohjelmaa: keskusteluja, muistelua, liikuntaa ja vierailijoita. Osallistujat suunnittelevat ohjelman yhdessä ohjaajan kanssa. Kahvilassa on tarjolla myös neuvontaa arjen asioissa, esimerkiksi digipalveluiden käytössä ja kelan lomakkeissa, ja kotihoidon työntekijä käy paikalla kerran kuussa.',
        goalIds: ['main', 'g1'],
        timing: 'Syyskuu 2027 – elokuu 2029',
        responsible: 'Hankevetäjä ja vapaaehtoiset',
      },
      {
        id: 'a2',
        title: 'Vapaaehtoisten koulutus ja tuki',
        description:
          'Koulutamme kuhunkin kylään 4–6 vapaaehtoista kahvilaemännäksi, kuljettajaksi tai vertaisohjaajaksi. Vapaaehtoiset saavat työnohjausta neljä kertaa vuodessa, ja heille järjestetään vuosittain virkistyspäivä. Koulutuksen sisältö suunnitellaan yhdessä seurakunnan diakoniatyön kanssa.',
        goalIds: ['g2'],
        timing: 'Syksy 2027 ja kevät 2028',
        responsible: 'Hankevetäjä',
      },
      {
        id: 'a3',
        title: 'Kyläretket ja yhteiset tapahtumat',
        description:
          'Järjestämme kahdesti vuodessa retken tai tapahtuman, johon kaikki kolme kylää osallistuvat yhdessä. Kyydit järjestetään vapaaehtoisvoimin, ja retkikohteet valitaan osallistujien toiveiden mukaan. Retkillä kylät tutustuvat toisiinsa, ja syntyy uusia ystävyyksiä kylärajojen yli.',
        goalIds: ['main'],
        timing: 'Kevät ja syksy',
        responsible: 'Vapaaehtoiset',
      },
    ],
    results: {
      expected:
        'Hankkeen lopussa kolmessa kylässä toimii viikoittainen kohtaamispaikka, johon on osallistunut vähintään 90 ihmistä. Osallistujien kokemus yksinäisyydestä on vähentynyt, ja kyliin on muodostunut vapaaehtoisten ryhmät, jotka osaavat järjestää toimintaa itse.',
      continuity:
        'Vapaaehtoiset jatkavat kyläkahviloita yhdistyksen omana toimintana. Kunta on luvannut kylätalojen käytön maksutta myös hankkeen jälkeen, ja seurakunta jatkaa kyytien tukemista.',
      participantData: 'henkilosto',
    },
    indicators: [
      {
        id: 'i1',
        goalId: 'main',
        name: 'Yksinäisyyttä kokevien osuus',
        unit: '%',
        baseline: '61',
        target: '40',
        source: 'Alku- ja loppukysely',
      },
      { id: 'i2', goalId: 'g1', name: 'Osallistujat (EECO01)', unit: 'henkilöä', baseline: '0', target: '90', source: 'Osallistujalistat' },
      {
        id: 'i3',
        goalId: 'g2',
        name: 'Toimivat vapaaehtoisryhmät',
        unit: 'ryhmää',
        baseline: '0',
        target: '3',
        source: 'Hankkeen seuranta',
      },
    ],
    partners: [
      {
        id: 'p1',
        name: 'Kuopion kaupunki, vapaa-aikapalvelut',
        role: 'Antaa kylätalot käyttöön ja osallistuu ohjausryhmään.',
        loiStatus: 'sovittu',
      },
      { id: 'p2', name: 'Tuusniemen seurakunta', role: 'Diakoniatyö ohjaa osallistujia ja tukee kyytejä.', loiStatus: 'neuvotteilla' },
    ],
    resources: {
      volunteers: 'Kymmenen jäsentä on lupautunut kahvilaemänniksi ja kuljettajiksi.',
      premises: 'Kolme kylätaloa, joista kaksi on yhdistyksen omia.',
    },
    risks: [
      {
        id: 'r1',
        risk: 'Osallistujia ei tule tarpeeksi',
        likelihood: 'kohtalainen',
        impact: 'suuri',
        mitigation: 'Henkilökohtainen kutsu ja kyyti ensimmäiselle kerralle.',
      },
      {
        id: 'r2',
        risk: 'Vapaaehtoiset väsyvät',
        likelihood: 'pieni',
        impact: 'kohtalainen',
        mitigation: 'Vastuut jaetaan ja vapaaehtoiset saavat työnohjausta.',
      },
    ],
    communication: 'Kerromme toiminnasta kylätiedotteessa, paikallislehdessä, yhdistyksen Facebook-sivulla ja kyläkaupan ilmoitustaululla.',
    principles: {
      'kestava-kehitys': 'Järjestämme kimppakyydit ja suosimme kierrätettyjä materiaaleja.',
      'tasa-arvo': 'Kysymme sekä miehiltä että naisilta, millaista toimintaa he toivovat, ja tarjoamme erilaista tekemistä.',
      yhdenvertaisuus: 'Kylätalot ovat esteettömiä, toiminta on maksutonta ja kyyti järjestetään tarvittaessa.',
      digitaalisuus: 'Kahviloissa on digitukea, ja etäosallistuminen on mahdollista.',
      kansainvalisyys: 'Hanke on paikallinen; hyödynnämme pohjoismaisia kokemuksia kyläkahviloista.',
    },
    budget: {
      ...d.budget,
      costModel: 'flat40',
      staff: [{ id: 's1', role: 'Hankevetäjä', monthlySalary: '3 200', months: '24', sharePercent: '80', monthsByYear: {} }],
      financing: {
        own: { amount: '6 751,73', unit: 'eur' },
        municipal: { amount: '15 000', unit: 'eur' },
        otherPublic: { amount: '', unit: 'eur' },
        private: { amount: '', unit: 'eur' },
      },
    },
    fit: {
      emphases: {
        'yhteisollinen-kuntouttava': { selected: true, how: 'Kyläkahvilat kokoavat yksin asuvat yhteen ja vahvistavat vertaistukea.' },
        asukaslahtoisyys: { selected: true, how: 'Kyläläiset suunnittelevat toiminnan itse.' },
      },
      objectives: {},
      selfAssessment: {},
    },
  };
}

const fill = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** A valid draft of about `bytes` of JSON: actions whose descriptions are MAX_TEXT long. */
export function makeLargeDraft(id: string, bytes: number): Draft {
  const d = makeFullDraft(id);
  const count = Math.min(MAX_ITEMS, Math.ceil(bytes / MAX_TEXT));
  const actions: Action[] = Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    title: `Toimenpide ${i}`,
    // Words with spaces and letters that take two bytes, as typed text has.
    description: fill(`${i} Kylätalolla kokoonnutaan yhdessä. `, MAX_TEXT),
    goalIds: ['main'],
    timing: '2027',
    responsible: 'Hankevetäjä',
  }));
  return { ...d, actions };
}
