/**
 * Where the app is, as a URL: the drafts list is `#/`, a step of a draft `#/luonnos/<id>/<step>`,
 * the coordinator's desk `#/koordinaattori` and a step of a received paper
 * `#/koordinaattori/<id>/<step>`.
 * Every step is a history entry, so a phone's Back goes to the previous step and then to the
 * list, and a step URL opened directly (offline too: it is the same page) shows that step.
 */
import type { StepId } from '../domain';

/** A step of the paper, or the "Mitä seuraavaksi?" view after it. */
export type ViewId = StepId | 'seuraavaksi';

/** A page without an open draft: the own drafts list or the coordinator's desk. */
export type Page = 'list' | 'desk';

export type Route =
  | { readonly kind: Page }
  /** `received`: a paper on the coordinator's desk (opened for comments only). */
  | { readonly kind: 'draft'; readonly draftId: string; readonly view: string; readonly received?: boolean };

const DESK = 'koordinaattori';

/** The route of a location hash; anything unknown is the list. */
export function parseRoute(hash: string): Route {
  const m = /^#\/(luonnos|koordinaattori)(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(hash);
  if (!m || (!m[2] && m[1] !== DESK)) return { kind: 'list' };
  if (!m[2]) return { kind: 'desk' };
  try {
    const draft = { kind: 'draft', draftId: decodeURIComponent(m[2]), view: decodeURIComponent(m[3] ?? '') } as const;
    return m[1] === DESK ? { ...draft, received: true } : draft;
  } catch {
    return { kind: 'list' };
  }
}

/** The hash of a route. */
export function formatRoute(route: Route): string {
  if (route.kind !== 'draft') return route.kind === 'list' ? '#/' : `#/${DESK}`;
  return `#/${route.received ? DESK : 'luonnos'}/${encodeURIComponent(route.draftId)}/${encodeURIComponent(route.view)}`;
}

/** The browser's history as the navigation store uses it (injected; tests use a fake). */
export interface HistoryPort {
  /** The current location hash. */
  current(): string;
  push(hash: string): void;
  replace(hash: string): void;
  /** Calls back when the user goes Back or Forward; returns the unsubscribe function. */
  subscribe(onPop: (hash: string) => void): () => void;
}

/** The real browser history. */
export function browserHistory(win: Window = window): HistoryPort {
  return {
    current: () => win.location.hash,
    push: (hash) => win.history.pushState(null, '', hash),
    replace: (hash) => win.history.replaceState(null, '', hash),
    subscribe(onPop) {
      const listener = () => onPop(win.location.hash);
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    },
  };
}
