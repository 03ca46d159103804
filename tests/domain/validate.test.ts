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
    const d = makeDraft({ targetGroup: { ...makeDraft().targetGroup, participantCount: 'noin 50' } });
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
