import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './messages';

/** The glossary view, loaded on first use (it is not needed for the first screen). */
export function LazyGlossary({ onClose }: { onClose: () => void }) {
  const [View, setView] = useState<ComponentType<{ headingLevel?: 1 | 2 }> | null>(null);
  const [failed, setFailed] = useState(false);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    import('./GlossaryView').then(
      (m) => setView(() => m.GlossaryView as ComponentType<{ headingLevel?: 1 | 2 }>),
      () => setFailed(true),
    );
    back.current?.focus();
  }, []);
  return (
    <section class="glossary-page">
      <button type="button" class="button" ref={back} onClick={onClose}>
        ← {t.glossary.back}
      </button>
      {failed ? <p class="notice error">{t.lazy.failed}</p> : View ? <View headingLevel={1} /> : <p class="muted">{t.lazy.loading}</p>}
    </section>
  );
}
