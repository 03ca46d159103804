/** The draft tools (step registry, validation, budget, fit, PDF model), loaded once a draft opens. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { DraftTools } from '../app-deps';

export interface ToolsStore {
  /** Null until the tools have been loaded. */
  readonly tools: ReadonlySignal<DraftTools | null>;
  /** Loads the tools (once) and resolves with them. */
  ensure(): Promise<DraftTools>;
}

export function createToolsStore(load: () => Promise<DraftTools> = () => import('../draft-tools')): ToolsStore {
  const tools = signal<DraftTools | null>(null);
  return {
    tools,
    async ensure() {
      tools.value ??= await load();
      return tools.value;
    },
  };
}
