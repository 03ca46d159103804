import { PRINCIPLES } from './options';
import { SCHEMA_VERSION, type Draft } from './schema';

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
    results: { expected: '' },
    indicators: [],
    partners: [],
    resources: { staff: '', volunteers: '', premises: '', selfFinancing: '' },
    risks: [],
    communication: '',
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p.id, ''])),
  };
}
