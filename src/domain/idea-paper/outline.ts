/**
 * The idea paper as readable sections, in the wizard's order, titled by the step registry: what the summary step shows,
 * and the base of the PDF content model. Empty values stay visible (as `null`) so that a
 * reader sees what is still missing.
 */
import { FIELDS, type FieldKey } from './fields';
import { goalChoices } from './goals';
import { labelOf, LEGAL_FORMS, LOI_STATUSES, PARTICIPANT_DATA_ENTRY, PRINCIPLES, REGIONS, RISK_LEVELS, TARGET_GROUPS } from './options';
import type { Draft } from './schema';
import { PARTS, partTitle, type PartId } from './parts';

export interface OutlineEntry {
  readonly label: string;
  /** null when not filled in yet. */
  readonly value: string | null;
  /** Field to open for editing. */
  readonly field: string;
}

export interface OutlineItem {
  readonly heading: string;
  readonly entries: readonly OutlineEntry[];
}

export interface OutlineSection {
  readonly stepId: PartId;
  readonly title: string;
  readonly entries: readonly OutlineEntry[];
  /** Items of a list (goals, actions, …) with their own entries. */
  readonly items?: { readonly label: string; readonly list: readonly OutlineItem[] };
}

/** A section is titled as its part: one registry of titles for the wizard, summary and PDF. */
const stepTitle = (id: PartId) => partTitle(id);

const orNull = (s: string) => (s.trim() ? s : null);
const month = (m: string) => {
  const match = /^(\d{4})-(\d{2})$/.exec(m);
  return match ? `${Number(match[2])}/${match[1]}` : orNull(m);
};

function entry(field: FieldKey, value: string | null, path: string = field): OutlineEntry {
  return { label: FIELDS[field].label, value, field: path };
}

/** The draft as sections of labelled values, in the order of the parts (the wizard's order). */
export function buildOutline(d: Draft): OutlineSection[] {
  return outlineSections(d).sort((a, b) => partIndex(a.stepId) - partIndex(b.stepId));
}

const partIndex = (id: PartId) => PARTS.findIndex((p) => p.id === id);

function outlineSections(d: Draft): OutlineSection[] {
  const goals = goalChoices(d);
  const goalLabel = (id: string) => goals.find((g) => g.id === id)?.label ?? null;
  const join = (values: readonly string[]) => (values.length ? values.join(', ') : null);

  return [
    {
      stepId: 'hakija',
      title: stepTitle('hakija'),
      entries: [
        entry('applicant.name', orNull(d.applicant.name)),
        entry('applicant.legalForm', d.applicant.legalForm ? labelOf(LEGAL_FORMS, d.applicant.legalForm) : null),
        entry('applicant.businessId', orNull(d.applicant.businessId)),
        entry('applicant.contactPerson', orNull(d.applicant.contactPerson)),
        entry('applicant.email', orNull(d.applicant.email)),
        entry('applicant.phone', orNull(d.applicant.phone)),
        entry('applicant.experience', orNull(d.applicant.experience)),
      ],
    },
    {
      stepId: 'hanke',
      title: stepTitle('hanke'),
      entries: [
        entry('project.name', orNull(d.project.name)),
        entry('project.summary', orNull(d.project.summary)),
        entry('project.startMonth', month(d.project.startMonth)),
        entry('project.endMonth', month(d.project.endMonth)),
        entry('project.regions', join(d.project.regions.map((r) => labelOf(REGIONS, r)))),
        entry('project.municipalities', orNull(d.project.municipalities)),
      ],
    },
    {
      stepId: 'tarve',
      title: stepTitle('tarve'),
      entries: [
        entry('need.problem', orNull(d.need.problem)),
        entry('need.evidence', orNull(d.need.evidence)),
        entry('need.participation', orNull(d.need.participation)),
      ],
    },
    {
      stepId: 'kohderyhma',
      title: stepTitle('kohderyhma'),
      entries: [
        entry('targetGroup.groups', join(d.targetGroup.groups.map((g) => labelOf(TARGET_GROUPS, g)))),
        entry('targetGroup.otherGroups', orNull(d.targetGroup.otherGroups)),
        entry('targetGroup.participantCount', orNull(d.targetGroup.participantCount)),
        entry('targetGroup.reach', orNull(d.targetGroup.reach)),
        entry('targetGroup.secondaryGroups', orNull(d.targetGroup.secondaryGroups)),
      ],
    },
    {
      stepId: 'tavoitteet',
      title: stepTitle('tavoitteet'),
      entries: [entry('mainGoal', orNull(d.mainGoal))],
      items: {
        label: FIELDS.subGoals.label,
        list: d.subGoals.map((g, i) => ({
          heading: `Osatavoite ${i + 1}`,
          entries: [entry('subGoals.text', orNull(g.text), `subGoals.${g.id}.text`)],
        })),
      },
    },
    {
      stepId: 'toimenpiteet',
      title: stepTitle('toimenpiteet'),
      entries: [],
      items: {
        label: FIELDS.actions.label,
        list: d.actions.map((a, i) => ({
          heading: `Toimenpide ${i + 1}${a.title.trim() ? `: ${a.title.trim()}` : ''}`,
          entries: [
            entry('actions.title', orNull(a.title), `actions.${a.id}.title`),
            entry('actions.description', orNull(a.description), `actions.${a.id}.description`),
            entry('actions.goalIds', join(a.goalIds.map(goalLabel).filter((g): g is string => g !== null)), `actions.${a.id}.goalIds`),
            entry('actions.timing', orNull(a.timing), `actions.${a.id}.timing`),
            entry('actions.responsible', orNull(a.responsible), `actions.${a.id}.responsible`),
          ],
        })),
      },
    },
    {
      stepId: 'tulokset',
      title: stepTitle('tulokset'),
      entries: [
        entry('results.expected', orNull(d.results.expected)),
        entry('results.continuity', orNull(d.results.continuity)),
        entry('results.participantData', d.results.participantData ? labelOf(PARTICIPANT_DATA_ENTRY, d.results.participantData) : null),
      ],
      items: {
        label: FIELDS.indicators.label,
        list: d.indicators.map((x, i) => ({
          heading: `Mittari ${i + 1}${x.name.trim() ? `: ${x.name.trim()}` : ''}`,
          entries: [
            entry('indicators.goalId', x.goalId ? goalLabel(x.goalId) : null, `indicators.${x.id}.goalId`),
            entry('indicators.name', orNull(x.name), `indicators.${x.id}.name`),
            entry('indicators.unit', orNull(x.unit), `indicators.${x.id}.unit`),
            entry('indicators.baseline', orNull(x.baseline), `indicators.${x.id}.baseline`),
            entry('indicators.target', orNull(x.target), `indicators.${x.id}.target`),
            entry('indicators.source', orNull(x.source), `indicators.${x.id}.source`),
          ],
        })),
      },
    },
    {
      stepId: 'kumppanit',
      title: stepTitle('kumppanit'),
      entries: [],
      items: {
        label: FIELDS.partners.label,
        list: d.partners.map((p, i) => ({
          heading: `Kumppani ${i + 1}${p.name.trim() ? `: ${p.name.trim()}` : ''}`,
          entries: [
            entry('partners.name', orNull(p.name), `partners.${p.id}.name`),
            entry('partners.role', orNull(p.role), `partners.${p.id}.role`),
            entry('partners.loiStatus', labelOf(LOI_STATUSES, p.loiStatus), `partners.${p.id}.loiStatus`),
          ],
        })),
      },
    },
    {
      stepId: 'talous',
      title: stepTitle('talous'),
      entries: [entry('budget.staffNote', orNull(d.budget.staffNote)), entry('budget.financingNote', orNull(d.budget.financingNote))],
    },
    {
      stepId: 'resurssit',
      title: stepTitle('resurssit'),
      entries: [entry('resources.volunteers', orNull(d.resources.volunteers)), entry('resources.premises', orNull(d.resources.premises))],
    },
    {
      stepId: 'riskit',
      title: stepTitle('riskit'),
      entries: [],
      items: {
        label: FIELDS.risks.label,
        list: d.risks.map((r, i) => ({
          heading: `Riski ${i + 1}`,
          entries: [
            entry('risks.risk', orNull(r.risk), `risks.${r.id}.risk`),
            entry('risks.likelihood', r.likelihood ? labelOf(RISK_LEVELS, r.likelihood) : null, `risks.${r.id}.likelihood`),
            entry('risks.impact', r.impact ? labelOf(RISK_LEVELS, r.impact) : null, `risks.${r.id}.impact`),
            entry('risks.mitigation', orNull(r.mitigation), `risks.${r.id}.mitigation`),
          ],
        })),
      },
    },
    { stepId: 'viestinta', title: stepTitle('viestinta'), entries: [entry('communication', orNull(d.communication))] },
    {
      stepId: 'periaatteet',
      title: stepTitle('periaatteet'),
      entries: PRINCIPLES.map((p) => entry(`principles.${p.id}` as FieldKey, orNull(d.principles[p.id] ?? ''))),
    },
  ];
}
