/**
 * The browser's Back and Forward, followed: a step URL of the open draft shows that step, another
 * draft's URL opens it, and a page URL (the list, the desk) closes the draft first. Text that could
 * not be saved keeps the draft on screen, and its URL comes back. Composed after the stores it
 * drives, so none of them needs to know the history.
 */
import type { OpenDraftStore } from './stores/open-draft';
import type { NavigationControl } from './stores/navigation-store';
import { parseRoute, type HistoryPort } from './route';
import type { OpenAt } from './ports';

interface Deps {
  readonly history: HistoryPort;
  readonly open: Pick<OpenDraftStore, 'current'>;
  readonly nav: Pick<NavigationControl, 'showView' | 'showPage' | 'currentHash'>;
  /** Closes the open draft and shows the list again; false when the text could not be saved. */
  readonly close: () => Promise<boolean>;
  readonly openDraft: (id: string, at: OpenAt) => Promise<boolean>;
}

/** Follows Back and Forward; returns the unsubscribe. */
export function followHistory({ history, open, nav, close, openDraft }: Deps): () => void {
  return history.subscribe((hash) => {
    const route = parseRoute(hash);
    const openId = open.current.peek()?.id;
    if (route.kind !== 'draft') {
      if (!openId) return nav.showPage(route.kind);
      const back = nav.currentHash();
      void close().then((closed) => {
        if (closed) nav.showPage(route.kind);
        else if (back) history.push(back);
      });
      return;
    }
    if (route.draftId !== openId) return void openDraft(route.draftId, { view: route.view, how: 'none' });
    nav.showView(route.view);
  });
}
