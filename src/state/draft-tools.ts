/**
 * Everything the open draft needs that the start view does not: step registry, validation,
 * budget and fit check. Loaded with a dynamic import when a draft is opened, so the first
 * screen downloads less (the size budget in tests/size-budget.mjs).
 */
export {
  buildPdfModel,
  calculateBudget,
  createEmptyDraft,
  describePath,
  letterOfIntentText,
  estimatePdfPages,
  evaluateFit,
  STEPS,
  stepOfField,
  stepProgress,
  validateDraft,
} from '../domain';
