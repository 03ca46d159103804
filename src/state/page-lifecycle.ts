/**
 * Writes pending edits when the page may go away: the tab is hidden (phone locked, app
 * switched, tab closed) or the page is being unloaded. There is no guarantee of another
 * chance to run script after `hidden`, so this is where the last keystrokes are saved.
 */
export function flushOnPageHide(flush: () => Promise<unknown>, target: Window = window): () => void {
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  target.document.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('pagehide', onPageHide);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility);
    target.removeEventListener('pagehide', onPageHide);
  };
}

/**
 * Asks the browser to confirm leaving only while typed text could not be saved (storage
 * failing): then closing the tab would lose it. Normal typing never triggers the prompt.
 */
export function warnBeforeLosingText(hasUnsavedAfterFailure: () => boolean, target: Window = window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedAfterFailure()) return;
    event.preventDefault();
    event.returnValue = '';
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
