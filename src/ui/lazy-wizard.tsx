/**
 * The wizard (every step, the budget and the fit check) is a separate chunk: the first
 * screen only needs the draft list. It is fetched after the first render and when a draft
 * opens; the service worker keeps it for offline use. The coordinator's desk travels in the
 * same chunk (lazy-views.ts).
 */
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { ActionNotice } from './components/ActionNotice';
import { t } from './messages';

const wizard = signal<ComponentType | null>(null);
const failed = signal(false);
let loading: Promise<typeof import('./lazy-views')> | undefined;

/** The chunk after the first screen, the wizard's and the desk's (once; a failed load is tried again next time). */
export function loadViews(): Promise<typeof import('./lazy-views')> {
  loading ??= import('./lazy-views').then(
    (m) => ((wizard.value = m.Wizard), m),
    (error: unknown) => {
      failed.value = true;
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Starts loading the wizard chunk (once); a failure shows in LazyWizard. */
export const loadWizard = (): Promise<unknown> => loadViews().catch(() => undefined);

/** Renders the wizard when its code is here; says so clearly when it cannot be loaded. */
export function LazyWizard({ onReload }: { onReload: () => void }) {
  const Wizard = wizard.value;
  if (Wizard) return <Wizard />;
  if (failed.value) {
    return <ActionNotice tone="error" text={t.lazy.failed} action={t.lazy.reload} onAction={onReload} />;
  }
  void loadWizard();
  return (
    <p class="muted" role="status">
      {t.lazy.loading}
    </p>
  );
}

/**
 * A view whose code is loaded on first use ("loading" until then). A load that fails (offline
 * before the service worker had the chunk, or a half-updated cache) says so in Finnish and
 * offers to try again, so the user is never left looking at "loading".
 */
export function lazyView(load: () => Promise<ComponentType>): ComponentType {
  const view = signal<ComponentType | null>(null);
  const state = signal<'idle' | 'loading' | 'failed'>('idle');
  const start = () => {
    state.value = 'loading';
    load().then(
      (c) => (view.value = c),
      () => (state.value = 'failed'),
    );
  };
  return function LazyView() {
    if (state.value === 'idle') start();
    const View = view.value;
    if (View) return <View />;
    if (state.value === 'failed')
      return <ActionNotice tone="error" text={t.lazy.viewFailed} action={t.lazy.retry} onAction={start} primary />;
    return (
      <p class="muted" role="status">
        {t.lazy.viewLoading}
      </p>
    );
  };
}
