/**
 * Empty values of the parts whose shape older versions lacked (the migrations add them). A new
 * draft is made from every part's own empty value (new-draft.ts).
 */
import type { Budget, Draft, Fit } from './schema';

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
