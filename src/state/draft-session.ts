/**
 * One writer per draft across tabs and windows. The tab that holds the Web Lock of a draft
 * writes; any other tab shows the draft read-only, follows the writer's saves and waits in
 * the lock queue (so it takes over by itself when the writer closes or crashes). "Take over"
 * asks the writer over a BroadcastChannel to save and let go; a writer that does not answer
 * (frozen tab) has its lock stolen. Without Web Locks every tab writes, as before.
 */

export type DraftAccess = 'writer' | 'reader';

export interface DraftSessionEvents {
  /** This tab now writes (at start, or after the previous writer let go). */
  onWriter(): void;
  /** This tab only reads (another tab writes). */
  onReader(): void;
  /** The writer in another tab saved: re-read the draft. */
  onRemoteSaved(): void;
  /** Another tab asks to take over: save everything now; false when the save failed. */
  flush(): Promise<boolean>;
  /** Whether anything typed is still unsaved (checked right before letting go). */
  hasUnsaved?(): boolean;
  /** The lock was taken from this tab (it did not answer in time): keep what it had not saved. */
  onLockLost?(): void;
  /** Another tab deleted this draft (this tab keeps its text and lets the user choose). */
  onDeletedElsewhere?(): void;
  /** Another tab undid that deletion: this tab's text is the newest, so it stores it again. */
  onUndoElsewhere?(): void;
  /** Another tab renames the draft (writer only): apply it as an edit, so the next save keeps it. */
  onRenameRequest?(name: string): void;
}

export interface LockEnv {
  readonly locks?: LockManager;
  readonly createChannel?: (name: string) => BroadcastChannel;
}

/**
 * Whose draft a session guards: an own draft, or a paper received on the desk. Their ids come
 * from files and may be anything, so the two never share a lock name or a message: an own draft
 * with the id "received:X" must not lock out the desk's paper X.
 */
export type SessionKind = 'own' | 'received';

const lockNameOf = (draftId: string, kind: SessionKind) =>
  kind === 'own' ? `ideapaperi:draft:${draftId}` : `ideapaperi:received:${draftId}`;

type Message = (
  | { type: 'saved' | 'release-request' | 'deleted' | 'undo-delete'; draftId: string }
  | { type: 'rename-request'; draftId: string; name: string }
) & { kind?: 'received' }; // absent for an own draft (as older versions of the app send it)

const CHANNEL = 'ideapaperi-drafts';
/** How long a writer may take to save and let go before its lock is stolen. */
const TAKEOVER_TIMEOUT_MS = 3000;

export interface DraftSession {
  /** Resolves with this tab's role once the lock has been tried. */
  start(): Promise<DraftAccess>;
  /** Tells reader tabs that the draft was saved. */
  notifySaved(): void;
  /** Asks the writer to let go; this tab becomes the writer. */
  takeOver(): Promise<void>;
  /**
   * Right before a write: whether this tab still holds the lock. A tab frozen for seconds (a
   * big PDF export) may have had it stolen without knowing yet; it must not write then.
   */
  stillWriter(): Promise<boolean>;
  close(): void;
}

export function defaultLockEnv(): LockEnv {
  return {
    locks: typeof navigator !== 'undefined' ? navigator.locks : undefined,
    createChannel: typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : undefined,
  };
}

export function openDraftSession(
  draftId: string,
  events: DraftSessionEvents,
  env: LockEnv = defaultLockEnv(),
  kind: SessionKind = 'own',
): DraftSession {
  const lockName = lockNameOf(draftId, kind);
  const channel = env.createChannel?.(CHANNEL);
  let writer = false;
  let closed = false;
  let letGo: (() => void) | undefined;
  let queued: AbortController | undefined;
  /** This tab's client id as Web Locks reports it, learnt when the lock was granted. */
  let ownClientId: string | undefined;

  const post = (type: 'saved' | 'release-request') =>
    channel?.postMessage((kind === 'own' ? { type, draftId } : { type, draftId, kind }) satisfies Message);

  /** Counts the times this tab was granted the lock; the newest grant is the one it holds. */
  let grants = 0;
  /** Set while a take-over waits: called when this tab is granted the lock. */
  let onGranted: (() => void) | undefined;

  /** Lock callback: become the writer and hold the lock until told to let go. */
  function hold(): Promise<void> {
    if (closed) return Promise.resolve();
    writer = true;
    // Right now the lock is ours: whoever holds it is this tab.
    void env.locks
      ?.query?.()
      .then((state) => (ownClientId ??= state.held?.find((l) => l.name === lockName)?.clientId))
      .catch(() => undefined);
    events.onWriter();
    onGranted?.();
    return new Promise<void>((resolve) => (letGo = resolve));
  }

  /**
   * Requests the lock. When the request ends (let go, or stolen), this tab reads only, unless a
   * newer grant holds it by then: a take-over may steal from this tab's own queued request in
   * the very moment that request is granted, and the stolen grant must not end the new one.
   */
  function request(options: LockOptions, denied?: () => void): void {
    let grant = -1;
    const lost = () => writer && grant === grants && becomeReader();
    env.locks
      ?.request(lockName, options, (lock) => {
        if (!lock) return void denied?.();
        grant = ++grants;
        return hold();
      })
      .then(lost, lost);
  }

  /** Lost the lock (stolen or let go): read only, and queue to get it back later. */
  function becomeReader() {
    writer = false;
    letGo = undefined;
    if (closed) return;
    events.onLockLost?.();
    events.onReader();
    queue();
  }

  function queue() {
    if (!env.locks || closed) return;
    queued?.abort();
    const controller = new AbortController();
    queued = controller;
    request({ signal: controller.signal });
  }

  /**
   * Saves until nothing typed is left: keystrokes that came while a save was written are saved
   * too. Letting go follows in the same task as the last check, so no keystroke slips between.
   */
  async function saveEverything(): Promise<boolean> {
    for (let round = 0; round < 5; round++) {
      if (!(await events.flush())) return false;
      if (!events.hasUnsaved?.()) return true;
    }
    return false;
  }

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    const m = event.data;
    if (!m || m.draftId !== draftId || (m.kind ?? 'own') !== kind || closed) return;
    if (m.type === 'saved' && !writer) events.onRemoteSaved();
    if (m.type === 'deleted') events.onDeletedElsewhere?.();
    if (m.type === 'undo-delete') events.onUndoElsewhere?.();
    if (m.type === 'rename-request' && writer) events.onRenameRequest?.(m.name);
    if (m.type === 'release-request' && writer) {
      void saveEverything().then((saved) => {
        // Text that could not be saved stays here, and so does the right to write it.
        if (!saved || !writer) return;
        const release = letGo;
        writer = false;
        letGo = undefined;
        events.onReader();
        release?.();
        queue();
      });
    }
  });

  return {
    start() {
      const locks = env.locks;
      if (!locks) {
        writer = true;
        events.onWriter();
        return Promise.resolve('writer');
      }
      return new Promise<DraftAccess>((resolve) => {
        onGranted = () => resolve('writer');
        request({ ifAvailable: true }, () => {
          onGranted = undefined;
          resolve('reader');
          events.onReader();
          queue();
        });
      }).finally(() => (onGranted = undefined));
    },

    notifySaved() {
      if (writer) post('saved');
    },

    async stillWriter() {
      if (!writer) return false;
      if (!env.locks?.query || ownClientId === undefined) return true;
      const state = await env.locks.query().catch(() => undefined);
      const holder = state?.held?.find((l) => l.name === lockName)?.clientId;
      return holder === undefined || holder === ownClientId ? writer : false;
    },

    async takeOver() {
      if (writer || !env.locks) return;
      post('release-request');
      // Done as soon as this tab is granted the lock. A wait that outlived its grant must not
      // steal the lock later, after this tab has handed it on again.
      const granted = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), TAKEOVER_TIMEOUT_MS);
        onGranted = () => {
          clearTimeout(timer);
          resolve(true);
        };
      }).finally(() => (onGranted = undefined));
      if (granted || writer || closed) return;
      // The writer did not answer (a frozen or discarded tab): take the lock anyway. Its
      // last saved state is in storage; anything it had not saved it could not have saved.
      queued?.abort();
      request({ steal: true });
    },

    close() {
      closed = true;
      queued?.abort();
      letGo?.();
      channel?.close();
    },
  };
}

/** True when some tab (this one included) has the draft open for writing. */
export async function isDraftOpen(draftId: string, env: LockEnv = defaultLockEnv(), kind: SessionKind = 'own'): Promise<boolean> {
  const state = await env.locks?.query?.().catch(() => undefined);
  return !!state?.held?.some((lock) => lock.name === lockNameOf(draftId, kind));
}

/** Tells every tab that shows this draft that it was deleted here. */
export function announceDeleted(draftId: string, env: LockEnv = defaultLockEnv()): void {
  const channel = env.createChannel?.(CHANNEL);
  channel?.postMessage({ type: 'deleted', draftId } satisfies Message);
  channel?.close();
}

/** Tells the tabs that show this draft that its deletion was undone (they store their text again). */
export function announceUndo(draftId: string, env: LockEnv = defaultLockEnv()): void {
  const channel = env.createChannel?.(CHANNEL);
  channel?.postMessage({ type: 'undo-delete', draftId } satisfies Message);
  channel?.close();
}

/** How long a rename waits for the tab that edits the draft to save it. */
const RENAME_TIMEOUT_MS = 3000;

/**
 * Asks the tab that edits a draft to rename it (its next save would otherwise undo a rename
 * written here); resolves true once that tab has saved, false when no tab answered in time.
 */
export function requestRename(draftId: string, name: string, env: LockEnv = defaultLockEnv()): Promise<boolean> {
  const channel = env.createChannel?.(CHANNEL);
  if (!channel) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), RENAME_TIMEOUT_MS);
    channel.addEventListener('message', (event: MessageEvent<Message>) => {
      if (event.data?.type === 'saved' && event.data.draftId === draftId) done(true);
    });
    channel.postMessage({ type: 'rename-request', draftId, name } satisfies Message);
  });
}
