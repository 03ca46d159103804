/**
 * The whole glossary on one page: every term in Finnish alphabetical order, grouped under its
 * initial letter, each group a <dl> (term → plain-Finnish explanation). Each entry has the id
 * `sana-<term id>`, so other views can link straight to a term.
 */
import { glossaryInFinnishOrder, type GlossaryTerm } from '../domain';

/** Finnish texts of the view (kept here until the lead moves them into messages.ts). */
export const GLOSSARY_VIEW_TEXT = {
  heading: 'Sanasto',
  intro:
    'Rahoittajan ohjeissa on paljon omia sanoja ja lyhenteitä. Tässä ne on selitetty tavallisella kielellä. Ohjeteksteissä nämä sanat on merkitty pisteviivalla: kun painat sanaa, selitys avautuu sen viereen. Selitykset ovat yleistietoa. Haun tarkat ehdot kerrotaan aina hakuilmoituksessa.',
  lettersLabel: 'Alkukirjaimet',
} as const;

/** DOM id of a term's entry in the glossary view. */
export function glossaryEntryId(termId: string): string {
  return `sana-${termId}`;
}

interface Group {
  readonly letter: string;
  readonly terms: readonly GlossaryTerm[];
}

function groupByInitial(terms: readonly GlossaryTerm[]): Group[] {
  const groups: { letter: string; terms: GlossaryTerm[] }[] = [];
  for (const term of terms) {
    const letter = [...term.term][0]?.toLocaleUpperCase('fi') ?? '';
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) last.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  return groups;
}

interface Props {
  /** Level of the view's heading; the letter headings are one level below. */
  headingLevel?: 1 | 2;
}

/**
 * Moves to a letter without touching the address: the hash is the app's route, and "#sanasto-H"
 * would read as "no draft open" and close the draft the glossary was opened from.
 */
function jumpTo(event: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function GlossaryView({ headingLevel = 2 }: Props) {
  const groups = groupByInitial(glossaryInFinnishOrder());
  const Heading = `h${headingLevel}` as 'h1' | 'h2';
  const LetterHeading = `h${headingLevel + 1}` as 'h2' | 'h3';
  return (
    <section class="term-glossary" aria-labelledby="term-glossary-heading">
      <Heading id="term-glossary-heading">{GLOSSARY_VIEW_TEXT.heading}</Heading>
      <p class="intro">{GLOSSARY_VIEW_TEXT.intro}</p>
      <nav class="term-letters" aria-label={GLOSSARY_VIEW_TEXT.lettersLabel}>
        <ul>
          {groups.map((g) => (
            <li key={g.letter}>
              <a href={`#sanasto-${g.letter}`} onClick={(e) => jumpTo(e, `sanasto-${g.letter}`)}>
                {g.letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <div class="term-group" key={g.letter}>
          <LetterHeading class="term-letter" id={`sanasto-${g.letter}`} tabIndex={-1}>
            {g.letter}
          </LetterHeading>
          <dl class="term-list">
            {g.terms.map((term) => (
              <div class="term-entry" id={glossaryEntryId(term.id)} key={term.id}>
                <dt>{term.term}</dt>
                <dd>{term.explanation}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
