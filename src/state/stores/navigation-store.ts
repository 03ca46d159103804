/**
 * Where the user is in the open draft: the step (or the view after the steps), a field to
 * focus after a jump, a way back after a jump, and the browser history (route.ts) so Back and
 * Forward move between steps and to the list.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { FieldRef, StepId } from '../../domain';
import type { TabMemory } from '../app-deps';
import { formatRoute, parseRoute, type HistoryPort, type Page, type ViewId } from '../route';
import type { ToolsStore } from './tools-store';

/** What to focus after a step change: a field, or an element by `#id`. */
export type FocusTarget = FieldRef | `#${string}`;

/** The first step's id; a literal so the start view does not need the step registry. */
export const FIRST_STEP: StepId = 'hakija';

export interface NavigationStore {
  readonly stepId: ReadonlySignal<ViewId>;
  /** Bumped on every step change so the UI can move focus to the step heading. */
  readonly stepChangeCount: ReadonlySignal<number>;
  /** Field to focus after the next step change (from a "missing" or finding link). */
  readonly focusField: ReadonlySignal<FocusTarget | null>;
  /** Where a jump (fit badge, a finding, a missing field) came from: one tap goes back there. */
  readonly returnTo: ReadonlySignal<ViewId | null>;
  goToStep(id: ViewId, field?: FocusTarget | null): void;
  /** Opens the step that holds a field and focuses the field (remembering where the user was). */
  openField(field: FieldRef): void;
  /** Goes to a step from a link elsewhere (remembering where the user was). */
  jumpTo(id: ViewId, field?: FocusTarget | null): void;
  /** Back to where the last jump came from. */
  returnBack(): void;
  /** What shows while no draft is open: the own drafts list or the coordinator's desk. */
  readonly page: ReadonlySignal<Page>;
  /** Shows that page (a new history entry); the open draft must be closed first. */
  openPage(page: Page): void;
}

/** push: a new history entry; replace: a URL opened directly; none: the entry exists (Back/Forward). */
export type EnterHow = 'push' | 'replace' | 'none';

export interface NavigationControl {
  /** A draft was opened (or created): show this step of it; `replace` for a URL opened directly. */
  enter(draftId: string, stepId?: ViewId, how?: EnterHow): void;
  /** The draft was closed: back to the page it was opened from (a received paper's is the desk). */
  leave(): void;

  dispose(): void;
}

interface Deps {
  readonly tools: ToolsStore;
  readonly tabMemory: TabMemory | undefined;
  readonly history: HistoryPort | undefined;
  /** The open draft (for the tab memory and the URL); `received` for a paper on the desk. */
  readonly openDraft: () => { readonly id: string; readonly received: boolean } | undefined;
  /** Called on every step change (the draft's local state remembers the step). */
  readonly onStep: (id: ViewId) => void;
  /** Back went to the list: close the draft; false when it could not be closed (unsaved text). */
  readonly onBackToList: () => Promise<boolean>;
  /** Back or Forward went to another draft's URL. */
  readonly onOpenFromHistory: (draftId: string, view: string) => void;
}

export function createNavigationStore(deps: Deps): { store: NavigationStore; control: NavigationControl } {
  const { tools, tabMemory, history, openDraft, onStep } = deps;
  /** The URL of a view of the open draft. */
  const draftHash = (draftId: string, view: string) => formatRoute({ kind: 'draft', draftId, view, received: !!openDraft()?.received });
  const page = signal<Page>('list');
  /** The page a draft is opened from and goes back to: a received paper's is the desk. */
  const homeOf = (): Page => (openDraft()?.received ? 'desk' : 'list');
  const stepId = signal<ViewId>(FIRST_STEP);
  const stepChangeCount = signal(0);
  const focusField = signal<FocusTarget | null>(null);
  const returnTo = signal<ViewId | null>(null);

  function show(id: ViewId, field: FocusTarget | null): void {
    onStep(id);
    const open = openDraft();
    // A received paper comes back through its URL, never as this tab's own draft.
    if (open && !open.received && id !== 'seuraavaksi') tabMemory?.write({ draftId: open.id, stepId: id });
    batch(() => {
      stepId.value = id;
      focusField.value = field;
      stepChangeCount.value++;
    });
  }

  /** A new history entry for a step of the open draft (not when it is already the current one). */
  function pushStep(id: ViewId): void {
    const draftId = openDraft()?.id;
    if (!draftId || !history) return;
    const hash = draftHash(draftId, id);
    if (history.current() !== hash) history.push(hash);
  }

  const stopHistory = history?.subscribe((hash) => {
    const route = parseRoute(hash);
    const open = openDraft()?.id;
    if (route.kind !== 'draft') {
      if (!open) return void (page.value = route.kind);
      const back = draftHash(open, stepId.peek());
      void deps.onBackToList().then((closed) => {
        // Text that could not be saved stays on screen, and so does its URL.
        if (!closed) history.push(back);
        else page.value = route.kind;
      });
      return;
    }
    if (route.draftId !== open) return deps.onOpenFromHistory(route.draftId, route.view);
    if (isView(route.view)) show(route.view, null);
  });

  function isView(id: string): id is ViewId {
    return id === 'seuraavaksi' || !!tools.tools.peek()?.STEPS.some((s) => s.id === id);
  }

  const store: NavigationStore = {
    stepId,
    stepChangeCount,
    focusField,
    returnTo,
    goToStep(id, field = null) {
      returnTo.value = null;
      pushStep(id);
      show(id, field);
    },
    jumpTo(id, field = null) {
      const from = stepId.peek();
      pushStep(id);
      show(id, field);
      returnTo.value = from === id ? null : from;
    },
    openField(field) {
      const t = tools.tools.peek();
      if (t) store.jumpTo(t.stepOfField(field), field);
    },
    returnBack() {
      const to = returnTo.peek();
      if (to) store.goToStep(to);
    },
    page,
    openPage(to) {
      page.value = to;
      const hash = formatRoute({ kind: to });
      if (history && history.current() !== hash) history.push(hash);
    },
  };
  const control: NavigationControl = {
    enter(draftId, id = FIRST_STEP, how = 'push') {
      returnTo.value = null;
      if (history && how !== 'none') {
        const hash = draftHash(draftId, id);
        if (how === 'replace') {
          // A step URL opened directly: the list (or the desk) goes under it, so Back stays in the app.
          history.replace(formatRoute({ kind: homeOf() }));
          history.push(hash);
        } else if (history.current() !== hash) history.push(hash);
      }
      show(id, null);
    },
    leave() {
      const to = homeOf();
      tabMemory?.write(null);
      returnTo.value = null;
      page.value = to;
      if (history && parseRoute(history.current()).kind !== to) history.push(formatRoute({ kind: to }));
    },

    dispose: () => stopHistory?.(),
  };
  return { store, control };
}
