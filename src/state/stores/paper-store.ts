/**
 * What follows from the open draft: budget, field checks, progress per step and the fit
 * check. All are computed (never stored) and lazy: nothing is recomputed until something reads
 * it. The fit check reads every text of the draft, so it follows the draft once typing pauses.
 */
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { BudgetSummary, Draft, FieldIssue, FitReport, Step, StepProgress } from '../../domain';
import type { ToolsStore } from './tools-store';

/** Pause in typing after which the fit check follows the draft. */
export const FIT_SETTLE_MS = 300;

export interface StepProgressEntry extends StepProgress {
  readonly step: Step;
}

export interface PaperStore {
  readonly budget: ReadonlySignal<BudgetSummary | null>;
  readonly fit: ReadonlySignal<FitReport | null>;
  readonly issues: ReadonlySignal<readonly FieldIssue[]>;
  readonly progress: ReadonlySignal<readonly StepProgressEntry[]>;
}

export function createPaperStore(draft: ReadonlySignal<Draft | null>, { tools }: ToolsStore): { store: PaperStore; dispose: () => void } {
  const budget = computed(() => (draft.value && tools.value ? tools.value.calculateBudget(draft.value) : null));

  const settled = signal<Draft | null>(null);
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const stopSettling = effect(() => {
    const d = draft.value;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    // A newly opened draft is checked at once; edits of the same draft after a pause.
    if (!d || settled.peek()?.id !== d.id) settled.value = d;
    else settleTimer = setTimeout(() => (settled.value = draft.peek()), FIT_SETTLE_MS);
  });
  const fit = computed(() => {
    const d = settled.value;
    const t = tools.value;
    return d && t ? t.evaluateFit(d, t.calculateBudget(d)) : null;
  });
  const issues = computed<readonly FieldIssue[]>(() =>
    draft.value && tools.value ? [...tools.value.validateDraft(draft.value), ...(budget.value?.problems ?? [])] : [],
  );
  const progress = computed<readonly StepProgressEntry[]>(() => {
    const d = draft.value;
    const t = tools.value;
    if (!t) return [];
    return t.STEPS.map((step) => ({ step, ...(d ? t.stepProgress(step, d) : { met: 0, total: 0, missing: [] }) }));
  });

  return {
    store: { budget, fit, issues, progress },
    dispose: () => {
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      stopSettling();
    },
  };
}
