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
    project: { name: 'Yhdessä kylillä', summary: 'Kohtaamispaikka kylille.', startMonth: '2027-09', endMonth: '2029-08', regions: ['pohjois-savo'], municipalities: 'Kuopio' },
    need: { problem: 'Yksinäisyys.', evidence: 'Kysely 2025.', participation: 'Kahvitilaisuudet.' },
    targetGroup: { groups: ['yksinaiset'], otherGroups: '', participantCount: '60', reach: 'Kotihoito.', secondaryGroups: 'Kunta.' },
    mainGoal: 'Yksinäisyys vähenee.',
    subGoals: [{ id: 'g1', text: 'Vähintään 40 osallistujaa.' }],
    actions: [{ id: 'a1', title: 'Kyläkahvilat', description: 'Viikoittain.', goalIds: ['main', 'g1'], timing: '2027–2029', responsible: 'Hankevetäjä' }],
    results: { expected: 'Kohtaamispaikka jatkuu.' },
    indicators: [{ id: 'i1', goalId: 'g1', name: 'Osallistujat', unit: 'henkilöä', baseline: '0', target: '40', source: 'Listat' }],
    partners: [{ id: 'p1', name: 'Kuopion kaupunki', role: 'Tilat', loiStatus: 'sovittu' }],
    resources: { staff: 'Hankevetäjä', volunteers: '10', premises: 'Kylätalo', selfFinancing: 'Omat varat' },
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
