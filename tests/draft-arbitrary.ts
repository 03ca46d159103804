/**
 * fast-check arbitraries for VALID current-schema drafts (reliability scenario E-1).
 *
 * Texts mix everything that has broken JSON round trips elsewhere: printable graphemes and
 * raw code points, emoji with ZWJ sequences, skin tones and flags, combining marks, RTL
 * text and direction overrides, U+2028/U+2029, CR LF, NUL, BOMs, lone surrogates, JSON's own
 * metacharacters, and now and then a very long field (up to ~20 000 UTF-16 units).
 * Ids come from a safe alphabet; enums use the real option ids; record keys are real option
 * or criterion ids. Every generated draft passes draftSchema (tests/domain/import-properties
 * checks that as a sanity property).
 */
import fc from 'fast-check';
import {
  COST_MODELS,
  createEmptyDraft,
  EMPHASES,
  LEGAL_FORMS,
  LINE_OBJECTIVES,
  LOI_STATUSES,
  MAIN_GOAL_ID,
  MAX_TEXT,
  PARTICIPANT_DATA_ENTRY,
  PRINCIPLES,
  REGIONS,
  RISK_LEVELS,
  SELF_ASSESSMENT_CRITERIA,
  TARGET_GROUPS,
  type Draft,
} from '../src/domain';

/** Pieces that are each a known troublemaker for text handling. */
export const TRICKY_PIECES: readonly string[] = [
  '👨‍👩‍👧‍👦', // ZWJ family
  '🏳️‍🌈', // ZWJ + variation selector
  '👩🏽‍💻', // skin tone + ZWJ
  '🇫🇮',
  '🇸🇪',
  '🙂',
  '\u{1F600}',
  'e\u0301', // combining acute
  'a\u0308\u0304', // stacked combining marks
  'Z\u0324\u0354\u0367\u0311\u0313a\u0356\u032d\u0308\u0307', // "zalgo"
  '\u2028', // LINE SEPARATOR (not valid in old JS string literals)
  '\u2029', // PARAGRAPH SEPARATOR
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u0000', // NUL
  '\u0001\u001f\u007f',
  'שלום עולם', // Hebrew (RTL)
  'مرحبا بالعالم', // Arabic (RTL)
  '\u202e', // RIGHT-TO-LEFT OVERRIDE
  '\u200f\u200e', // RLM, LRM
  '\u200b\u200d', // zero-width space, ZWJ on its own
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\udc00\ud800', // reversed pair: two lone surrogates
  '\ufeff', // BOM inside a text
  '\uffff\ufffe', // noncharacters
  '\u{10FFFF}',
  '\u00a0\u202f', // no-break spaces
  '\\', // JSON escape character
  '"',
  '\\u0000', // looks like an escape, is plain text
  '{"format":"ideapaperi-draft"}',
  '</script><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'å ä ö Å Ä Ö € – — “” ‘’ …',
  'á č đ ŋ š ŧ ž',
  ' ',
  '',
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_PIECES), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
);

/** A short mixed text (joined pieces; may be empty). */
const shortText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

/** A long text: mixed pieces repeated up to `length` UTF-16 units (may split a pair: a lone surrogate, still valid). */
const longText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([parts, length]) => {
    const unit = parts.join('') || 'x';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

/** A user-typed text field: mostly short, sometimes empty, rarely very long. Always within MAX_TEXT. */
export const arbText = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      { arbitrary: fc.constant(''), weight: 8 },
      { arbitrary: shortText, weight: 40 },
      { arbitrary: longText, weight: 1 }, // about one long field in every second draft
    )
    .map((s) => s.slice(0, MAX_TEXT));

const ID_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789-_'];
/** An id from a safe alphabet (1–64 chars), or a UUID as the app makes them. */
export const arbId = (): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 64 }), fc.uuid());

/** A short string within `max` UTF-16 units (months and timestamps are capped at 40). */
const capped = (max: number) => fc.string({ maxLength: max });
const arbMonth = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  capped(40), // kept as typed; validate.ts explains the problem
);
/** A real ISO time, as the schema requires for createdAt/updatedAt (the app formats them). */
export const arbTimestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const ids = <T extends { readonly id: string }>(options: readonly T[]): T['id'][] => options.map((o) => o.id);
const choice = <T extends string>(values: readonly T[]) => fc.constantFrom<'' | T>('', ...values);
const dict = <V>(keys: readonly string[], value: fc.Arbitrary<V>) =>
  fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5, noNullPrototype: true });
/** 0–5 items with distinct ids. */
const items = <T extends { id: string }>(item: fc.Arbitrary<T>) => fc.uniqueArray(item, { maxLength: 5, selector: (x) => x.id });
const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { noNullPrototype: true });

const arbTick = rec({ selected: fc.boolean(), how: arbText() });
const arbFinancing = rec({ amount: arbText(), unit: fc.constantFrom<'eur' | 'pct'>('eur', 'pct') });

/** A valid draft of the current schema, built on createEmptyDraft. */
export function arbDraft(): fc.Arbitrary<Draft> {
  const subGoals = items(rec({ id: arbId(), text: arbText() }));
  return subGoals.chain((goals) => {
    const goalIds = [MAIN_GOAL_ID, ...goals.map((g) => g.id)];
    return rec({
      id: arbId(),
      createdAt: arbTimestamp,
      updatedAt: arbTimestamp,
      applicant: rec({
        name: arbText(),
        legalForm: choice(ids(LEGAL_FORMS)),
        businessId: arbText(),
        contactPerson: arbText(),
        email: arbText(),
        phone: arbText(),
        experience: arbText(),
      }),
      project: rec({
        name: arbText(),
        summary: arbText(),
        startMonth: arbMonth,
        endMonth: arbMonth,
        regions: fc.subarray(ids(REGIONS)),
        municipalities: arbText(),
      }),
      need: rec({ problem: arbText(), evidence: arbText(), participation: arbText() }),
      targetGroup: rec({
        groups: fc.subarray(ids(TARGET_GROUPS)),
        otherGroups: arbText(),
        participantCount: arbText(),
        reach: arbText(),
        secondaryGroups: arbText(),
      }),
      mainGoal: arbText(),
      actions: items(
        rec({
          id: arbId(),
          title: arbText(),
          description: arbText(),
          goalIds: fc.subarray(goalIds),
          timing: arbText(),
          responsible: arbText(),
        }),
      ),
      results: rec({ expected: arbText(), continuity: arbText(), participantData: choice(ids(PARTICIPANT_DATA_ENTRY)) }),
      indicators: items(
        rec({
          id: arbId(),
          goalId: fc.constantFrom('', ...goalIds),
          name: arbText(),
          unit: arbText(),
          baseline: arbText(),
          target: arbText(),
          source: arbText(),
        }),
      ),
      partners: items(rec({ id: arbId(), name: arbText(), role: arbText(), loiStatus: fc.constantFrom(...ids(LOI_STATUSES)) })),
      resources: rec({ volunteers: arbText(), premises: arbText() }),
      risks: items(
        rec({
          id: arbId(),
          risk: arbText(),
          likelihood: choice(ids(RISK_LEVELS)),
          impact: choice(ids(RISK_LEVELS)),
          mitigation: arbText(),
        }),
      ),
      communication: arbText(),
      principles: rec(Object.fromEntries(ids(PRINCIPLES).map((p) => [p, arbText()])) as Record<string, fc.Arbitrary<string>>),
      budget: rec({
        costModel: fc.constantFrom(...ids(COST_MODELS)),
        staff: items(
          rec({
            id: arbId(),
            role: arbText(),
            monthlySalary: arbText(),
            months: arbText(),
            sharePercent: arbText(),
            monthsByYear: fc.dictionary(fc.integer({ min: 2000, max: 2099 }).map(String), arbText(), { maxKeys: 4, noNullPrototype: true }),
          }),
        ),
        financing: rec({ own: arbFinancing, municipal: arbFinancing, otherPublic: arbFinancing, private: arbFinancing }),
        staffNote: arbText(),
        financingNote: arbText(),
      }),
      fit: rec({
        emphases: dict(ids(EMPHASES), arbTick),
        objectives: dict(ids(LINE_OBJECTIVES), arbTick),
        selfAssessment: dict(
          SELF_ASSESSMENT_CRITERIA.map((c) => c.id),
          fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        ),
      }),
    }).map((parts): Draft => ({ ...createEmptyDraft({ id: parts.id, now: parts.createdAt }), ...parts, subGoals: goals }));
  });
}

/** 1–`max` valid drafts with distinct ids (a backup's content). */
export function arbDrafts(max = 3): fc.Arbitrary<Draft[]> {
  return fc.uniqueArray(arbDraft(), { minLength: 1, maxLength: max, selector: (d) => d.id });
}
