/**
 * The app state for components, provided by <AppContext.Provider>. Components take the slice
 * they work with (`useEdits()`, `useOpenDraft()`, …) rather than reaching through the whole
 * state, so what a component may read or change shows in its first lines.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Draft } from '../domain';
import type { AppState } from './app-state';

export const AppContext = createContext<AppState | null>(null);

/** The whole app state; throws if used outside AppContext. */
export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp() outside AppContext');
  return state;
}

/** The open draft and who may change it (read-only signals). */
export const useOpenDraft = (): AppState['draft'] => useApp().draft;
/** The edits of the open draft: fields, keystrokes, list items, staff rows. */
export const useEdits = (): AppState['edits'] => useApp().edits;
/** Where the user is: step, focus after a jump, page. */
export const useNav = (): AppState['nav'] => useApp().nav;
/** What follows from the open draft: budget, checks, progress, fit. */
export const usePaper = (): AppState['paper'] => useApp().paper;

/**
 * The open draft itself, for views that show it whole (the summary, the budget tables): they
 * re-render on every change of it. Only inside the wizard, where a draft is always open.
 */
export function useDraft(): Draft {
  const draft = useOpenDraft().current.value;
  if (!draft) throw new Error('useDraft() without an open draft');
  return draft;
}
