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
}

export interface LockEnv {
  readonly locks?: LockManager;
  readonly createChannel?: (name: string) => BroadcastChannel;
}

type Message = { type: 'saved' | 'release-request'; draftId: string };

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
  close(): void;
}

export function defaultLockEnv(): LockEnv {
  return {
    locks: typeof navigator !== 'undefined' ? navigator.locks : undefined,
    createChannel: typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : undefined,
  };
}

export function openDraftSession(draftId: string, events: DraftSessionEvents, env: LockEnv = defaultLockEnv()): DraftSession {
  const lockName = `ideapaperi:draft:${draftId}`;
  const channel = env.createChannel?.(CHANNEL);
  let writer = false;
  let closed = false;
  let letGo: (() => void) | undefined;
  let queued: AbortController | undefined;

  const post = (type: Message['type']) => channel?.postMessage({ type, draftId } satisfies Message);

  /** Lock callback: become the writer and hold the lock until told to let go. */
  function hold(): Promise<void> {
    if (closed) return Promise.resolve();
    writer = true;
    events.onWriter();
    return new Promise<void>((resolve) => (letGo = resolve));
  }

  /** Lost the lock (stolen or let go): read only, and queue to get it back later. */
  function becomeReader() {
    writer = false;
    letGo = undefined;
    if (closed) return;
    events.onReader();
    queue();
  }

  function queue() {
    if (!env.locks || closed) return;
    queued?.abort();
    const controller = new AbortController();
    queued = controller;
    env.locks.request(lockName, { signal: controller.signal }, hold).then(
      () => writer && becomeReader(),
      () => writer && becomeReader(), // stolen while held
    );
  }

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    const m = event.data;
    if (!m || m.draftId !== draftId || closed) return;
    if (m.type === 'saved' && !writer) events.onRemoteSaved();
    if (m.type === 'release-request' && writer) {
      void events.flush().then((saved) => {
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
        locks
          .request(lockName, { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve('reader');
              events.onReader();
              queue();
              return undefined;
            }
            resolve('writer');
            return hold();
          })
          .then(
            () => writer && becomeReader(),
            () => writer && becomeReader(),
          );
      });
    },

    notifySaved() {
      if (writer) post('saved');
    },

    async takeOver() {
      if (writer || !env.locks) return;
      post('release-request');
      await new Promise((r) => setTimeout(r, TAKEOVER_TIMEOUT_MS));
      if (writer || closed) return;
      // The writer did not answer (a frozen or discarded tab): take the lock anyway. Its
      // last saved state is in storage; anything it had not saved it could not have saved.
      queued?.abort();
      env.locks.request(lockName, { steal: true }, hold).then(
        () => writer && becomeReader(),
        () => writer && becomeReader(),
      );
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
export async function isDraftOpen(draftId: string, env: LockEnv = defaultLockEnv()): Promise<boolean> {
  const state = await env.locks?.query?.().catch(() => undefined);
  return !!state?.held?.some((lock) => lock.name === `ideapaperi:draft:${draftId}`);
}
