/**
 * The app state, composed of small stores in one straight line: each store is built from the
 * ones above it and receives only the few functions it needs of them (ports.ts), so the order
 * below is the one place that says who may change what. Built from injected dependencies, so
 * tests run the real state on an in-memory repository with a fixed clock.
 *
 *   save        save status line, storage problem, blocked actions
 *   tools       the draft tools (steps, checks, budget, fit), loaded with the first draft
 *   local       the open draft's local state: last step, unfinished comments (not the paper)
 *   draft       the open draft and who may change it (open-draft.ts)
 *   nav         step, focus target, page, a URL per step
 *   edits       every edit of the open draft, through one pending-edits queue to the disk
 *   lifecycle   open, create, close, the tab session (one writer per draft)
 *   paper       budget, field checks, progress, fit check (derived, lazy)
 *   device      online, app updates, persistent storage, export bookkeeping
 *   list        the drafts on this device: rename, duplicate, delete + undo
 *   exchange    PDF, draft file, backup, import
 *   coordination  comments, next steps, letters of intent
 *   desk        the coordinator's received papers (loaded on first use: desk-module.ts)
 */
import { computed, effect } from '@preact/signals';
import type { StepId } from '../domain';
import type { StorageErrorKind } from '../storage';
import type { AppDeps } from './app-deps';
import { followHistory } from './history-sync';
import { parseRoute } from './route';
import { createCoordinationStore } from './stores/coordination-store';
import type { DeskPorts, DeskStore } from './stores/desk-types';
import { createDeviceStore } from './stores/device-store';
import { createDraftEdits } from './stores/draft-edits';
import { createDraftLifecycle } from './stores/draft-lifecycle';
import { createDraftListStore } from './stores/draft-list-store';
import { createExchangeStore } from './stores/exchange-store';
import { createLocalStore } from './stores/local-store';
import { createNavigationStore } from './stores/navigation-store';
import { createOpenDraft } from './stores/open-draft';
import { createPaperStore } from './stores/paper-store';
import { createSaveStore } from './stores/save-store';
import { createToolsStore } from './stores/tools-store';

/** The step with the fit check and the PDF export (a literal: the step registry loads later). */
const CHECK_STEP: StepId = 'tarkistus';

export function createAppState(deps: AppDeps) {
  const { repo, now, newId, lockEnv } = deps;
  const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
  const loadPdfReader = deps.loadPdfReader ?? (() => import('../export/pdf-embedded'));

  const save = createSaveStore(now, deps.storageProblem);
  const tools = createToolsStore(deps.loadDraftTools);
  const local = createLocalStore(repo);
  const draft = createOpenDraft(now, repo);
  const nav = createNavigationStore({
    tools,
    tabMemory: deps.tabMemory,
    history: deps.history,
    open: draft.store,
    onStep: local.control.setStep,
  });
  const edits = createDraftEdits({
    target: draft.control,
    status: save.control,
    newId,
    clock: deps.clock,
    autosaveDelayMs: deps.autosaveDelayMs,
  });
  const lifecycle = createDraftLifecycle({
    repo,
    now,
    newId,
    open: draft,
    edits: edits.control,
    save: save.control,
    nav: nav.control,
    local: local.control,
    tools,
    tabMemory: deps.tabMemory,
    lockEnv,
  });
  /** Saves everything typed and the draft's local state; true when nothing typed is left unsaved. */
  const flush = async (): Promise<boolean> => (await Promise.all([edits.control.flush(), local.control.flush()]))[0];
  /** The same when the page may go away now (pagehide, tab hidden): the write starts in this task. */
  const flushNow = async (): Promise<boolean> => (await Promise.all([edits.control.flush(true), local.control.flush()]))[0];
  const paper = createPaperStore(draft.store.current, tools);
  const device = createDeviceStore({ app: deps, save: save.control, typed: { flush } });
  const list = createDraftListStore({
    repo,
    now,
    newId,
    open: { current: draft.store.current, flush, edit: edits.control.edit, forget: lifecycle.control.forget },
    save: save.control,
    lockEnv,
  });
  const exchange = createExchangeStore({
    repo,
    now,
    newId,
    appVersion,
    open: { current: draft.store.current, flush },
    paper: paper.store,
    tools,
    lockEnv,
    loadExporter: deps.loadExporter ?? (() => import('../export')),
    loadPdfReader,
    refreshList: list.refresh,
    recordExport: device.control.recordExport,
  });
  const coordination = createCoordinationStore({
    repo,
    now,
    newId,
    open: draft.store,
    edit: edits.control.edit,
    files: exchange,
    tools,
  });
  const desk = lazyDesk(deps.loadDesk, {
    durable: repo.durable,
    now,
    appVersion,
    lockEnv,
    loadPdfReader,
    opener: lifecycle.store,
    files: exchange,
  });

  /** Closes the draft and shows the list again (read anew: the draft's card has changed). */
  async function closeDraft(): Promise<boolean> {
    if (!(await lifecycle.store.close())) return false;
    await list.refresh();
    return true;
  }
  const stopHistory =
    deps.history &&
    followHistory({ history: deps.history, open: draft.store, nav: nav.control, close: closeDraft, openDraft: lifecycle.store.open });

  // The browser is asked to keep the data once the user has typed something worth keeping.
  const stopPersistence = effect(() => {
    if (save.store.status.value.kind === 'pending') device.control.askPersistenceOnce();
  });
  // The check step offers the PDF: its code and fonts start loading the moment the user heads
  // there, before the step has rendered, so the export is quick from the first click.
  const onCheckStep = computed(() => nav.store.stepId.value === CHECK_STEP && draft.store.current.value !== null);
  const stopPdfHeadStart = effect(() => {
    if (onCheckStep.value) void exchange.preparePdf();
  });

  return {
    save: save.store,
    nav: nav.store,
    draft: draft.store,
    edits: edits.store,
    lifecycle: lifecycle.store,
    local: local.store,
    paper: paper.store,
    /** Loaded draft tools (null until a draft has been opened once). */
    tools: tools.tools,
    list,
    exchange,
    coordination,
    device: device.store,
    desk,
    flush,
    flushNow,
    /** The database told this tab to let go (a newer version) or that it is blocked. */
    reportStorageProblem: (kind: StorageErrorKind) => save.control.reportProblem(kind),
    closeDraft,
    /** Opens what the URL names (a step of a draft opened directly, offline too), else this tab's last draft. */
    async restoreFromLocation(hash: string): Promise<void> {
      const route = parseRoute(hash);
      const at = { view: route.kind === 'draft' ? route.view : undefined, how: 'replace' } as const;
      if (route.kind === 'draft' && !route.received && (await lifecycle.store.open(route.draftId, at))) return;
      if (route.kind === 'draft' && route.received) {
        const received = await desk.ensure().catch(() => undefined);
        if (received && (await received.open(route.draftId, at))) return;
      }
      // The desk, or a received paper that is gone: the desk.
      if (route.kind === 'desk' || (route.kind === 'draft' && route.received)) return nav.store.openPage('desk');
      await lifecycle.store.restoreTab();
    },
    dispose(): void {
      stopHistory?.();
      stopPersistence();
      stopPdfHeadStart();
      edits.control.dispose();
      paper.dispose();
      device.control.dispose();
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;

/**
 * The coordinator's desk, built on first use by the lazily loaded desk module; a failed load
 * (offline before caching) is tried again next time. Without a desk module (most unit tests)
 * `ensure` says so instead of failing later.
 */
function lazyDesk(load: AppDeps['loadDesk'], ports: DeskPorts) {
  let loading: Promise<DeskStore> | undefined;
  return {
    ensure(): Promise<DeskStore> {
      if (!load) return Promise.reject(new Error('This app state has no desk module (AppDeps.loadDesk).'));
      loading ??= load().then((module) => module.openDesk(ports));
      loading.catch(() => (loading = undefined));
      return loading;
    },
  };
}
