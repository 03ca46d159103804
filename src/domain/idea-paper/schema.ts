/**
 * The draft schema: the single source of the stored and exported shape.
 *
 * zod/mini keeps the start-up download small (about +6 kB gzip instead of +23 kB for full zod).
 * Numbers the user types (money, months, counts) are stored as the text they typed and
 * parsed by the domain, so an unfinished or odd entry is never lost on save.
 * Caps exist only to reject hostile files; the UI never gets near them.
 */
import * as z from 'zod/mini';
import { MAIN_GOAL_ID, MAX_COMMENTS, MAX_ITEMS, MAX_TEXT, SCHEMA_VERSION } from './limits';
import { COST_MODEL_IDS, LEGAL_FORM_IDS, LOI_STATUS_IDS, PARTICIPANT_DATA_IDS, RISK_LEVEL_IDS } from './option-ids';

// No eval-based fast paths: keeps the strict Content-Security-Policy (no 'unsafe-eval'). Set
// here, where every schema of the app starts (local-state.ts and file-schemas.ts import this
// module), so it holds before the first parse, in whichever lazy chunk that happens.
z.config({ jitless: true });

const MAX_ID = 64;

const text = () => z.string().check(z.maxLength(MAX_TEXT));
const id = () => z.string().check(z.minLength(1), z.maxLength(MAX_ID));
const ids = () => z.array(id()).check(z.maxLength(MAX_ITEMS));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_ITEMS));
/** A choice that may still be unanswered (''). */
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal('')]);
/** 'YYYY-MM' when well formed; kept as typed otherwise (validate.ts explains the problem). */
const month = () => z.string().check(z.maxLength(40));
/**
 * A real ISO time, e.g. 2026-11-28T10:00:00.000Z (an offset is accepted from other tools).
 * The start view and the PDF format these: an odd value here would break them.
 */
const isoTime = () => z.iso.datetime({ offset: true });
/** A calendar date YYYY-MM-DD, or '' when not set (the date input of the next steps). */
const isoDateOrEmpty = () => z.union([z.iso.date(), z.literal('')]);

export const applicantSchema = z.strictObject({
  name: text(),
  legalForm: choice(LEGAL_FORM_IDS),
  businessId: text(),
  contactPerson: text(),
  email: text(),
  phone: text(),
  experience: text(),
});

export const projectSchema = z.strictObject({
  name: text(),
  summary: text(),
  startMonth: month(),
  endMonth: month(),
  regions: ids(),
  municipalities: text(),
});

export const needSchema = z.strictObject({
  problem: text(),
  evidence: text(),
  participation: text(),
});

export const targetGroupSchema = z.strictObject({
  groups: ids(),
  otherGroups: text(),
  participantCount: text(),
  reach: text(),
  secondaryGroups: text(),
});

export const goalSchema = z.strictObject({ id: id(), text: text() });
export const actionSchema = z.strictObject({
  id: id(),
  title: text(),
  description: text(),
  goalIds: ids(),
  timing: text(),
  responsible: text(),
});
export const indicatorSchema = z.strictObject({
  id: id(),
  goalId: z.string().check(z.maxLength(MAX_ID)),
  name: text(),
  unit: text(),
  baseline: text(),
  target: text(),
  source: text(),
});
export const partnerSchema = z.strictObject({
  id: id(),
  name: text(),
  role: text(),
  loiStatus: z.enum(LOI_STATUS_IDS),
});
export const riskSchema = z.strictObject({
  id: id(),
  risk: text(),
  likelihood: choice(RISK_LEVEL_IDS),
  impact: choice(RISK_LEVEL_IDS),
  mitigation: text(),
});

export const staffRowSchema = z.strictObject({
  id: id(),
  role: text(),
  /** Monthly gross salary as typed, e.g. "3 200,50". */
  monthlySalary: text(),
  /** Months in the project as typed. */
  months: text(),
  /** Working-time share in percent as typed. */
  sharePercent: text(),
  /** The user's own split of the row's months by calendar year; empty = spread automatically. */
  monthsByYear: z.record(z.string().check(z.regex(/^\d{4}$/)), text()),
});
const financingEntry = z.strictObject({ amount: text(), unit: z.enum(['eur', 'pct']) });
export const budgetSchema = z.strictObject({
  costModel: z.enum(COST_MODEL_IDS),
  staff: list(staffRowSchema),
  financing: z.strictObject({
    own: financingEntry,
    municipal: financingEntry,
    otherPublic: financingEntry,
    private: financingEntry,
  }),
  /** Anything more to say about the staff than the rows tell (asked once, with the money). */
  staffNote: text(),
  /** How the self-financing is put together, asked after the amount is known. */
  financingNote: text(),
});

const tick = z.strictObject({ selected: z.boolean(), how: text() });
export const fitSchema = z.strictObject({
  /** Emphasised contents by id; unticking keeps the text so nothing typed is lost. */
  emphases: z.record(id(), tick),
  objectives: z.record(id(), tick),
  /** The association's own estimate per scored criterion; null = not assessed. */
  selfAssessment: z.record(id(), z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(5)))),
});

/** A coordinator's comment beside a section (step) or one list item of it. */
export const commentSchema = z.strictObject({
  id: id(),
  /** Step id of the section, e.g. 'tarve'. */
  section: id(),
  /** Id of the list item (action, indicator, …) or '' for the section itself. */
  itemId: z.string().check(z.maxLength(MAX_ID)),
  text: text(),
  verdict: z.enum(['korjattava', 'hyva', '']),
  author: text(),
  createdAt: isoTime(),
  /** The association marked it handled. */
  done: z.boolean(),
});

/** What the coordinator's commented version looked like, per section, to show what changed since. */
export const reviewSchema = z.strictObject({
  receivedAt: isoTime(),
  /** Fingerprint of each section's content in the coordinator's version. */
  sectionHashes: z.record(id(), z.string().check(z.maxLength(64))),
});

const stepMark = z.strictObject({ done: z.boolean(), date: isoDateOrEmpty() });

export const draftSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: id(),
  createdAt: isoTime(),
  updatedAt: isoTime(),
  applicant: applicantSchema,
  project: projectSchema,
  need: needSchema,
  targetGroup: targetGroupSchema,
  mainGoal: text(),
  subGoals: list(goalSchema),
  fit: fitSchema,
  actions: list(actionSchema),
  communication: text(),
  risks: list(riskSchema),
  results: z.strictObject({
    expected: text(),
    /** How the activity continues and takes root after the funding (jatkuvuus). */
    continuity: text(),
    /** How participants' data will be recorded for the EU indicators. */
    participantData: choice(PARTICIPANT_DATA_IDS),
  }),
  indicators: list(indicatorSchema),
  partners: list(partnerSchema),
  budget: budgetSchema,
  resources: z.strictObject({ volunteers: text(), premises: text() }),
  principles: z.record(id(), text()),
  /** "Mitä seuraavaksi?": progress of the steps after the paper, by step id. */
  nextSteps: z.record(id(), stepMark),
  /** Edited letter-of-intent texts by partner id (empty = use the generated template). */
  letters: z.record(id(), text()),
  comments: z.array(commentSchema).check(z.maxLength(MAX_COMMENTS)),
  review: z.nullable(reviewSchema),
});

export type Draft = z.infer<typeof draftSchema>;
export type Applicant = z.infer<typeof applicantSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type StaffRow = z.infer<typeof staffRowSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type FinancingEntry = z.infer<typeof financingEntry>;
export type Fit = z.infer<typeof fitSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type Review = z.infer<typeof reviewSchema>;

// The limits live apart (limits.ts) so code that needs only them loads no schema.
export { MAIN_GOAL_ID, MAX_COMMENTS, MAX_ITEMS, MAX_TEXT, SCHEMA_VERSION };
