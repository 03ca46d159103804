/**
 * Debounced, serialised saving. Changes are written within `delayMs` of the last one;
 * writes never overlap (a change during a write is saved right after it), and `flush()`
 * writes whatever is pending now (used on tab hide, page hide, closing a draft, updates).
 * Failures are reported, and the pending draft is kept for the next attempt.
 */
import type { Draft } from '../domain';
import { toStorageError, type StorageError } from '../storage';

export interface AutosaveEvents {
  onSaving(): void;
  onSaved(draft: Draft): void;
  onError(error: StorageError): void;
}

export interface Autosave {
  schedule(draft: Draft): void;
  /** Writes what is pending now; resolves to true only when nothing typed is left unsaved. */
  flush(): Promise<boolean>;
  /** True while something typed is not yet confirmed as written. */
  hasPending(): boolean;
  dispose(): void;
}

export function createAutosave(save: (draft: Draft) => Promise<void>, events: AutosaveEvents, delayMs = 400): Autosave {
  let pending: Draft | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;

  async function writeLoop(): Promise<void> {
    while (pending) {
      const draft = pending;
      pending = undefined;
      events.onSaving();
      try {
        await save(draft);
        if (!pending) events.onSaved(draft);
      } catch (error) {
        // Keep it for the next attempt unless something newer is already waiting.
        pending ??= draft;
        events.onError(toStorageError(error));
        return;
      }
    }
  }

  function start(): Promise<void> {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    inFlight ??= writeLoop().finally(() => (inFlight = undefined));
    return inFlight;
  }

  return {
    schedule(draft) {
      pending = draft;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void start(), delayMs);
    },
    async flush() {
      if (inFlight) await inFlight;
      if (pending) await start();
      return pending === undefined;
    },
    hasPending: () => pending !== undefined || inFlight !== undefined,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
