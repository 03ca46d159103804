/**
 * The paper after page 1, in the order of the funder's idea template (domain §10): need and
 * background, actions, implementers and partners, target group, results and indicators,
 * continuity, costs and self-financing, principles, risks. Only what is filled in is printed;
 * every expected answer still empty is listed once in the "Vielä puuttuu" box instead of a
 * placeholder line in each section. User text goes in verbatim.
 */
import { fieldName, FIELDS, type FieldKey } from '../idea-paper/fields';
import { filled } from '../fit-check/rule-helpers';
import { labelOf, LOI_STATUSES, PARTICIPANT_DATA_ENTRY, PRINCIPLES, RISK_LEVELS } from '../idea-paper/options';
import { partTitle } from '../idea-paper/parts';
import { MAIN_GOAL_ID, type Draft } from '../idea-paper/schema';
import type { PdfBlock } from './model';

const DASH = '–';
const cell = (s: string) => (filled(s) ? s : DASH);
const heading = (level: 1 | 2 | 3, text: string): PdfBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string, tone?: 'muted'): PdfBlock => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });

/** Up to this many characters (one line, no line break), an answer prints as a labelled row, not under its own heading. */
const SHORT_ANSWER = 90;

/**
 * Answers in order: each short one as a row of a key–value block (adjacent rows share one
 * block), each long one as a small heading and its text. Empty answers are left out.
 */
export function answers(level: 2 | 3, list: readonly (readonly [FieldKey, string])[]): PdfBlock[] {
  const out: PdfBlock[] = [];
  let rows: { key: string; value: string }[] = [];
  const flush = () => {
    if (rows.length) out.push({ kind: 'keyValue', rows });
    rows = [];
  };
  for (const [key, text] of list) {
    if (!filled(text)) continue;
    if (text.length <= SHORT_ANSWER && !text.includes('\n')) {
      rows.push({ key: fieldName(key), value: text });
      continue;
    }
    flush();
    out.push(heading(level, fieldName(key)), paragraph(text));
  }
  flush();
  return out;
}

/** A section: its heading and body, or nothing at all when the body is empty. */
function section(title: string, body: readonly PdfBlock[]): PdfBlock[] {
  return body.length ? [heading(1, title), ...body] : [];
}

export const CONTINUITY_TITLE = 'Jatkuvuus hankkeen jälkeen';

/** The text sections before the money, in the template's order. */
export function paperSectionsBeforeMoney(d: Draft): PdfBlock[] {
  return [
    ...section(partTitle('tarve'), [
      ...(filled(d.need.problem) ? [paragraph(d.need.problem)] : []),
      ...answers(3, [
        ['need.evidence', d.need.evidence],
        ['need.participation', d.need.participation],
      ]),
      ...subGoalBlocks(d),
    ]),
    ...section(partTitle('toimenpiteet'), [...actionBlocks(d), ...answers(2, [['communication', d.communication]])]),
    ...section(partTitle('kumppanit'), [
      ...answers(3, [['applicant.experience', d.applicant.experience]]),
      ...partnerBlocks(d),
      ...answers(3, [
        ['resources.volunteers', d.resources.volunteers],
        ['resources.premises', d.resources.premises],
      ]),
    ]),
    // Who the target group is stands on page 1; here the rest of the part.
    ...section(
      partTitle('kohderyhma'),
      answers(3, [
        ['targetGroup.reach', d.targetGroup.reach],
        ['targetGroup.secondaryGroups', d.targetGroup.secondaryGroups],
      ]),
    ),
    ...section('Tulokset ja mittarit', [
      ...(filled(d.results.expected) ? [paragraph(d.results.expected)] : []),
      ...indicatorBlocks(d),
      ...(d.results.participantData
        ? [
            {
              kind: 'keyValue' as const,
              rows: [{ key: fieldName('results.participantData'), value: labelOf(PARTICIPANT_DATA_ENTRY, d.results.participantData) }],
            },
          ]
        : []),
    ]),
    ...section(CONTINUITY_TITLE, filled(d.results.continuity) ? [paragraph(d.results.continuity)] : []),
  ];
}

/** Principles and risks, after the money. */
export function paperSectionsAfterMoney(d: Draft): PdfBlock[] {
  const principles = PRINCIPLES.filter((p) => filled(d.principles[p.id] ?? ''));
  return [
    // One list item per principle ("Label: text"): the labels are too long for a key column.
    ...section(
      partTitle('periaatteet'),
      principles.length ? [{ kind: 'list', items: principles.map((p) => `${p.label}: ${d.principles[p.id]}`) }] : [],
    ),
    ...section(partTitle('riskit'), riskBlocks(d)),
  ];
}

/** Sub-goals as a numbered list (the main goal is on page 1); a goal text is wrapped, never cut. */
function subGoalBlocks(d: Draft): PdfBlock[] {
  const goals = d.subGoals.map((g, i) => ({ n: i + 1, text: g.text })).filter((g) => filled(g.text));
  if (goals.length === 0) return [];
  return [heading(2, FIELDS.subGoals.label), { kind: 'list', items: goals.map((g) => `Osatavoite ${g.n}: ${g.text}`) }];
}

/** Each action kept together on one page: its title as the heading, the description, one line of facts. */
function actionBlocks(d: Draft): PdfBlock[] {
  // Goals by number only: their texts stand in full under Tavoitteet and on page 1, never cut here.
  const goalName = (id: string) => {
    if (id === MAIN_GOAL_ID) return 'Päätavoite';
    const index = d.subGoals.findIndex((g) => g.id === id);
    return index >= 0 ? `Osatavoite ${index + 1}` : null;
  };
  return d.actions.flatMap((a, i): PdfBlock[] => {
    // A row with nothing typed is left out; anything typed is printed.
    if (![a.title, a.description, a.timing, a.responsible].some(filled)) return [];
    const goalNames = a.goalIds.map(goalName).filter((g): g is string => g !== null);
    const facts = [
      goalNames.length ? `Tavoite: ${goalNames.join(', ')}` : '',
      filled(a.timing) ? `${FIELDS['actions.timing'].label}: ${a.timing}` : '',
      filled(a.responsible) ? `${FIELDS['actions.responsible'].label}: ${a.responsible}` : '',
    ].filter(filled);
    return [
      {
        kind: 'keep',
        blocks: [
          heading(3, `${i + 1}. ${filled(a.title) ? a.title.trim() : `Toimenpide ${i + 1}`}`),
          ...(filled(a.description) ? [paragraph(a.description)] : []),
          ...(facts.length ? [paragraph(facts.join(' · '), 'muted')] : []),
        ],
      },
    ];
  });
}

/** Partners as a table (name, role, letter of intent), kept with its heading. */
function partnerBlocks(d: Draft): PdfBlock[] {
  const partners = d.partners.filter((p) => filled(p.name) || filled(p.role));
  // (A partner's letter-of-intent state alone is not a partner yet.)
  if (partners.length === 0) return [];
  return [
    heading(2, FIELDS.partners.label),
    {
      kind: 'table',
      columns: [
        { header: FIELDS['partners.name'].label, width: 0.32 },
        { header: 'Rooli', width: 0.48 },
        { header: FIELDS['partners.loiStatus'].label, width: 0.2 },
      ],
      rows: partners.map((p) => [cell(p.name), cell(p.role), labelOf(LOI_STATUSES, p.loiStatus)]),
    },
  ];
}

/** Indicators as a table; the goal column names the goal the way the goals are numbered. */
function indicatorBlocks(d: Draft): PdfBlock[] {
  const indicators = d.indicators.filter((x) => [x.name, x.unit, x.baseline, x.target, x.source].some(filled));
  if (indicators.length === 0) return [];
  const goalRef = (id: string) => {
    if (id === MAIN_GOAL_ID) return 'Päätavoite';
    const index = d.subGoals.findIndex((g) => g.id === id);
    return index >= 0 ? `Osatavoite ${index + 1}` : DASH;
  };
  return [
    heading(2, FIELDS.indicators.label),
    {
      kind: 'table',
      columns: [
        { header: FIELDS['indicators.goalId'].label, width: 0.15 },
        { header: FIELDS['indicators.name'].label, width: 0.25 },
        { header: FIELDS['indicators.unit'].label, width: 0.12 },
        { header: FIELDS['indicators.baseline'].label, width: 0.12 },
        { header: FIELDS['indicators.target'].label, width: 0.13 },
        { header: FIELDS['indicators.source'].label, width: 0.23 },
      ],
      rows: indicators.map((x) => [goalRef(x.goalId), cell(x.name), cell(x.unit), cell(x.baseline), cell(x.target), cell(x.source)]),
    },
  ];
}

/** Risks with likelihood, impact and how the association prepares. */
function riskBlocks(d: Draft): PdfBlock[] {
  const risks = d.risks.filter((r) => filled(r.risk) || filled(r.mitigation));
  if (risks.length === 0) return [];
  const level = (id: string) => (id ? labelOf(RISK_LEVELS, id) : DASH);
  return [
    {
      kind: 'table',
      columns: [
        { header: FIELDS['risks.risk'].label, width: 0.32 },
        { header: FIELDS['risks.likelihood'].label, width: 0.17 },
        { header: FIELDS['risks.impact'].label, width: 0.13 },
        { header: fieldName('risks.mitigation'), width: 0.38 },
      ],
      rows: risks.map((r) => [cell(r.risk), level(r.likelihood), level(r.impact), cell(r.mitigation)]),
    },
  ];
}
