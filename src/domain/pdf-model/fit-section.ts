/**
 * The "Sopivuus ESR+ 4.3:een" section of the PDF: the fit check's verdict, what still blocks
 * or needs fixing, the emphases and objectives the association ticked (with its own words on
 * how), and its optional self-assessment.
 */
import { SELF_ASSESSMENT_CRITERIA, SELF_ASSESSMENT_NOTE, summariseSelfAssessment } from '../fit-check/self-assessment';
import { FIT_LEVEL_TITLES, type FitReport } from '../fit-check/types';
import { FIELDS } from '../idea-paper/fields';
import { EMPHASES, LINE_OBJECTIVES, type Option } from '../idea-paper/options';
import type { Draft, Fit } from '../idea-paper/schema';
import type { PdfBlock } from './model';

/** Title of the fit section. */
export const FIT_SECTION_TITLE = 'Sopivuus ESR+ 4.3:een';

const heading = (level: 1 | 2 | 3, text: string): PdfBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string, tone?: 'muted'): PdfBlock => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });

/**
 * Blocks of the fit section, heading included: the association's chosen emphases and
 * objectives in its own words, then the check's findings as short lines. The readiness line
 * and the counts are on page 1; the explanations of each finding stay in the app.
 */
export function fitBlocks(draft: Draft, fit: FitReport): PdfBlock[] {
  return [
    heading(1, FIT_SECTION_TITLE),
    ...tickBlocks(FIELDS['fit.emphases'].label, EMPHASES, draft.fit.emphases, 'Painotuksia ei ole vielä valittu.'),
    ...tickBlocks(FIELDS['fit.objectives'].label, LINE_OBJECTIVES, draft.fit.objectives, null),
    ...findingBlocks(fit),
    ...selfAssessmentBlocks(draft.fit),
  ];
}

/** Blockers and things to fix as one list ("Este: …"); suggestions only counted. */
function findingBlocks(fit: FitReport): PdfBlock[] {
  const serious = fit.findings.filter((f) => f.level !== 'vinkki');
  const tips = fit.counts.vinkki;
  const tipText = tips > 0 ? ` Lisäksi ${tips} ${tips === 1 ? 'vinkki' : 'vinkkiä'} sovelluksen tarkistuksessa.` : '';
  // Nothing to fix: page 1's readiness line and counts say it already.
  if (serious.length === 0) return [];
  return [
    heading(2, 'Tarkistuksen huomiot'),
    { kind: 'list', items: serious.map((f) => `${FIT_LEVEL_TITLES[f.level]}: ${f.title}`) },
    ...(tipText ? [paragraph(tipText.trim(), 'muted')] : []),
  ];
}

/**
 * Ticked options with the association's "how" text, one list item each. Unticked ones are
 * left out even when they still hold text: unticking keeps the text only so that nothing
 * typed is lost.
 */
function tickBlocks(title: string, options: readonly Option[], ticks: Fit['emphases'], none: string | null): PdfBlock[] {
  const ticked = options.filter((o) => ticks[o.id]?.selected === true);
  if (ticked.length === 0) return none ? [heading(2, title), paragraph(none, 'muted')] : [];
  return [
    heading(2, title),
    { kind: 'list', items: ticked.map((o) => (ticks[o.id]?.how.trim() ? `${o.label}: ${ticks[o.id]!.how}` : o.label)) },
  ];
}

/** The self-assessment as a score table with its caveat; nothing when no criterion is scored. */
function selfAssessmentBlocks(fit: Fit): PdfBlock[] {
  const summary = summariseSelfAssessment(fit);
  if (summary.scored === 0) return [];
  return [
    heading(2, 'Oma arvio'),
    paragraph(SELF_ASSESSMENT_NOTE, 'muted'),
    {
      kind: 'table',
      columns: [
        { header: 'Kriteeri', width: 0.8 },
        { header: 'Pisteet', width: 0.2, align: 'right' },
      ],
      rows: SELF_ASSESSMENT_CRITERIA.map((c) => {
        const score = fit.selfAssessment[c.id];
        return [c.label, typeof score === 'number' ? `${Math.min(score, c.max)} / ${c.max}` : '–'];
      }),
      footer: ['Yhteensä', `${summary.total} / ${summary.maxTotal}`],
    },
  ];
}
