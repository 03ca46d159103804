/** The app's own examples pass its own checks: an example that fails would teach the wrong thing. */
import { describe, expect, it } from 'vitest';
import { checkBusinessId, FIELDS, looksMeasurable, validateDraft } from '../../src/domain';
import { DEFAULT_FIT_CONFIG } from '../../src/domain/fit-check/config';
import { makeDraft } from '../fixtures';

describe('the examples in the field texts', () => {
  it('give a Y-tunnus with a valid check digit', () => {
    expect(checkBusinessId(FIELDS['applicant.businessId'].example)).toBeNull();
  });

  it('give a main goal and a sub-goal the measurability tip accepts', () => {
    expect(looksMeasurable(FIELDS.mainGoal.example, DEFAULT_FIT_CONFIG)).toBe(true);
    expect(looksMeasurable(FIELDS.subGoals.example, DEFAULT_FIT_CONFIG)).toBe(true);
  });

  it('give an e-mail, phone and participant count that validate', () => {
    const d = makeDraft({
      applicant: { ...makeDraft().applicant, email: FIELDS['applicant.email'].example, phone: FIELDS['applicant.phone'].example },
      targetGroup: { ...makeDraft().targetGroup, participantCount: FIELDS['targetGroup.participantCount'].example },
    });
    expect(validateDraft(d)).toEqual([]);
  });
});
