/**
 * The app state, composed of small stores. Each store exposes read-only signals and its own
 * actions; the writers other stores need are passed explicitly as `control` objects, so the
 * wiring below is the one place that says who may change what. Built from injected
 * dependencies, so tests run the real state on an in-memory repository with a fixed clock.
 *
 *   save        save status line, storage problem, blocked actions
 *   nav         step, focus target
 *   editor      the open draft: open/create/close, edits, autosave, one writer per draft
 *   local       the open draft's local state: last step, unfinished comments (not the paper)
 *   paper       budget, field checks, progress, fit check (derived, lazy)
 *   list        the drafts on this device: rename, duplicate, delete + undo
 *   exchange    PDF, draft file, backup, import
 *   coordination  comments, next steps, letters of intent
 *   device      online, app updates, persistent storage, export bookkeeping
 *   desk        the coordinator's received papers (loaded on first use: desk-store.ts)
 */
import { computed, effect } from '@preact/signals';
import type { StepId } from '../domain';
import type { StorageErrorKind } from '../storage';
import type { AppDeps } from './app-deps';
import { parseRoute } from './route';
import { createCoordinationStore } from './stores/coordination-store';
import { createDeviceStore } from './stores/device-store';
import { createDraftListStore } from './stores/draft-list-store';
import { createEditorStore } from './stores/editor-store';
import { createExchangeStore } from './stores/exchange-store';
import { createLocalStore } from './stores/local-store';
import { createNavigationStore } from './stores/navigation-store';
import { createPaperStore } from './stores/paper-store';
import { createSaveStore } from './stores/save-store';
import { createToolsStore } from './stores/tools-store';
import type { DeskStore } from './stores/desk-store';

/** The step with the fit check and the PDF export (a literal: the step registry loads later). */
const CHECK_STEP: StepId = 'tarkistus';

export function createAppState(deps: AppDeps) {
  const { repo, now, newId } = deps;
  const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
  const loadExporter = deps.loadExporter ?? (() => import('../export'));

  const save = createSaveStore(deps.storageProblem);
  const tools = createToolsStore(deps.loadDraftTools);
  // The editor is created after navigation; navigation only asks for the open draft's id later.
  let openDraft: () => { id: string; received: boolean } | undefined = () => undefined;
  const local = createLocalStore(repo);
  // Back to the list closes the draft; both need stores made below, so they are late-bound.
  let closeForBack: () => Promise<boolean> = async () => true;
  let openForHistory: (draftId: string, view: string) => void = () => undefined;
  const nav = createNavigationStore({
    tools,
    tabMemory: deps.tabMemory,
    history: deps.history,
    openDraft: () => openDraft(),
    onStep: local.control.setStep,
    onBackToList: () => closeForBack(),
    onOpenFromHistory: (draftId, view) => openForHistory(draftId, view),
  });
  let askPersistence = () => {};
  const editor = createEditorStore({
    repo,
    now,
    newId,
    save: save.control,
    tools,
    nav: nav.control,
    tabMemory: deps.tabMemory,
    lockEnv: deps.lockEnv,
    autosaveDelayMs: deps.autosaveDelayMs,
    onEdit: () => askPersistence(),
    local: local.control,
    received: async () => (await desk.ensure()).source,
  });
  openDraft = () => {
    const d = editor.store.draft.peek();
    return d ? { id: d.id, received: editor.store.received.peek() } : undefined;
  };
  const paper = createPaperStore(editor.store.draft, tools);
  const device = createDeviceStore({ app: deps, save: save.control, flush: editor.store.flush });
  askPersistence = device.control.askPersistenceOnce;
  const list = createDraftListStore({
    repo,
    now,
    newId,
    editor: editor.store,
    editorControl: editor.control,
    save: save.control,
    lockEnv: deps.lockEnv,
  });
  const exchange = createExchangeStore({
    repo,
    now,
    newId,
    appVersion,
    editor: editor.store,
    paper: paper.store,
    tools,
    lockEnv: deps.lockEnv,
    loadExporter,
    loadPdfReader: deps.loadPdfReader ?? (() => import('../export/pdf-embedded')),
    refreshList: list.refresh,
    recordExport: device.control.recordExport,
  });
  closeForBack = async () => {
    if (!(await editor.store.close())) return false;
    await list.refresh();
    return true;
  };
  openForHistory = (draftId, view) => void editor.store.open(draftId, { view, how: 'none' });
  const coordination = createCoordinationStore({ repo, now, newId, editor: editor.store, editorControl: editor.control, exchange, tools });
  // The coordinator's desk, built on first use by the lazily loaded desk module (desk-module.ts);
  // a failed load (offline before caching) is tried again next time.
  let deskLoading: Promise<DeskStore> | undefined;
  const desk = {
    ensure(): Promise<DeskStore> {
      deskLoading ??= (async () => (await deps.loadDesk!()).openDesk({ deps, appVersion, editor: editor.store, exchange }))();
      deskLoading.catch(() => (deskLoading = undefined));
      return deskLoading;
    },
  };

  // The check step offers the PDF: its code and fonts start loading the moment the user heads
  // there, before the step has rendered, so the export is quick from the first click.
  const onCheckStep = computed(() => nav.store.stepId.value === CHECK_STEP && editor.store.draft.value !== null);
  effect(() => {
    if (onCheckStep.value) void exchange.preparePdf();
  });

  return {
    save: save.store,
    nav: nav.store,
    editor: editor.store,
    local: local.store,
    paper: paper.store,
    /** Loaded draft tools (null until a draft has been opened once). */
    tools: tools.tools,
    list,
    exchange,
    coordination,
    device: device.store,
    desk,
    /** The database told this tab to let go (a newer version) or that it is blocked. */
    reportStorageProblem: (kind: StorageErrorKind) => save.control.reportProblem(kind),
    /** Closes the draft and shows the list again. */
    async closeDraft(): Promise<void> {
      await closeForBack();
    },
    /** Opens what the URL names (a step of a draft opened directly, offline too), else this tab's last draft. */
    async restoreFromLocation(hash: string): Promise<void> {
      const route = parseRoute(hash);
      if (
        route.kind === 'draft' &&
        (await editor.store.open(route.draftId, { view: route.view, how: 'replace', received: route.received }))
      )
        return;
      // The desk, or a received paper that is gone: the desk.
      if (route.kind === 'desk' || (route.kind === 'draft' && route.received)) return nav.store.openPage('desk');
      await editor.store.restoreTab();
    },
    dispose(): void {
      nav.control.dispose();
      editor.control.dispose();
      paper.dispose();
      device.control.dispose();
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;
