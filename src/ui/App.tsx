import { useComputed } from '@preact/signals';
import { useState } from 'preact/hooks';
import { draftDisplayName } from '../domain';
import { LazyGlossary } from './LazyGlossary';
import { useApp } from '../state';
import { Notices } from './components/Notices';
import { AppFooter, PwaNotices } from './components/PwaNotices';
import { SaveStatus } from './components/SaveStatus';
import { t } from './messages';
import { StartView } from './start/StartView';
import { lazyView, LazyWizard, loadViews } from './lazy-wizard';

/** The salvage view loads only when a draft that cannot be opened is salvaged. */
const LazySalvage = lazyView(() => import('./start/SalvageView').then((m) => m.SalvageView));
/** The coordinator's desk loads only when a coordinator opens it. */
const LazyDesk = lazyView(() => loadViews().then((m) => m.DeskView));

/** The shell: header with the save status, notices, and either the draft list or the wizard. */
export function App() {
  const app = useApp();
  // Whether a draft is open, not the draft itself: the shell must not re-render for every keystroke.
  const draft = useComputed(() => app.draft.current.value !== null).value;
  const [glossary, setGlossary] = useState(false);
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header class={`app-header${draft ? ' has-draft' : ''}`}>
        <div class="brand">
          <span class="app-name">{t.appName}</span>
          {draft && <DraftTitle />}
        </div>
        <div class="header-tools">
          <button type="button" class="button small" aria-pressed={glossary} onClick={() => setGlossary(!glossary)}>
            {t.glossary.open}
          </button>
          {draft && <SaveStatus />}
        </div>
        {draft && (
          <div class="header-tools">
            <button type="button" class="button small" onClick={() => void app.closeDraft()}>
              ← <span class="visually-hidden-sm">{app.draft.received.value ? t.start.desk : t.start.heading}</span>
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <PwaNotices />
        <Notices />
        {glossary ? (
          <LazyGlossary onClose={() => setGlossary(false)} />
        ) : draft ? (
          <LazyWizard onReload={() => void app.device.reload()} />
        ) : app.list.salvaging.value ? (
          <LazySalvage />
        ) : app.nav.page.value === 'desk' ? (
          <LazyDesk />
        ) : (
          <StartView />
        )}
      </main>
      <AppFooter />
    </>
  );
}

/** The open draft's name in the header; only it re-renders when the name changes. */
function DraftTitle() {
  const app = useApp();
  const name = useComputed(() => draftDisplayName(app.draft.current.value?.project.name ?? '')).value;
  return <span class="draft-title">{name}</span>;
}
