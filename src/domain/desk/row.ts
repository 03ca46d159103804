/**
 * The coordinator's desk: one overview row per received idea paper.
 *
 * A row holds facts, not text for the screen: money stays in integer cents exactly as the
 * budget calculation gave it, dates stay as received, months stay `YYYY-MM` (or null). The
 * formatting lives in format.ts and csv.ts, so sorting, totals and the CSV work on the same
 * numbers the budget step shows.
 */
import type { BudgetSummary, Cents, Coverage } from '../budget/types';
import { openComments } from '../coordination/comments';
import type { FitReport } from '../fit-check/types';
import { checkBusinessId, normaliseBusinessId } from '../idea-paper/business-id';
import { draftDisplayName } from '../idea-paper/goals';
import { REGIONS, labelOf } from '../idea-paper/options';
import type { Draft } from '../idea-paper/schema';
import { deskMonthIndex } from './dates';

/** Shown instead of the applicant's name when the paper has none. */
export const UNNAMED_APPLICANT = 'Hakijan nimi puuttuu';

/** What the desk needs of one received paper; budget and fit are computed by the caller. */
export interface DeskInput {
  readonly draft: Draft;
  readonly budget: BudgetSummary;
  readonly fit: FitReport;
  /** When the coordinator received the paper (ISO time); shown as "?" when unreadable. */
  readonly receivedAt: string;
}

export interface DeskRegion {
  readonly id: string;
  /** Finnish name; an unknown id (old or hand-edited data) is shown as it is. */
  readonly label: string;
}

export interface DeskDuration {
  /** `YYYY-MM` when well formed, else null (shown as "?"). */
  readonly start: string | null;
  readonly end: string | null;
  /** Months from start to end, both included; null when a month is unknown or the period is reversed. */
  readonly months: number | null;
}

export interface DeskRow {
  readonly draftId: string;
  /** Name shown for the applicant: the name with its whitespace tidied, or UNNAMED_APPLICANT. */
  readonly association: string;
  /** The name as written (tidied); '' when missing, so sorting can put it last. */
  readonly applicantName: string;
  /** Y-tunnus in its normal form when valid, else as typed (trimmed); '' when missing. */
  readonly businessId: string;
  readonly businessIdValid: boolean;
  /** Project name shown (draftDisplayName: "Nimetön luonnos" when missing). */
  readonly projectName: string;
  /** The project name as written (tidied); '' when missing. */
  readonly projectNameRaw: string;
  /** The paper's regions in the order it gives them, each once. */
  readonly regions: readonly DeskRegion[];
  readonly duration: DeskDuration;
  /** Total eligible costs, aid and required self-financing: BudgetSummary's cents, unchanged. */
  readonly totalCents: Cents;
  readonly aidCents: Cents;
  readonly selfFinancingRequiredCents: Cents;
  /** What the financing plan's sources add up to, and how that meets the required self-financing. */
  readonly sourcesTotalCents: Cents;
  readonly coverage: Coverage;
  /** How much self-financing is still missing; 0 unless coverage is short. */
  readonly shortfallCents: Cents;
  /** False when there is nothing to fund yet (coverage is then meaningless). */
  readonly hasBudget: boolean;
  readonly ready: boolean;
  readonly readinessText: string;
  readonly esteCount: number;
  readonly korjattavaaCount: number;
  /** Coordinator comments still waiting for the association (openComments: not done, not a "hyvä"). */
  readonly openCommentCount: number;
  /** draft.updatedAt and the received time as they came (see dates.ts for reading them). */
  readonly updatedAt: string;
  readonly receivedAt: string;
}

/** Collapses whitespace (newlines, tabs, runs of spaces) to single spaces and trims. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The overview row of one received paper. */
export function deskRow(input: DeskInput): DeskRow {
  const { draft, budget, fit, receivedAt } = input;
  const applicantName = tidy(draft.applicant.name);
  const typedId = tidy(draft.applicant.businessId);
  const businessIdValid = typedId !== '' && checkBusinessId(typedId) === null;
  const projectNameRaw = tidy(draft.project.name);
  const coverage = budget.coverage;
  return {
    draftId: draft.id,
    association: applicantName || UNNAMED_APPLICANT,
    applicantName,
    businessId: businessIdValid ? normaliseBusinessId(typedId) : typedId,
    businessIdValid,
    projectName: draftDisplayName(projectNameRaw),
    projectNameRaw,
    regions: [...new Set(draft.project.regions)].map((id) => ({ id, label: labelOf(REGIONS, id) })),
    duration: duration(draft.project.startMonth, draft.project.endMonth),
    totalCents: budget.totalCents,
    aidCents: budget.aidCents,
    selfFinancingRequiredCents: budget.selfFinancingRequiredCents,
    sourcesTotalCents: budget.sourcesTotalCents,
    coverage,
    shortfallCents: coverage.kind === 'short' ? Math.abs(coverage.differenceCents) : 0,
    hasBudget: budget.hasBudget,
    ready: fit.ready,
    readinessText: fit.readinessText,
    esteCount: fit.counts.este,
    korjattavaaCount: fit.counts.korjattavaa,
    openCommentCount: openComments(draft).length,
    updatedAt: draft.updatedAt,
    receivedAt,
  };
}

function duration(startMonth: string, endMonth: string): DeskDuration {
  const start = deskMonthIndex(startMonth);
  const end = deskMonthIndex(endMonth);
  const months = start !== null && end !== null && end >= start ? end - start + 1 : null;
  return { start: start === null ? null : startMonth.trim(), end: end === null ? null : endMonth.trim(), months };
}
