/**
 * The wizard (every step, the budget and the fit check) is a separate chunk: the first
 * screen only needs the draft list. It is fetched after the first render and when a draft
 * opens; the service worker keeps it for offline use.
 */
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { ActionNotice } from './components/ActionNotice';
import { t } from './messages';

const wizard = signal<ComponentType | null>(null);
const failed = signal(false);
let loading: Promise<void> | undefined;

/** Starts loading the wizard chunk (once). */
export function loadWizard(): Promise<void> {
  loading ??= import('./wizard/Wizard').then(
    (m) => {
      wizard.value = m.Wizard;
    },
    () => {
      failed.value = true;
      loading = undefined;
    },
  );
  return loading;
}

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

/** A view whose code is loaded on first use (shown as "loading" until then). */
export function lazyView(load: () => Promise<ComponentType>): ComponentType {
  const view = signal<ComponentType | null>(null);
  let started = false;
  return function LazyView() {
    if (!started) {
      started = true;
      void load().then((c) => (view.value = c));
    }
    const View = view.value;
    return View ? (
      <View />
    ) : (
      <p class="muted" role="status">
        {t.lazy.loading}
      </p>
    );
  };
}
