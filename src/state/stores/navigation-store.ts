/**
 * Where the user is in the open draft: the step (or the view after the steps), a field to
 * focus after a jump, a way back after a jump, and a history entry per step (route.ts). Back and
 * Forward are followed by history-sync.ts.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { FieldRef, StepId } from '../../domain';
import type { TabMemory } from '../app-deps';
import { formatRoute, parseRoute, type HistoryPort, type Page, type ViewId } from '../route';
import type { OpenDraftStore } from './open-draft';
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
  /**
   * A draft was opened (or created): show the first of `views` that is a known view (a step URL,
   * the step the user was last on), else the first step; `replace` for a URL opened directly.
   */
  enter(draftId: string, views?: readonly (string | undefined)[], how?: EnterHow): void;
  /** The draft was closed: back to the page it was opened from (a received paper's is the desk). */
  leave(): void;
  /** Back or Forward reached a view of the open draft (the history entry exists already). */
  showView(view: string): void;
  /** Back or Forward reached a page without a draft. */
  showPage(page: Page): void;
  /** The URL of the view shown now. */
  currentHash(): string | undefined;
}

interface Deps {
  readonly tools: ToolsStore;
  readonly tabMemory: TabMemory | undefined;
  readonly history: HistoryPort | undefined;
  /** The open draft (for the tab memory and the URL); `received` for a paper on the desk. */
  readonly open: Pick<OpenDraftStore, 'current' | 'received'>;
  /** Called on every step change (the draft's local state remembers the step). */
  readonly onStep: (id: ViewId) => void;
}

export function createNavigationStore(deps: Deps): { store: NavigationStore; control: NavigationControl } {
  const { tools, tabMemory, history, onStep } = deps;
  const openDraft = () => {
    const d = deps.open.current.peek();
    return d ? { id: d.id, received: deps.open.received.peek() } : undefined;
  };
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

  /** The one check whether an id (from a URL or a stored step) names a view the app knows. */
  function isView(id: string | undefined): id is ViewId {
    return id === 'seuraavaksi' || (!!id && !!tools.tools.peek()?.STEPS.some((s) => s.id === id));
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
    enter(draftId, views = [], how = 'push') {
      const id = views.find(isView) ?? FIRST_STEP;
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
    showView(view) {
      if (isView(view)) show(view, null);
    },
    showPage: (to) => void (page.value = to),
    currentHash() {
      const open = openDraft();
      return open && draftHash(open.id, stepId.peek());
    },
  };
  return { store, control };
}
