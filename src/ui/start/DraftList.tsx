import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../state';
import type { DraftSummary } from '../../state';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { t } from '../messages';
import { BrokenCard, DraftCard } from './DraftCard';
import { LIST_PAGE } from './list-page';

/** With more drafts than this the list gets a search field. */
const SEARCH_FROM = 5;

/** Case-insensitive match on the project or applicant name (ä and a stay different letters). */
function matchesSearch(d: DraftSummary, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('fi');
  return d.name.toLocaleLowerCase('fi').includes(q) || d.applicantName.toLocaleLowerCase('fi').includes(q);
}

/** The stored drafts, newest first: search, the cards and "show more". */
export function DraftList({ drafts, onDelete }: { drafts: readonly DraftSummary[]; onDelete: (d: DraftSummary) => void }) {
  const app = useApp();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(LIST_PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const firstAdded = useRef<number | null>(null);
  const matching = query.trim() ? drafts.filter((d) => matchesSearch(d, query)) : drafts;
  const shown = matching.slice(0, limit);

  // After "show more" the focus moves to the first card it added, so a keyboard or screen
  // reader user goes on reading where the list went on (the button itself moves down).
  useEffect(() => {
    if (firstAdded.current === null) return;
    listRef.current?.children[firstAdded.current]?.querySelector<HTMLElement>('.draft-name')?.focus();
    firstAdded.current = null;
  }, [limit]);

  return (
    <>
      {drafts.length > SEARCH_FROM && (
        <div class="field draft-search">
          <label for="draft-search">{t.start.search}</label>
          <input
            id="draft-search"
            type="search"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setLimit(LIST_PAGE);
            }}
          />
        </div>
      )}
      {query.trim() && (
        <p class="muted" role="status">
          {t.start.searchResult(matching.length, drafts.length)}
        </p>
      )}
      <ul class="draft-list" ref={listRef}>
        {shown.map((d) => (
          <li class="draft-card" key={d.id}>
            {renaming === d.id ? (
              <RenameForm
                initial={d.name}
                onCancel={() => setRenaming(null)}
                onSave={async (name) => {
                  await app.list.rename(d.id, name);
                  setRenaming(null);
                }}
              />
            ) : (
              <ErrorBoundary
                fallback={
                  <BrokenCard onExport={() => void app.exchange.exportDraftFile(d.id)} onSalvage={() => void app.list.openSalvage(d.id)} />
                }
              >
                <DraftCard
                  draft={d}
                  onOpen={() => void app.lifecycle.open(d.id)}
                  onRename={() => setRenaming(d.id)}
                  onDuplicate={() => void app.list.duplicate(d.id)}
                  onExport={() => void app.exchange.exportDraftFile(d.id)}
                  onDelete={() => onDelete(d)}
                  onSalvage={() => void app.list.openSalvage(d.id)}
                />
              </ErrorBoundary>
            )}
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <div class="list-more">
          <p class="muted">{t.start.listedFirst(shown.length, matching.length)}</p>
          <button
            type="button"
            class="button"
            onClick={() => {
              firstAdded.current = shown.length;
              setLimit(limit + LIST_PAGE);
            }}
          >
            {t.showMore(Math.min(LIST_PAGE, matching.length - shown.length))}
          </button>
        </div>
      )}
    </>
  );
}

function RenameForm({ initial, onSave, onCancel }: { initial: string; onSave: (name: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <form
      class="rename"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <label for="rename-input">{t.start.renameLabel}</label>
      <input
        id="rename-input"
        ref={inputRef}
        value={value}
        maxLength={500}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      />
      <div class="card-actions">
        <button type="submit" class="button primary">
          {t.start.save}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t.start.cancel}
        </button>
      </div>
    </form>
  );
}
