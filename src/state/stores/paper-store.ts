/**
 * What follows from the open draft: budget, field checks, progress per step and the fit
 * check and the PDF's length. All are computed (never stored) and lazy: nothing is recomputed
 * until something reads it. The fit check and the page estimate read every text of the draft,
 * so they follow the draft once typing pauses.
 */
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { BudgetSummary, Draft, FieldIssue, FitReport, Step, StepProgress } from '../../domain';
import { memoByDraftParts, sameEntries } from '../memo-draft';
import type { DraftTools } from '../app-deps';
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

/**
 * Keeps a step's last progress entry while its counts and missing parts stay the same, so
 * typing inside a step does not re-render the step list on every keystroke.
 */
function sameProgress(): (next: StepProgressEntry) => StepProgressEntry {
  let last: StepProgressEntry | undefined;
  return (next) => {
    const same =
      last !== undefined &&
      last.met === next.met &&
      last.total === next.total &&
      last.missing.length === next.missing.length &&
      last.missing.every((r, i) => r === next.missing[i]);
    return same ? last! : (last = next);
  };
}

/** The per-part memos of one tools module (created once it has loaded). */
function partMemos(t: DraftTools) {
  return {
    budget: memoByDraftParts(t.calculateBudget),
    validate: memoByDraftParts(t.validateDraft),
    steps: t.STEPS.map((step) => {
      const same = sameProgress();
      return memoByDraftParts((d): StepProgressEntry => same({ step, ...t.stepProgress(step, d) }));
    }),
    issues: sameEntries<FieldIssue>(),
    progress: sameEntries<StepProgressEntry>(),
  };
}

export function createPaperStore(draft: ReadonlySignal<Draft | null>, { tools }: ToolsStore): { store: PaperStore; dispose: () => void } {
  // Per keystroke only what the edited part feeds is recomputed: each memo reruns when a part of
  // the draft it read has changed (an edit copies only its own path), and the arrays keep their
  // identity while their entries do, so the step list and the fields do not re-render.
  const memos = computed(() => (tools.value ? partMemos(tools.value) : null));
  const budget = computed(() => (draft.value && memos.value ? memos.value.budget(draft.value) : null));

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
  const issues = computed<readonly FieldIssue[]>(() => {
    const d = draft.value;
    const m = memos.value;
    return d && m ? m.issues([...m.validate(d), ...(budget.value?.problems ?? [])]) : [];
  });
  const progress = computed<readonly StepProgressEntry[]>(() => {
    const d = draft.value;
    const t = tools.value;
    const m = memos.value;
    if (!t || !m) return [];
    if (!d) return t.STEPS.map((step) => ({ step, met: 0, total: 0, missing: [] }));
    return m.progress(m.steps.map((memo) => memo(d)));
  });

  return {
    store: { budget, fit, issues, progress, pages },
    dispose: () => {
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      stopSettling();
    },
  };
}
