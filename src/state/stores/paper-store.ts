/**
 * What follows from the open draft: budget, field checks, progress per step and the fit
 * check and the PDF's length. All are computed (never stored) and lazy: nothing is recomputed
 * until something reads it. The fit check and the page estimate read every text of the draft,
 * so they follow the draft once typing pauses.
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
  /** Estimated pages of the PDF, following the draft once typing pauses (like the fit check). */
  readonly pages: ReadonlySignal<number | null>;
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
  const settledBudget = computed(() => (settled.value && tools.value ? tools.value.calculateBudget(settled.value) : null));
  const fit = computed(() => {
    const d = settled.value;
    const t = tools.value;
    const b = settledBudget.value;
    return d && t && b ? t.evaluateFit(d, b) : null;
  });
  const pages = computed(() => {
    const d = settled.value;
    const t = tools.value;
    const b = settledBudget.value;
    const f = fit.value;
    if (!d || !t || !b || !f) return null;
    return t.estimatePdfPages(t.buildPdfModel({ draft: d, budget: b, fit: f, exportedAt: d.updatedAt, appVersion: '' }));
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
    store: { budget, fit, issues, progress, pages },
    dispose: () => {
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      stopSettling();
    },
  };
}
