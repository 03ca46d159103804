/**
 * Runs work just after the browser has painted the next frame (a frame, then a task), so the
 * frame that shows what the user did does not wait for it. Used for keystrokes reaching the
 * draft (typing-buffer.ts) and for drawing a long list a slice per frame (ListEditor.tsx).
 * `fallbackMs` bounds the wait where frames do not come (a hidden tab). Returns a cancel.
 */
export function afterPaint(run: () => void, fallbackMs = 100): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  return () => {
    done = true;
    clearTimeout(timer);
  };
}
