import { RECOMMENDED_PDF_PAGES } from '../../domain';
import { useApp } from '../../state';
import { t } from '../messages-wizard';

/** The PDF's estimated length beside the two-page recommendation, updated as the user writes. */
export function PageEstimate({ pages }: { pages: number }) {
  const over = pages > RECOMMENDED_PDF_PAGES;
  return (
    <p class={`page-estimate${over ? ' over' : ''}`} data-pages={pages}>
      {t.export.pages(pages)} {over ? t.export.pagesAdvice(RECOMMENDED_PDF_PAGES) : t.export.pagesOk(RECOMMENDED_PDF_PAGES)}
    </p>
  );
}

/** The estimate beside the step list, one short line; reads the signal itself so only it re-renders. */
export function SidePageEstimate() {
  const pages = useApp().paper.pages.value;
  if (pages === null) return null;
  return (
    <p class={`page-estimate${pages > RECOMMENDED_PDF_PAGES ? ' over' : ''}`} data-pages={pages}>
      {t.export.pagesShort(pages, RECOMMENDED_PDF_PAGES)}
    </p>
  );
}
