import { describe, expect, it } from 'vitest';
import { validateDraft } from '../../src/domain';
import { makeDraft, makeFullDraft } from '../fixtures';

const withApplicant = (patch: Partial<ReturnType<typeof makeDraft>['applicant']>) =>
  makeDraft({ applicant: { ...makeDraft().applicant, ...patch } });
const withProject = (patch: Partial<ReturnType<typeof makeDraft>['project']>) =>
  makeDraft({ project: { ...makeDraft().project, ...patch } });

describe('validateDraft', () => {
  it('finds nothing to complain about in an empty or a full draft', () => {
    expect(validateDraft(makeDraft())).toEqual([]);
    expect(validateDraft(makeFullDraft())).toEqual([]);
  });

  it('names the Y-tunnus field and tells what to do on a wrong check digit', () => {
    const [issue] = validateDraft(withApplicant({ businessId: '0827616-8' }));
    expect(issue).toEqual({ field: 'applicant.businessId', message: expect.stringContaining('Y-tunnuksen tarkistusnumero ei täsmää') });
    expect(issue?.message).toContain('tarkista');
  });

  it('explains the Y-tunnus format', () => {
    expect(validateDraft(withApplicant({ businessId: '123' }))[0]?.message).toMatch(/^Y-tunnuksen muoto/);
  });

  it('flags an ineligible legal form at the field', () => {
    const issues = validateDraft(withApplicant({ legalForm: 'toiminimi' }));
    expect(issues.map((i) => i.field)).toEqual(['applicant.legalForm']);
    expect(issues[0]?.message).toContain('Toiminimi');
    expect(validateDraft(withApplicant({ legalForm: 'rekisteroimaton' }))[0]?.message).toContain('Rekisteröimätön yhdistys');
  });

  it('checks email, phone and participant count', () => {
    expect(validateDraft(withApplicant({ email: 'maija@' }))[0]?.field).toBe('applicant.email');
    expect(validateDraft(withApplicant({ phone: 'soita minulle' }))[0]?.field).toBe('applicant.phone');
    expect(validateDraft(withApplicant({ phone: '+358 40 123 4567' }))).toEqual([]);
    const d = makeDraft({ targetGroup: { ...makeDraft().targetGroup, participantCount: 'viisikymmentä' } });
    expect(validateDraft(d)[0]).toEqual({ field: 'targetGroup.participantCount', message: expect.stringContaining('kokonaisluku') });
  });

  it('checks the project period', () => {
    expect(validateDraft(withProject({ startMonth: '2028-01', endMonth: '2027-12' }))[0]?.field).toBe('project.endMonth');
    expect(validateDraft(withProject({ startMonth: '2027-13' }))[0]).toEqual({
      field: 'project.startMonth',
      message: expect.stringContaining('Alkamiskuukausi'),
    });
    expect(validateDraft(withProject({ startMonth: '2027-01', endMonth: '2027-01' }))).toEqual([]);
  });
});

describe('input that forgives', () => {
  it('reads "noin 60" as an estimate of 60 with a note, and still asks about real nonsense', async () => {
    const { makeDraft } = await import('../fixtures');
    const { validateDraft, participantEstimate } = await import('../../src/domain');
    const withCount = (participantCount: string) =>
      validateDraft(makeDraft({ targetGroup: { ...makeDraft().targetGroup, participantCount } }));
    expect(withCount('noin 60')).toEqual([
      { field: 'targetGroup.participantCount', message: 'Luetaan arvioksi 60 osallistujaa.', tone: 'note' },
    ]);
    expect(participantEstimate('n. 1 200 henkilöä')).toBe(1200);
    expect(participantEstimate('~40')).toBe(40);
    expect(withCount('paljon')[0]).toMatchObject({ message: expect.stringMatching(/kokonaisluku/) });
    expect(withCount('60')).toEqual([]);
  });

  it('reads "3.400" as 3 400 € and asks whether a share of "0,6" meant 60 %', async () => {
    const { parseMoney, calculateBudget } = await import('../../src/domain');
    const { makeBudgetDraft } = await import('../fixtures');
    expect(parseMoney('3.400')).toEqual({ ok: true, cents: 340_000 });
    expect(parseMoney('3.400,50')).toEqual({ ok: true, cents: 340_050 });
    expect(parseMoney('3.5')).toEqual({ ok: true, cents: 350 });
    const d = makeBudgetDraft();
    const b = calculateBudget({ ...d, budget: { ...d.budget, staff: [{ ...d.budget.staff[0]!, sharePercent: '0,6' }] } });
    expect(b.problems).toContainEqual({
      field: `budget.staff.${d.budget.staff[0]!.id}.sharePercent`,
      message: 'Työaikaosuus: 0,6 % on hyvin pieni osuus. Tarkoititko 60 %?',
      fix: { label: '60 %', value: '60' },
    });
    const pct = calculateBudget({
      ...d,
      budget: { ...d.budget, financing: { ...d.budget.financing, municipal: { amount: '0.15', unit: 'pct' } } },
    });
    expect(pct.problems.find((p) => p.field === 'budget.financing.municipal.amount')?.fix).toEqual({ label: '15 %', value: '15' });
  });
});
