/**
 * A small in-memory Web Locks manager for unit tests (Node has no navigator.locks): exclusive
 * locks with a FIFO queue, `ifAvailable`, `steal` and abort `signal`, as the spec describes.
 */
type Callback = (lock: Lock | null) => unknown;

interface Holder {
  readonly reject: (reason: unknown) => void;
}

interface Waiter {
  readonly grant: () => void;
  readonly signal?: AbortSignal;
}

export function createFakeLocks(): LockManager {
  const held = new Map<string, Holder>();
  const queues = new Map<string, Waiter[]>();

  function grant(name: string, callback: Callback, resolve: (v: unknown) => void, reject: (e: unknown) => void) {
    let settled = false;
    const holder: Holder = {
      reject: (reason) => {
        if (settled) return;
        settled = true;
        reject(reason);
      },
    };
    held.set(name, holder);
    Promise.resolve()
      .then(() => callback({ name, mode: 'exclusive' } as Lock))
      .then(
        (value) => {
          if (!settled) {
            settled = true;
            resolve(value);
          }
        },
        (error) => holder.reject(error),
      )
      .finally(() => {
        if (held.get(name) !== holder) return; // stolen: the thief holds it now
        held.delete(name);
        const next = queues.get(name)?.shift();
        next?.grant();
      });
  }

  const manager = {
    request(name: string, optionsOrCallback: LockOptions | Callback, maybeCallback?: Callback): Promise<unknown> {
      const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback)!;
      return new Promise((resolve, reject) => {
        if (options.steal) {
          held.get(name)?.reject(new DOMException('stolen', 'AbortError'));
          held.delete(name);
          grant(name, callback, resolve, reject);
          return;
        }
        if (!held.has(name)) {
          grant(name, callback, resolve, reject);
          return;
        }
        if (options.ifAvailable) {
          Promise.resolve(callback(null)).then(resolve, reject);
          return;
        }
        const waiter: Waiter = { grant: () => grant(name, callback, resolve, reject), signal: options.signal };
        const queue = queues.get(name) ?? [];
        queue.push(waiter);
        queues.set(name, queue);
        options.signal?.addEventListener('abort', () => {
          const q = queues.get(name) ?? [];
          const i = q.indexOf(waiter);
          if (i >= 0) {
            q.splice(i, 1);
            reject(new DOMException('aborted', 'AbortError'));
          }
        });
      });
    },
    async query() {
      return { held: [...held.keys()].map((name) => ({ name, mode: 'exclusive' as const })), pending: [] };
    },
  };
  return manager as unknown as LockManager;
}
