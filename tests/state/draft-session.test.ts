import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDraftOpen, openDraftSession, type DraftSession, type LockEnv } from '../../src/state/draft-session';
import { createFakeLocks } from './fake-locks';

/** Two "tabs" sharing one lock manager and channel name, as in one browser profile. */
function tabs() {
  const env: LockEnv = { locks: createFakeLocks(), createChannel: (name) => new BroadcastChannel(name) };
  const sessions: DraftSession[] = [];
  const tab = (flushResult = true) => {
    const log: string[] = [];
    const events = {
      onWriter: () => log.push('writer'),
      onReader: () => log.push('reader'),
      onRemoteSaved: () => log.push('remote-saved'),
      flush: vi.fn(async () => {
        log.push('flush');
        return flushResult;
      }),
    };
    const session = openDraftSession('d1', events, env);
    sessions.push(session);
    return { session, log, events };
  };
  return { env, tab, closeAll: () => sessions.forEach((s) => s.close()) };
}

/** Tab A writes, tab B reads (both started); closed after the test. */
async function startedPair(flushA = true) {
  const t = tabs();
  cleanup = t.closeAll;
  const a = t.tab(flushA);
  const b = t.tab();
  await a.session.start();
  await b.session.start();
  return { a, b };
}

const settle = () => new Promise((r) => setTimeout(r, 20));
/** Lets channel messages and lock grants through while setTimeout is faked. */
const tasks = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('one writer per draft', () => {
  it('makes the first tab the writer and the second a reader that follows saves', async () => {
    const t = tabs();
    cleanup = t.closeAll;
    const a = t.tab();
    const b = t.tab();
    expect(await a.session.start()).toBe('writer');
    expect(await b.session.start()).toBe('reader');
    expect(await isDraftOpen('d1', t.env)).toBe(true);
    a.session.notifySaved();
    await settle();
    expect(b.log).toContain('remote-saved');
    expect(a.log).not.toContain('remote-saved');
  });

  it('keeps an own draft and a received paper apart even when the own id is "received:" + the paper id', async () => {
    const env: LockEnv = { locks: createFakeLocks(), createChannel: (name) => new BroadcastChannel(name) };
    const events = () => ({ onWriter: vi.fn(), onReader: vi.fn(), onRemoteSaved: vi.fn(), flush: vi.fn(async () => true) });
    const ownEvents = events();
    const paperEvents = events();
    const own = openDraftSession('received:X', ownEvents, env, 'own');
    const paper = openDraftSession('X', paperEvents, env, 'received');
    cleanup = () => [own, paper].forEach((s) => s.close());
    expect(await own.start()).toBe('writer');
    expect(await paper.start()).toBe('writer');
    expect(await isDraftOpen('X', env, 'received')).toBe(true);
    expect(await isDraftOpen('X', env)).toBe(false);
    // A save of the paper is not news for an own draft of the same id, and the other way round.
    const writerX = openDraftSession('X', events(), env, 'own');
    const readerEvents = events();
    const readerX = openDraftSession('X', readerEvents, env, 'own');
    expect(await writerX.start()).toBe('writer');
    expect(await readerX.start()).toBe('reader');
    paper.notifySaved();
    await settle();
    expect(readerEvents.onRemoteSaved).not.toHaveBeenCalled();
    writerX.notifySaved();
    await settle();
    expect(readerEvents.onRemoteSaved).toHaveBeenCalledOnce();
    [writerX, readerX].forEach((s) => s.close());
  });

  it('hands over on request: the writer saves first, then the reader writes', async () => {
    const { a, b } = await startedPair();
    void b.session.takeOver();
    await settle();
    expect(a.log).toEqual(['writer', 'flush', 'reader']);
    expect(b.log).toEqual(['reader', 'writer']);
  });

  it('keeps writing when its save failed (the text is only there)', async () => {
    const { a, b } = await startedPair(false);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const taking = b.session.takeOver();
      await vi.advanceTimersByTimeAsync(10);
      expect(a.log).toEqual(['writer', 'flush']);
      expect(b.log).toEqual(['reader']);
      // A writer that does not let go within the timeout is a frozen tab: its lock is taken.
      await vi.advanceTimersByTimeAsync(3000);
      await taking;
    } finally {
      vi.useRealTimers();
    }
    await settle();
    expect(b.log.at(-1)).toBe('writer');
    expect(a.log.at(-1)).toBe('reader');
  });

  it('a take-over that got the lock never steals it later, after handing it back', async () => {
    const { a, b } = await startedPair();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      // B takes over and gets the lock at once; within B's 3 s, A takes the draft back.
      void b.session.takeOver();
      await tasks();
      expect(b.log.at(-1)).toBe('writer');
      const back = a.session.takeOver();
      await tasks();
      expect(a.log.at(-1)).toBe('writer');
      // B's first wait runs out: it was answered long ago, so A keeps the draft.
      await vi.advanceTimersByTimeAsync(4000);
      await tasks();
      await back;
    } finally {
      vi.useRealTimers();
    }
    await settle();
    // One handover each way, and no lock taken by force (no ping-pong either).
    expect(a.log).toEqual(['writer', 'flush', 'reader', 'writer']);
    expect(b.log).toEqual(['reader', 'writer', 'flush', 'reader']);
  });

  it('passes the draft to the waiting tab when the writer closes', async () => {
    const { a, b } = await startedPair();
    a.session.close();
    await settle();
    expect(b.log).toEqual(['reader', 'writer']);
  });

  it('writes everywhere when the browser has no Web Locks', async () => {
    const events = { onWriter: vi.fn(), onReader: vi.fn(), onRemoteSaved: vi.fn(), flush: vi.fn(async () => true) };
    const session = openDraftSession('d1', events, {});
    expect(await session.start()).toBe('writer');
    expect(events.onWriter).toHaveBeenCalledOnce();
    session.close();
  });
});
