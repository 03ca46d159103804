/**
 * The "Sopivuus ESR+ 4.3:een" section of the PDF: the fit check's verdict, what still blocks
 * or needs fixing, the emphases and objectives the association ticked (with its own words on
 * how), and its optional self-assessment.
 */
import { SELF_ASSESSMENT_CRITERIA, SELF_ASSESSMENT_NOTE, summariseSelfAssessment } from '../fit-check/self-assessment';
import { FIT_LEVEL_TITLES, FIT_LEVELS, type FitLevel, type FitReport } from '../fit-check/types';
import { FIELDS } from '../idea-paper/fields';
import { EMPHASES, LINE_OBJECTIVES, type Option } from '../idea-paper/options';
import type { Draft, Fit } from '../idea-paper/schema';
import { NOT_FILLED, type PdfBlock } from './model';

/** Title of the fit section. */
export const FIT_SECTION_TITLE = 'Sopivuus ESR+ 4.3:een';

const heading = (level: 1 | 2 | 3, text: string): PdfBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string, tone?: 'muted' | 'empty'): PdfBlock => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });

const LEVEL_HEADINGS: Readonly<Record<FitLevel, { title: string; none: string }>> = {
  este: { title: 'Esteet', none: 'Ei esteitä.' },
  korjattavaa: { title: 'Korjattavaa', none: 'Ei korjattavaa.' },
  vinkki: { title: 'Vinkit', none: 'Ei vinkkejä.' },
};

/** Blocks of the fit section, heading included. */
export function fitBlocks(draft: Draft, fit: FitReport): PdfBlock[] {
  return [
    heading(1, FIT_SECTION_TITLE),
    paragraph(fit.readinessText),
    {
      kind: 'keyValue',
      rows: FIT_LEVELS.map((level) => ({ key: FIT_LEVEL_TITLES[level], value: String(fit.counts[level]) })),
    },
    ...FIT_LEVELS.flatMap((level) => findingBlocks(fit, level)),
    ...tickBlocks(FIELDS['fit.emphases'].label, EMPHASES, draft.fit.emphases),
    ...tickBlocks(FIELDS['fit.objectives'].label, LINE_OBJECTIVES, draft.fit.objectives),
    ...selfAssessmentBlocks(draft.fit),
  ];
}

/** One level's findings as "title – what to do" lines; an empty level says so. */
function findingBlocks(fit: FitReport, level: FitLevel): PdfBlock[] {
  const findings = fit.findings.filter((f) => f.level === level);
  const { title, none } = LEVEL_HEADINGS[level];
  return [
    heading(2, title),
    findings.length === 0 ? paragraph(none, 'muted') : { kind: 'list', items: findings.map((f) => `${f.title} – ${f.todo}`) },
  ];
}

/**
 * Ticked options with the association's "how" text. Unticked ones are left out even when
 * they still hold text: unticking keeps the text only so that nothing typed is lost.
 */
function tickBlocks(title: string, options: readonly Option[], ticks: Fit['emphases']): PdfBlock[] {
  const ticked = options.filter((o) => ticks[o.id]?.selected === true);
  if (ticked.length === 0) return [heading(2, title), paragraph(NOT_FILLED, 'empty')];
  return [
    heading(2, title),
    ...ticked.flatMap((o) => {
      const how = ticks[o.id]?.how ?? '';
      return [heading(3, o.label), how.trim() ? paragraph(how) : paragraph(NOT_FILLED, 'empty')];
    }),
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
