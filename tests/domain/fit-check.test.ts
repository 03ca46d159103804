import { describe, expect, it } from 'vitest';
import type { BudgetSummary } from '../../src/domain/budget/types';
import {
  DEFAULT_FIT_CONFIG,
  evaluateFit,
  FIT_GROUP_TITLES,
  FIT_GROUPS,
  FIT_LEVELS,
  FIT_RULES,
  findStemWord,
  groupFindings,
  looksMeasurable,
  readinessText,
  SELF_ASSESSMENT_CRITERIA,
  SELF_ASSESSMENT_NOTE,
  summariseSelfAssessment,
  type FitConfig,
  type FitFinding,
} from '../../src/domain/fit-check';
import { calculateBudget } from '../../src/domain/budget/calculate';
import { createEmptyDraft } from '../../src/domain/idea-paper/new-draft';
import { partOfField } from '../../src/domain/idea-paper/parts';
import { EMPHASES, PRINCIPLES } from '../../src/domain/idea-paper/options';
import type { Draft } from '../../src/domain/idea-paper/schema';
import { STEPS, stepOfField } from '../../src/domain/idea-paper/steps';

const NOW = '2026-01-01T00:00:00.000Z';

/** A budget summary with a sane default: flat rate, 10 000 € staff, self-financing covered exactly. */
function budget(overrides: Partial<BudgetSummary> = {}): BudgetSummary {
  return {
    costModel: 'flat40',
    staff: [],
    staffCostsCents: 1_000_000,
    flatRateCents: 400_000,
    totalCents: 1_400_000,
    years: [],
    aidCents: 1_120_000,
    selfFinancingRequiredCents: 280_000,
    sources: [{ id: 'own', cents: 280_000 }],
    sourcesTotalCents: 280_000,
    coverage: { kind: 'exact', differenceCents: 0 },
    maxAdvanceCents: 336_000,
    hasBudget: true,
    problems: [],
    ...overrides,
  };
}

/** A draft that should pass every este and korjattavaa rule. */
function goodDraft(): Draft {
  const d = createEmptyDraft({ id: 'd1', now: NOW });
  return {
    ...d,
    applicant: { ...d.applicant, name: 'Kylätoiminta Testilä ry', legalForm: 'ry', businessId: '0827616-7' },
    project: {
      name: 'Yhdessä kylillä',
      summary: 'Kohtaamispaikka kylille.',
      startMonth: '2027-01',
      endMonth: '2028-12',
      regions: ['pohjois-savo', 'etela-savo'],
      municipalities: 'Kuopio',
    },
    need: { problem: 'Moni asuu yksin.', evidence: 'Kyselyyn vastasi 60 ihmistä.', participation: 'Kahvitilaisuudet.' },
    targetGroup: { ...d.targetGroup, groups: ['yksinaiset'] },
    mainGoal: 'Yksinäisyyttä kokevien osuus vähenee kylillä.',
    results: { ...d.results, expected: 'Kylillä on viikoittainen kohtaamispaikka.', continuity: 'Vapaaehtoiset jatkavat kahviloita.' },
    subGoals: [{ id: 'g1', text: 'Vähintään 40 ikääntynyttä osallistuu viikoittain.' }],
    actions: [{ id: 'a1', title: 'Kyläkahvilat', description: 'Viikoittain.', goalIds: ['main', 'g1'], timing: '', responsible: '' }],
    indicators: [
      { id: 'i1', goalId: 'main', name: 'Yksinäisyyttä kokevat', unit: '%', baseline: '60', target: '40', source: 'Kysely' },
      { id: 'i2', goalId: 'g1', name: 'Osallistujat', unit: 'henkilöä', baseline: '0', target: '40', source: 'Listat' },
    ],
    partners: [{ id: 'p1', name: 'Kuopion kaupunki', role: 'Tilat', loiStatus: 'sovittu' }],
    risks: [{ id: 'r1', risk: 'Vähän osallistujia', likelihood: 'kohtalainen', impact: 'suuri', mitigation: 'Kyydit' }],
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p.id, 'Kuvattu.'])),
    fit: {
      emphases: { 'yhteisollinen-kuntouttava': { selected: true, how: 'Kyläkahvilat kokoavat ihmiset yhteen.' } },
      objectives: {},
      selfAssessment: {},
    },
  };
}

/** goodDraft with a shallow patch on top. */
const draft = (patch: Partial<Draft> = {}): Draft => ({ ...goodDraft(), ...patch });
const g = goodDraft();

interface Case {
  readonly name: string;
  readonly draft: Draft;
  readonly budget?: BudgetSummary;
  readonly config?: FitConfig;
}

interface RuleCases {
  readonly triggers: readonly Case[];
  readonly passes: readonly Case[];
}

const CASES: Record<string, RuleCases> = {
  'legal-form-ineligible': {
    triggers: [
      { name: 'toiminimi', draft: draft({ applicant: { ...g.applicant, legalForm: 'toiminimi' } }) },
      { name: 'rekisteröimätön yhdistys', draft: draft({ applicant: { ...g.applicant, legalForm: 'rekisteroimaton' } }) },
    ],
    passes: [
      { name: 'ry', draft: goodDraft() },
      { name: 'not answered yet', draft: draft({ applicant: { ...g.applicant, legalForm: '' } }) },
    ],
  },
  'applicant-missing': {
    triggers: [
      { name: 'no name', draft: draft({ applicant: { ...g.applicant, name: ' ' } }) },
      { name: 'no legal form', draft: draft({ applicant: { ...g.applicant, legalForm: '' } }) },
    ],
    passes: [
      { name: 'named ry', draft: goodDraft() },
      { name: 'ineligible form is its own rule', draft: draft({ applicant: { ...g.applicant, legalForm: 'toiminimi' } }) },
    ],
  },
  'region-missing': {
    triggers: [{ name: 'no region chosen', draft: draft({ project: { ...g.project, regions: [] } }) }],
    passes: [
      { name: 'two of the three provinces', draft: goodDraft() },
      { name: 'an unknown region is its own rule', draft: draft({ project: { ...g.project, regions: ['uusimaa'] } }) },
    ],
  },
  'region-outside-area': {
    triggers: [{ name: 'an imported unknown region', draft: draft({ project: { ...g.project, regions: ['pohjois-savo', 'uusimaa'] } }) }],
    passes: [
      { name: 'two of the three provinces', draft: goodDraft() },
      { name: 'none chosen yet', draft: draft({ project: { ...g.project, regions: [] } }) },
    ],
  },
  'project-period-missing': {
    triggers: [
      { name: 'no months', draft: draft({ project: { ...g.project, startMonth: '', endMonth: '' } }) },
      { name: 'end month missing', draft: draft({ project: { ...g.project, endMonth: '' } }) },
    ],
    passes: [{ name: 'both months', draft: goodDraft() }],
  },
  'project-period-outside-rules': {
    triggers: [
      { name: 'ends after 12/2029', draft: draft({ project: { ...g.project, startMonth: '2028-01', endMonth: '2030-01' } }) },
      { name: 'starts before 2021', draft: draft({ project: { ...g.project, startMonth: '2020-12', endMonth: '2021-12' } }) },
      { name: 'end before start', draft: draft({ project: { ...g.project, startMonth: '2028-01', endMonth: '2027-01' } }) },
    ],
    passes: [
      { name: '2027–2028', draft: goodDraft() },
      { name: 'ends exactly 12/2029', draft: draft({ project: { ...g.project, startMonth: '2027-01', endMonth: '2029-12' } }) },
      { name: 'no months yet', draft: draft({ project: { ...g.project, startMonth: '', endMonth: '' } }) },
    ],
  },
  'project-length-unusual': {
    triggers: [
      { name: '6 months', draft: draft({ project: { ...g.project, startMonth: '2027-01', endMonth: '2027-06' } }) },
      { name: '48 months', draft: draft({ project: { ...g.project, startMonth: '2025-01', endMonth: '2028-12' } }) },
      {
        name: '24 months with a stricter config',
        draft: goodDraft(),
        config: { ...DEFAULT_FIT_CONFIG, projectLength: { ...DEFAULT_FIT_CONFIG.projectLength, minMonths: 30 } },
      },
    ],
    passes: [
      { name: '24 months', draft: goodDraft() },
      { name: 'exactly 12 months', draft: draft({ project: { ...g.project, startMonth: '2027-01', endMonth: '2027-12' } }) },
      { name: 'exactly 36 months', draft: draft({ project: { ...g.project, startMonth: '2027-01', endMonth: '2029-12' } }) },
      { name: 'end month missing', draft: draft({ project: { ...g.project, endMonth: '' } }) },
      {
        name: 'end before start (its own rule)',
        draft: draft({ project: { ...g.project, startMonth: '2028-01', endMonth: '2027-01' } }),
      },
    ],
  },
  'need-missing': {
    triggers: [{ name: 'no need text', draft: draft({ need: { ...g.need, problem: '  ' } }) }],
    passes: [{ name: 'need described', draft: goodDraft() }],
  },
  'target-group-missing': {
    triggers: [{ name: 'nothing ticked, no text', draft: draft({ targetGroup: { ...g.targetGroup, groups: [], otherGroups: '' } }) }],
    passes: [
      { name: 'a group ticked', draft: goodDraft() },
      { name: 'only free text', draft: draft({ targetGroup: { ...g.targetGroup, groups: [], otherGroups: 'Yksin asuvat' } }) },
    ],
  },
  'target-group-unlisted': {
    triggers: [{ name: 'only free text', draft: draft({ targetGroup: { ...g.targetGroup, groups: [], otherGroups: 'Yksin asuvat' } }) }],
    passes: [
      { name: 'a group ticked', draft: goodDraft() },
      { name: 'ticked and free text', draft: draft({ targetGroup: { ...g.targetGroup, otherGroups: 'Yli 65-vuotiaat' } }) },
      { name: 'nothing at all (target-group-missing covers it)', draft: draft({ targetGroup: { ...g.targetGroup, groups: [] } }) },
    ],
  },
  'emphasis-none': {
    triggers: [
      { name: 'nothing ticked', draft: draft({ fit: { ...g.fit, emphases: {} } }) },
      { name: 'unticked with text kept', draft: draft({ fit: { ...g.fit, emphases: { perheet: { selected: false, how: 'Perheet' } } } }) },
    ],
    passes: [{ name: 'one ticked', draft: goodDraft() }],
  },
  'emphasis-unexplained': {
    triggers: [
      {
        name: 'ticked, no text',
        draft: draft({ fit: { ...g.fit, emphases: { ...g.fit.emphases, perheet: { selected: true, how: '  ' } } } }),
      },
    ],
    passes: [
      { name: 'ticked with text', draft: goodDraft() },
      {
        name: 'unticked without text',
        draft: draft({ fit: { ...g.fit, emphases: { ...g.fit.emphases, perheet: { selected: false, how: '' } } } }),
      },
    ],
  },
  'need-without-evidence': {
    triggers: [{ name: 'no evidence', draft: draft({ need: { ...g.need, evidence: '' } }) }],
    passes: [
      { name: 'evidence given', draft: goodDraft() },
      { name: 'no need at all (need-missing covers it)', draft: draft({ need: { problem: '', evidence: '', participation: '' } }) },
    ],
  },
  'partner-loi-missing': {
    triggers: [
      { name: 'no partners', draft: draft({ partners: [] }) },
      { name: 'partners without a letter of intent', draft: draft({ partners: [{ id: 'p1', name: 'Kunta', role: '', loiStatus: 'ei' }] }) },
    ],
    passes: [
      { name: 'agreed', draft: goodDraft() },
      {
        name: 'being negotiated',
        draft: draft({
          partners: [
            { id: 'p1', name: 'Kunta', role: '', loiStatus: 'ei' },
            { id: 'p2', name: 'Seurakunta', role: '', loiStatus: 'neuvotteilla' },
          ],
        }),
      },
    ],
  },
  'emphasis-theme-hint': {
    triggers: [
      {
        name: 'food aid in the summary',
        draft: draft({ project: { ...g.project, summary: 'Jaamme ruoka-apua ja kutsumme syömään yhdessä.' } }),
      },
      {
        name: 'mental health in an action',
        draft: draft({ actions: [{ ...g.actions[0]!, description: 'Mielenterveyttä tukevat keskusteluryhmät.' }] }),
      },
    ],
    passes: [
      { name: 'no themes beyond the ticked one', draft: goodDraft() },
      {
        name: 'the theme is ticked',
        draft: draft({
          project: { ...g.project, summary: 'Jaamme ruoka-apua.' },
          fit: { ...g.fit, emphases: { ...g.fit.emphases, 'ruoka-apu': { selected: true, how: 'Ruokajakelun yhteydessä.' } } },
        }),
      },
      { name: 'stem inside a word', draft: draft({ project: { ...g.project, summary: 'Monikulttuurinen kylä.' } }) },
      {
        name: 'nothing chosen yet (emphasis-none carries the suggestions)',
        draft: draft({ project: { ...g.project, summary: 'Jaamme ruoka-apua.' }, fit: { ...g.fit, emphases: {} } }),
      },
    ],
  },
  'goals-missing': {
    triggers: [
      { name: 'no goals', draft: draft({ mainGoal: '', subGoals: [] }) },
      { name: 'only empty rows', draft: draft({ mainGoal: ' ', subGoals: [{ id: 'g1', text: '' }] }) },
    ],
    passes: [
      { name: 'goals written', draft: goodDraft() },
      { name: 'only a sub-goal', draft: draft({ mainGoal: '' }) },
    ],
  },
  'actions-missing': {
    triggers: [
      { name: 'no actions', draft: draft({ actions: [] }) },
      { name: 'an empty action row', draft: draft({ actions: [{ ...g.actions[0]!, title: '', description: ' ' }] }) },
    ],
    passes: [{ name: 'an action written', draft: goodDraft() }],
  },
  'results-missing': {
    triggers: [{ name: 'no expected results', draft: draft({ results: { ...g.results, expected: '' } }) }],
    passes: [{ name: 'results described', draft: goodDraft() }],
  },
  'indicators-missing': {
    triggers: [
      { name: 'no indicators', draft: draft({ indicators: [] }) },
      { name: 'an indicator without a name', draft: draft({ indicators: [{ ...g.indicators[0]!, name: '' }] }) },
    ],
    passes: [{ name: 'indicators added', draft: goodDraft() }],
  },
  'continuity-missing': {
    triggers: [{ name: 'nothing on continuity', draft: draft({ results: { ...g.results, continuity: '' } }) }],
    passes: [{ name: 'continuity described', draft: goodDraft() }],
  },
  'goal-without-indicator': {
    triggers: [{ name: 'sub-goal without indicator', draft: draft({ indicators: g.indicators.filter((i) => i.goalId !== 'g1') }) }],
    passes: [
      { name: 'every goal measured', draft: goodDraft() },
      { name: 'no indicators at all (indicators-missing covers it)', draft: draft({ indicators: [] }) },
      { name: 'an empty sub-goal row is not a goal', draft: draft({ subGoals: [...g.subGoals, { id: 'g2', text: ' ' }] }) },
    ],
  },
  'indicator-incomplete': {
    triggers: [
      { name: 'no unit', draft: draft({ indicators: [g.indicators[0]!, { ...g.indicators[1]!, unit: '' }] }) },
      { name: 'no data source', draft: draft({ indicators: [g.indicators[0]!, { ...g.indicators[1]!, source: '' }] }) },
    ],
    passes: [{ name: 'complete', draft: goodDraft() }],
  },
  'action-without-goal': {
    triggers: [
      { name: 'no goals linked', draft: draft({ actions: [...g.actions, { ...g.actions[0]!, id: 'a2', goalIds: [] }] }) },
      {
        name: 'linked only to an empty main goal',
        draft: draft({ mainGoal: '', actions: [...g.actions, { ...g.actions[0]!, id: 'a2', goalIds: ['main'] }] }),
      },
    ],
    passes: [
      { name: 'linked', draft: goodDraft() },
      { name: 'no goals at all (goals-missing covers it)', draft: draft({ mainGoal: '', subGoals: [] }) },
    ],
  },
  'goal-without-action': {
    triggers: [{ name: 'sub-goal not served', draft: draft({ actions: [{ ...g.actions[0]!, goalIds: ['main'] }] }) }],
    passes: [
      { name: 'all served', draft: goodDraft() },
      { name: 'no actions at all (actions-missing covers it)', draft: draft({ actions: [] }) },
    ],
  },
  'risk-without-mitigation': {
    triggers: [
      {
        name: 'no mitigation',
        draft: draft({ risks: [...g.risks, { id: 'r2', risk: 'Vetäjä sairastuu', likelihood: '', impact: '', mitigation: '' }] }),
      },
    ],
    passes: [
      { name: 'mitigated', draft: goodDraft() },
      { name: 'no risks listed', draft: draft({ risks: [] }) },
    ],
  },
  'goal-not-measurable': {
    triggers: [{ name: 'vague sub-goal', draft: draft({ subGoals: [{ id: 'g1', text: 'Kyläläiset viihtyvät yhdessä.' }] }) }],
    passes: [
      { name: 'numbers and change words', draft: goodDraft() },
      { name: 'a number in words', draft: draft({ subGoals: [{ id: 'g1', text: 'Toiminta vakiintuu kolmella kylällä.' }] }) },
      { name: 'a change word: vahvistuu', draft: draft({ mainGoal: 'Ikääntyneiden osallisuus vahvistuu.' }) },
      { name: 'a change word: vähentää', draft: draft({ mainGoal: 'Vähentää yksinäisyyttä kylillä.' }) },
    ],
  },
  'budget-missing': {
    triggers: [{ name: 'no staff costs', draft: goodDraft(), budget: budget({ hasBudget: false, staffCostsCents: 0, totalCents: 0 }) }],
    passes: [
      { name: 'budget made', draft: goodDraft() },
      { name: 'lump sum chosen', draft: goodDraft(), budget: budget({ costModel: 'lumpSum', hasBudget: false }) },
    ],
  },
  'self-financing-short': {
    triggers: [
      {
        name: 'short',
        draft: goodDraft(),
        budget: budget({ coverage: { kind: 'short', differenceCents: 123_456 }, sourcesTotalCents: 156_544 }),
      },
    ],
    passes: [
      { name: 'exact', draft: goodDraft() },
      { name: 'over', draft: goodDraft(), budget: budget({ coverage: { kind: 'over', differenceCents: 500 } }) },
      {
        name: 'no budget yet (the budget rule covers it)',
        draft: goodDraft(),
        budget: budget({ hasBudget: false, coverage: { kind: 'short', differenceCents: 100 } }),
      },
    ],
  },
  'principle-empty': {
    triggers: [{ name: 'internationalisation empty', draft: draft({ principles: { ...g.principles, kansainvalisyys: '' } }) }],
    passes: [{ name: 'all described', draft: goodDraft() }],
  },
};

const run = (c: Case) => evaluateFit(c.draft, c.budget ?? budget(), c.config);
const ruleIdsOf = (c: Case) => run(c).findings.map((f) => f.ruleId);

describe('fit check rule table', () => {
  it('has unique rule ids and a test case for every rule', () => {
    const ids = FIT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  for (const rule of FIT_RULES) {
    describe(`${rule.id} (${rule.level})`, () => {
      const cases = CASES[rule.id];
      it.each(cases?.triggers ?? [])('triggers: $name', (c) => {
        const found = run(c).findings.filter((f) => f.ruleId === rule.id);
        expect(found.length).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.level).toBe(rule.level);
          expect(f.group).toBe(rule.group);
        }
      });
      it.each(cases?.passes ?? [])('does not trigger: $name', (c) => {
        expect(ruleIdsOf(c)).not.toContain(rule.id);
      });
    });
  }
});

describe('finding details', () => {
  const one = (c: Case, ruleId: string): FitFinding[] => run(c).findings.filter((f) => f.ruleId === ruleId);

  it('states the missing self-financing amount in fi-FI euros', () => {
    const [f] = one(CASES['self-financing-short']!.triggers[0]!, 'self-financing-short');
    expect(f?.title).toBe('Omarahoituksesta puuttuu 1\u00a0234,56\u00a0€');
    expect(f?.field).toBe('budget.financing');
  });

  it('says what a sole trader and an unregistered association can do, each its own way', () => {
    const [sole] = one(CASES['legal-form-ineligible']!.triggers[0]!, 'legal-form-ineligible');
    const [unreg] = one(CASES['legal-form-ineligible']!.triggers[1]!, 'legal-form-ineligible');
    expect(sole?.todo).toContain('Toiminimi');
    expect(sole?.todo).not.toContain('rekisteröity');
    expect(unreg?.todo).toContain('yhdistysrekisteriin');
  });

  it('names the programme period and its source when the project ends too late', () => {
    const [late] = one(CASES['project-period-outside-rules']!.triggers[0]!, 'project-period-outside-rules');
    expect(late?.title).toBe('Hanke päättyy ohjelmakauden jälkeen (1/2030)');
    expect(late?.why).toContain('1/2021–12/2029');
    expect(late?.why).toContain('2021/1060');
    expect(late?.field).toBe('project.endMonth');
  });

  it('suggests emphases from the association’s own words when none is chosen', () => {
    const c = {
      name: 'food aid',
      draft: draft({ project: { ...g.project, summary: 'Jaamme ruoka-apua.' }, fit: { ...g.fit, emphases: {} } }),
    };
    const [f] = one(c, 'emphasis-none');
    expect(f?.level).toBe('korjattavaa');
    expect(f?.todo).toContain('Ruoka-apuun liittyvä osallisuustoiminta');
    expect(f?.todo).toContain('”ruoka-apua”');
    expect(f?.why).toContain('ei ole rahoituksen ehto');
  });

  it('tells where self-financing may come from and that the coordinator helps', () => {
    const [f] = one(CASES['self-financing-short']!.triggers[0]!, 'self-financing-short');
    for (const kind of ['omat varat', 'kunnan rahoitus', 'muu julkinen rahoitus', 'yksityinen rahoitus', 'Koordinaattori'])
      expect(f?.todo).toContain(kind);
    expect(f?.why).toContain('80 %');
    expect(f?.why).toContain('2\u00a0800\u00a0€');
  });

  it('shows the basis of the project length setting', () => {
    const [f] = one(CASES['project-length-unusual']!.triggers[0]!, 'project-length-unusual');
    expect(f?.title).toContain('6 kk');
    expect(f?.why).toContain(DEFAULT_FIT_CONFIG.projectLength.basis);
  });

  it('emits one finding per item and opens the item field', () => {
    const d = draft({
      indicators: [
        { id: 'i1', goalId: 'main', name: '', unit: '', baseline: '', target: '', source: '' },
        { id: 'i2', goalId: 'g1', name: 'Osallistujat', unit: 'henkilöä', baseline: '', target: '40', source: 'Listat' },
      ],
      fit: { ...g.fit, emphases: { ...g.fit.emphases, perheet: { selected: true, how: '' }, 'ruoka-apu': { selected: true, how: '' } } },
    });
    const findings = evaluateFit(d, budget()).findings;
    expect(findings.filter((f) => f.ruleId === 'indicator-incomplete').map((f) => f.field)).toEqual([
      'indicators.i1.name',
      'indicators.i2.baseline',
    ]);
    expect(findings.filter((f) => f.ruleId === 'emphasis-unexplained').map((f) => f.field)).toEqual([
      'fit.emphases.perheet.how',
      'fit.emphases.ruoka-apu.how',
    ]);
  });

  it('links action and goal findings to the right fields', () => {
    const [a] = one(CASES['action-without-goal']!.triggers[0]!, 'action-without-goal');
    expect(a?.field).toBe('actions.a2.goalIds');
    const [m] = one(CASES['goal-not-measurable']!.triggers[0]!, 'goal-not-measurable');
    expect(m?.field).toBe('subGoals.g1.text');
    expect(m?.title).toContain('Osatavoite 1');
  });

  it('names the emphasis and the word it found', () => {
    const [hint] = one(CASES['emphasis-theme-hint']!.triggers[0]!, 'emphasis-theme-hint');
    expect(hint?.title).toContain('Ruoka-apuun liittyvä osallisuustoiminta');
    expect(hint?.why).toContain('ruoka-apua');
    expect(hint?.field).toBe('fit.emphases.ruoka-apu');
  });
});

describe('evaluateFit report', () => {
  it('finds no blockers or things to fix in a good draft', () => {
    const report = evaluateFit(goodDraft(), budget());
    expect(report.findings.filter((f) => f.level !== 'vinkki')).toEqual([]);
    expect(report.counts.este).toBe(0);
    expect(report.counts.korjattavaa).toBe(0);
    expect(report.missing).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.readinessText).toBe('Valmis keskusteluun rahoittajan kanssa');
  });

  it('counts per level match the findings', () => {
    const empty = createEmptyDraft({ id: 'd1', now: NOW });
    const report = evaluateFit(empty, budget({ hasBudget: false }));
    for (const level of FIT_LEVELS) {
      expect(report.counts[level]).toBe(report.findings.filter((f) => f.level === level).length);
    }
    expect(report.counts.korjattavaa).toBeGreaterThan(0);
  });

  it('names what is missing, then other blockers, in Finnish', () => {
    expect(readinessText([], 0)).toBe('Valmis keskusteluun rahoittajan kanssa');
    expect(readinessText([], 1)).toBe('Ennen rahoittajan kanssa keskustelua korjaa 1 este');
    expect(readinessText([], 2)).toBe('Ennen rahoittajan kanssa keskustelua korjaa 2 estettä');
    expect(readinessText(['tavoitteet', 'toimenpiteet', 'mittarit'], 0)).toBe('Vielä puuttuu: tavoitteet, toimenpiteet, mittarit');
    expect(readinessText(['mittarit'], 1)).toBe('Vielä puuttuu: mittarit. Korjaa myös 1 este.');
  });

  it('is ready with warnings and suggestions but no blockers', () => {
    const report = evaluateFit(
      draft({ need: { ...g.need, evidence: '' }, subGoals: [{ id: 'g1', text: 'Kyläläiset viihtyvät.' }] }),
      budget(),
    );
    expect(report.counts.korjattavaa).toBeGreaterThan(0);
    expect(report.counts.vinkki).toBeGreaterThan(0);
    expect(report.ready).toBe(true);
  });

  it('has a finding in every group of an empty draft, so no empty part reads as fine', () => {
    const report = evaluateFit(createEmptyDraft({ id: 'd1', now: NOW }), budget({ hasBudget: false }));
    for (const section of groupFindings(report.findings)) expect(section.findings.length, section.group).toBeGreaterThan(0);
  });

  it('sorts by level, then by rule table order', () => {
    const d = draft({
      applicant: { ...g.applicant, legalForm: 'toiminimi' },
      principles: {},
      subGoals: [{ id: 'g1', text: 'Kyläläiset viihtyvät.' }],
      need: { ...g.need, evidence: '' },
      project: { ...g.project, regions: [], summary: 'Ruoka-apu ja kulttuuri.' },
    });
    const findings = evaluateFit(d, budget({ coverage: { kind: 'short', differenceCents: 100 } })).findings;
    const order = FIT_RULES.map((r) => r.id);
    const key = (f: FitFinding) => [FIT_LEVELS.indexOf(f.level), order.indexOf(f.ruleId)] as const;
    for (let i = 1; i < findings.length; i++) {
      const [la, ra] = key(findings[i - 1]!);
      const [lb, rb] = key(findings[i]!);
      expect(la < lb || (la === lb && ra <= rb)).toBe(true);
    }
    expect(findings[0]?.ruleId).toBe('legal-form-ineligible');
    expect(findings.at(-1)?.level).toBe('vinkki');
    expect(new Set(findings.map((f) => f.level))).toEqual(new Set(FIT_LEVELS));
  });

  it('groups findings the way the funder judges, keeping empty groups', () => {
    const report = evaluateFit(draft({ principles: {} }), budget());
    const sections = groupFindings(report.findings);
    expect(sections.map((s) => s.group)).toEqual([...FIT_GROUPS]);
    expect(sections.map((s) => s.title)).toEqual(FIT_GROUPS.map((gr) => FIT_GROUP_TITLES[gr]));
    expect(sections.find((s) => s.group === 'principles')?.findings).toHaveLength(PRINCIPLES.length);
    expect(sections.find((s) => s.group === 'money')?.findings).toEqual([]);
  });

  it('is exported from the domain index', async () => {
    const domain = await import('../../src/domain');
    expect(domain.evaluateFit).toBe(evaluateFit);
  });
});

describe('every finding explains itself', () => {
  const all = Object.values(CASES).flatMap((c) => c.triggers.flatMap((t) => run(t).findings));
  all.push(...evaluateFit(createEmptyDraft({ id: 'd1', now: NOW }), budget({ hasBudget: false })).findings);

  it('has collected findings of every rule', () => {
    expect(new Set(all.map((f) => f.ruleId))).toEqual(new Set(FIT_RULES.map((r) => r.id)));
  });

  it('has a title, a reason, a step to take and a field', () => {
    for (const f of all) {
      expect(f.title.trim(), f.ruleId).not.toBe('');
      expect(f.why.trim(), f.ruleId).not.toBe('');
      expect(f.todo.trim(), f.ruleId).not.toBe('');
      expect(f.field.trim(), f.ruleId).not.toBe('');
      expect(f.why, f.ruleId).not.toBe(f.todo);
    }
  });

  it('opens a field that belongs to a wizard step', () => {
    for (const f of all) {
      const step = STEPS.find((s) => s.id === stepOfField(f.field));
      expect((step?.parts as readonly string[] | undefined) ?? [], `${f.ruleId}: ${f.field}`).toContain(partOfField(f.field));
    }
  });
});

describe('fit check config', () => {
  it('has lowercase stems for all 13 emphasised contents', () => {
    expect(Object.keys(DEFAULT_FIT_CONFIG.emphasisKeywords.stems).sort()).toEqual(EMPHASES.map((e) => e.id).sort());
    for (const stems of Object.values(DEFAULT_FIT_CONFIG.emphasisKeywords.stems)) {
      expect(stems.length).toBeGreaterThan(0);
      for (const s of stems) expect(s).toBe(s.toLowerCase());
    }
  });

  it('shows a basis for every setting', () => {
    expect(DEFAULT_FIT_CONFIG.projectLength.basis).toContain('hakuilmoitus');
    expect(DEFAULT_FIT_CONFIG.emphasisKeywords.basis.length).toBeGreaterThan(20);
    expect(DEFAULT_FIT_CONFIG.measurability.basis.length).toBeGreaterThan(20);
  });

  it('matches stems at word starts only, returning the whole word', () => {
    expect(findStemWord('Teemme Kulttuurihyvinvointia kylillä', ['kulttuuri'])).toBe('kulttuurihyvinvointia');
    expect(findStemWord('Monikulttuurinen kylä', ['kulttuuri'])).toBeNull();
    expect(findStemWord('Jaamme ruoka-avun yhdessä', ['ruoka-avu'])).toBe('ruoka-avun');
    expect(findStemWord('(yksinäisyys)', ['yksinäi'])).toBe('yksinäisyys');
  });

  it('recognises measurable goals roughly', () => {
    expect(looksMeasurable('Vähintään neljäkymmentä osallistujaa', DEFAULT_FIT_CONFIG)).toBe(true);
    expect(looksMeasurable('Osuus kasvaa 20 %', DEFAULT_FIT_CONFIG)).toBe(true);
    expect(looksMeasurable('Yksinäisyys vähenee', DEFAULT_FIT_CONFIG)).toBe(true);
    expect(looksMeasurable('Ihmiset voivat paremmin', DEFAULT_FIT_CONFIG)).toBe(false);
    // "yksinäisyys" starts with "yksi" but is not a number word.
    expect(looksMeasurable('Yksinäisyyttä lievitetään', DEFAULT_FIT_CONFIG)).toBe(false);
  });
});

describe('self-assessment', () => {
  it('scores content criteria 0–5 and horizontal criteria 0–3', () => {
    const content = SELF_ASSESSMENT_CRITERIA.filter((c) => c.kind === 'content');
    const horizontal = SELF_ASSESSMENT_CRITERIA.filter((c) => c.kind === 'horizontal');
    expect(content.length).toBeGreaterThanOrEqual(4);
    expect(horizontal.length).toBeGreaterThanOrEqual(2);
    expect(content.every((c) => c.max === 5)).toBe(true);
    expect(horizontal.every((c) => c.max === 3)).toBe(true);
    expect(new Set(SELF_ASSESSMENT_CRITERIA.map((c) => c.id)).size).toBe(SELF_ASSESSMENT_CRITERIA.length);
    for (const c of SELF_ASSESSMENT_CRITERIA) expect(c.hint.trim()).not.toBe('');
  });

  it('says it is the association’s own estimate and no promise of funding', () => {
    expect(SELF_ASSESSMENT_NOTE).toContain('oma arvio');
    expect(SELF_ASSESSMENT_NOTE).toContain('ei ole rahoittajan pisteytys');
    expect(SELF_ASSESSMENT_NOTE).toContain('lupaus rahoituksesta');
  });

  it('sums given scores, ignores unknown ids and caps at each criterion’s max', () => {
    const maxTotal = SELF_ASSESSMENT_CRITERIA.reduce((s, c) => s + c.max, 0);
    expect(summariseSelfAssessment({ emphases: {}, objectives: {}, selfAssessment: {} })).toEqual({
      scored: 0,
      criteria: SELF_ASSESSMENT_CRITERIA.length,
      total: 0,
      maxTotal,
    });
    const summary = summariseSelfAssessment({
      emphases: {},
      objectives: {},
      selfAssessment: {
        'sisalto-sopivuus': 4,
        'sisalto-tarve': null,
        'horisontaali-kestava-kehitys': 5,
        tuntematon: 5,
      },
    });
    expect(summary).toEqual({ scored: 2, criteria: SELF_ASSESSMENT_CRITERIA.length, total: 4 + 3, maxTotal });
  });
});

describe('whole-draft verdicts (real budget calculation)', () => {
  // One staff row: 3 000 € × 24 kk × 100 % + 26.44 % side costs + 40 % flat rate; the self-financing
  // entered covers the 20 % share in full (the budget module reports the share; the case asks it).
  const staff = [{ id: 's1', role: 'Ohjaaja', monthlySalary: '3000', months: '24', sharePercent: '100', monthsByYear: {} }];
  const withMoney = (d: Draft, financed = true): Draft => {
    const withStaff = { ...d, budget: { ...d.budget, staff } };
    const share = calculateBudget(withStaff).selfFinancingRequiredCents / 100;
    const own = { amount: financed ? String(share) : '', unit: 'eur' as const };
    return { ...withStaff, budget: { ...withStaff.budget, financing: { ...withStaff.budget.financing, own } } };
  };
  const verdict = (d: Draft) => {
    const report = evaluateFit(d, calculateBudget(d));
    return {
      ready: report.ready,
      line: report.readinessText,
      rules: [...new Set(report.findings.filter((f) => f.level !== 'vinkki').map((f) => f.ruleId))].sort(),
    };
  };
  const empty = createEmptyDraft({ id: 'd1', now: NOW });
  const complete = withMoney(goodDraft());

  const table: { name: string; draft: Draft; ready: boolean; line: string; rules: string[] }[] = [
    {
      name: 'empty draft',
      draft: empty,
      ready: false,
      line: 'Vielä puuttuu: tarve, kohderyhmä, tavoitteet, toimenpiteet, tulokset, mittarit, talousarvio',
      rules: [
        'actions-missing',
        'applicant-missing',
        'budget-missing',
        'continuity-missing',
        'emphasis-none',
        'goals-missing',
        'indicators-missing',
        'need-missing',
        'partner-loi-missing',
        'principle-empty',
        'project-period-missing',
        'region-missing',
        'results-missing',
        'target-group-missing',
      ],
    },
    {
      name: 'budget and target group but no plan',
      draft: withMoney({ ...empty, targetGroup: { ...empty.targetGroup, groups: ['yksinaiset'] } }),
      ready: false,
      line: 'Vielä puuttuu: tarve, tavoitteet, toimenpiteet, tulokset, mittarit',
      rules: [
        'actions-missing',
        'applicant-missing',
        'continuity-missing',
        'emphasis-none',
        'goals-missing',
        'indicators-missing',
        'need-missing',
        'partner-loi-missing',
        'principle-empty',
        'project-period-missing',
        'region-missing',
        'results-missing',
      ],
    },
    { name: 'complete', draft: complete, ready: true, line: 'Valmis keskusteluun rahoittajan kanssa', rules: [] },
    {
      name: 'complete without emphases',
      draft: { ...complete, fit: { ...complete.fit, emphases: {} } },
      ready: true,
      line: 'Valmis keskusteluun rahoittajan kanssa',
      rules: ['emphasis-none'],
    },
    {
      name: 'ineligible applicant',
      draft: { ...complete, applicant: { ...complete.applicant, legalForm: 'toiminimi' } },
      ready: false,
      line: 'Ennen rahoittajan kanssa keskustelua korjaa 1 este',
      rules: ['legal-form-ineligible'],
    },
    {
      name: 'complete but self-financing not entered',
      draft: withMoney(goodDraft(), false),
      ready: false,
      line: 'Ennen rahoittajan kanssa keskustelua korjaa 1 este',
      rules: ['self-financing-short'],
    },
    {
      name: 'weak draft: goals and actions but no indicators, results or continuity',
      draft: withMoney({
        ...goodDraft(),
        indicators: [],
        results: { ...g.results, expected: '', continuity: '' },
        need: { ...g.need, evidence: '' },
      }),
      ready: false,
      line: 'Vielä puuttuu: tulokset, mittarit',
      rules: ['continuity-missing', 'indicators-missing', 'need-without-evidence', 'results-missing'],
    },
  ];

  it.each(table)('$name', ({ draft: d, ready, line, rules }) => {
    expect(verdict(d)).toEqual({ ready, line, rules });
  });

  it('never calls an empty plan better than a half-done one', () => {
    const half = { ...complete, indicators: [] };
    const none = { ...complete, mainGoal: '', subGoals: [], actions: [], indicators: [], need: { ...g.need, problem: '' } };
    const count = (d: Draft) => evaluateFit(d, calculateBudget(d)).counts.korjattavaa;
    expect(count(none)).toBeGreaterThan(count(half));
    expect(verdict(none).ready).toBe(false);
    expect(verdict(half).ready).toBe(false);
  });
});

describe('docs/fit-rules.md', () => {
  it('lists every rule with its level and group', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/fit-rules.md', 'utf8');
    const rows = new Map(
      [...doc.matchAll(/^\| `([a-z-]+)` \| (este|korjattavaa|vinkki) \| ([a-z]+) \|/gm)].map((m) => [m[1], `${m[2]} ${m[3]}`]),
    );
    expect(rows).toEqual(new Map(FIT_RULES.map((r) => [r.id, `${r.level} ${r.group}`])));
  });
});
