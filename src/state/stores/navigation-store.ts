/**
 * Where the user is in the open draft: the step, a field to focus after a jump, and a counter
 * the wizard watches to move focus to the new step's heading.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { FieldRef, StepId } from '../../domain';
import type { TabMemory } from '../app-deps';
import type { ToolsStore } from './tools-store';

/** What to focus after a step change: a field, or an element by `#id`. */
export type FocusTarget = FieldRef | `#${string}`;

/** The first step's id; a literal so the start view does not need the step registry. */
export const FIRST_STEP: StepId = 'hakija';

export interface NavigationStore {
  readonly stepId: ReadonlySignal<StepId>;
  /** Bumped on every step change so the UI can move focus to the step heading. */
  readonly stepChangeCount: ReadonlySignal<number>;
  /** Field to focus after the next step change (from a "missing" or finding link). */
  readonly focusField: ReadonlySignal<FocusTarget | null>;
  goToStep(id: StepId, field?: FocusTarget | null): void;
  /** Opens the step that holds a field and focuses the field. */
  openField(field: FieldRef): void;
}

export interface NavigationControl {
  /** A draft was opened (or created): show this step of it. */
  enter(draftId: string, stepId?: StepId): void;
  /** The draft was closed. */
  leave(): void;
}

interface Deps {
  readonly tools: ToolsStore;
  readonly tabMemory: TabMemory | undefined;
  /** Id of the open draft (for the tab memory). */
  readonly openDraftId: () => string | undefined;
  /** Called on every step change (the draft's local state remembers the step). */
  readonly onStep: (id: StepId) => void;
}

export function createNavigationStore({ tools, tabMemory, openDraftId, onStep }: Deps): {
  store: NavigationStore;
  control: NavigationControl;
} {
  const stepId = signal<StepId>(FIRST_STEP);
  const stepChangeCount = signal(0);
  const focusField = signal<FocusTarget | null>(null);

  function show(id: StepId, field: FocusTarget | null): void {
    onStep(id);
    batch(() => {
      stepId.value = id;
      focusField.value = field;
      stepChangeCount.value++;
    });
  }

  const store: NavigationStore = {
    stepId,
    stepChangeCount,
    focusField,
    goToStep(id, field = null) {
      const draftId = openDraftId();
      if (draftId) tabMemory?.write({ draftId, stepId: id });
      show(id, field);
    },
    openField(field) {
      const t = tools.tools.peek();
      if (t) store.goToStep(t.stepOfField(field), field);
    },
  };
  const control: NavigationControl = {
    enter(draftId, id = FIRST_STEP) {
      tabMemory?.write({ draftId, stepId: id });
      show(id, null);
    },
    leave() {
      tabMemory?.write(null);
    },
  };
  return { store, control };
}
