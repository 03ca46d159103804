/** The one place test drafts are built. */
import { createEmptyDraft, type Draft } from '../src/domain';

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
