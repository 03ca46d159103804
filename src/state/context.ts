import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from './app-state';

export const AppContext = createContext<AppState | null>(null);

/** The app state provided by <AppContext.Provider>; throws if used outside it. */
export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp() outside AppContext');
  return state;
}
