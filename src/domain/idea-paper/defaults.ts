import { PRINCIPLE_IDS } from './option-ids';
import { SCHEMA_VERSION, type Budget, type Draft, type Fit } from './schema';

/** A new, empty draft. Clock and id come from the caller so the domain stays pure. */
export function createEmptyDraft({ id, now }: { id: string; now: string }): Draft {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    applicant: { name: '', legalForm: '', businessId: '', contactPerson: '', email: '', phone: '', experience: '' },
    project: { name: '', summary: '', startMonth: '', endMonth: '', regions: [], municipalities: '' },
    need: { problem: '', evidence: '', participation: '' },
    targetGroup: { groups: [], otherGroups: '', participantCount: '', reach: '', secondaryGroups: '' },
    mainGoal: '',
    subGoals: [],
    actions: [],
    results: { expected: '', continuity: '', participantData: '' },
    indicators: [],
    partners: [],
    resources: { volunteers: '', premises: '' },
    risks: [],
    communication: '',
    principles: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, ''])),
    budget: createEmptyBudget(),
    fit: createEmptyFit(),
    ...createEmptyCoordination(),
  };
}

/** Budget of a new draft: the flat-rate model, no staff rows, no financing entered. */
export function createEmptyBudget(): Budget {
  const none = () => ({ amount: '', unit: 'eur' as const });
  return {
    costModel: 'flat40',
    staff: [],
    financing: { own: none(), municipal: none(), otherPublic: none(), private: none() },
    staffNote: '',
    financingNote: '',
  };
}

/** Fit answers of a new draft: nothing ticked. */
export function createEmptyFit(): Fit {
  return { emphases: {}, objectives: {}, selfAssessment: {} };
}

/** Coordination fields of a new draft: no comments, no review, next steps not started. */
export function createEmptyCoordination(): Pick<Draft, 'comments' | 'review' | 'nextSteps' | 'letters'> {
  return { comments: [], review: null, nextSteps: {}, letters: {} };
}
