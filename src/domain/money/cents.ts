/**
 * Money in integer euro cents: parsing what Finns type, fi-FI formatting and the one place
 * where rounding happens. Floats never carry money here: text is parsed digit by digit and
 * every product or rate goes through BigInt, then is rounded once, half up.
 */

/** Why a typed amount could not be read. */
export type ParseFailure = 'empty' | 'invalid' | 'negative';

/** Result of parseMoney: integer cents, or why the text is not an amount. */
export type MoneyParseResult = { ok: true; cents: number } | { ok: false; reason: ParseFailure };

/**
 * Result of parseNumber. `hundredths` is the exact value × 100 as an integer, for arithmetic
 * without floats (a percent in hundredths is the same as basis points).
 */
export type NumberParseResult = { ok: true; value: number; hundredths: number } | { ok: false; reason: ParseFailure };

// Thousands separators people type or paste: space, no-break space (U+00A0, what fi-FI Intl
// output contains), narrow no-break space (U+202F) and thin space (U+2009).
const SEP = '[ \\u00a0\\u202f\\u2009]';
// Either plain digits or correctly grouped digits ("3 200", "1 234 567"); strict grouping so a
// stray space ("3200 50") is rejected instead of silently read as 320 050.
const INTEGER = `(\\d{1,3}(?:${SEP}\\d{3})+|\\d+)`;
// At most two decimals, comma or dot; the integer part may be left out (",50").
const DECIMAL = new RegExp(`^${INTEGER}?(?:[.,](\\d{1,2}))?$`);
// ASCII hyphen-minus or the real minus sign U+2212 (what Intl prints).
const MINUS = /^[-\u2212]\s*/;
const CURRENCY_PREFIX = /^€\s*/;
const CURRENCY_SUFFIX = /\s*(?:€|e|eur|euroa)$/i;
// "50,-" is the Finnish way of writing whole euros.
const WHOLE_EUROS_SUFFIX = /[.,]-$/;
const NUMBER_UNIT_SUFFIX = /\s*(?:%|kk)$/i;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

interface Decimal {
  /** The value × 100, exact. */
  readonly hundredths: bigint;
}

/** Digits, optional grouping and up to two decimals → value × 100 as BigInt; null if malformed. */
function parseDecimalBody(body: string): Decimal | null {
  const match = DECIMAL.exec(body);
  if (!match) return null;
  const [, integer, fraction] = match;
  if (integer === undefined && fraction === undefined) return null;
  const whole = BigInt((integer ?? '0').replace(new RegExp(SEP, 'g'), ''));
  const cents = BigInt((fraction ?? '').padEnd(2, '0'));
  return { hundredths: whole * 100n + cents };
}

/** Splits a leading minus off the trimmed text. */
function splitSign(text: string): { negative: boolean; rest: string } {
  const negative = MINUS.test(text);
  return { negative, rest: negative ? text.replace(MINUS, '') : text };
}

/**
 * Reads an amount of money as a Finn types it: `3 200,50`, `3200.5`, `3 200 €`, `3200€`,
 * `3200 e`, `3200 eur`, `50,-`. Grouping with spaces (incl. U+00A0 and U+202F), comma or dot
 * decimal, at most two decimals. A leading minus gives 'negative'; amounts beyond
 * Number.MAX_SAFE_INTEGER cents are 'invalid'.
 */
const DOT_THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/;

export function parseMoney(text: string): MoneyParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const { negative, rest } = splitSign(trimmed);
  let body = rest.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  if (WHOLE_EUROS_SUFFIX.test(body)) body = body.slice(0, -2);
  // "3.400" and "3.400,50" use the dot for thousands (as many Finns write it): never 3,40 €.
  if (DOT_THOUSANDS.test(body)) body = body.replace(/\./g, '');
  const parsed = parseDecimalBody(body);
  if (!parsed || parsed.hundredths > MAX_SAFE) return { ok: false, reason: 'invalid' };
  if (negative && parsed.hundredths > 0n) return { ok: false, reason: 'negative' };
  return { ok: true, cents: Number(parsed.hundredths) };
}

/**
 * Reads a plain decimal such as months (`12`, `6,5`, `12 kk`) or a percent (`50`, `50 %`,
 * `37,5`): same grouping and decimal rules as parseMoney, at most two decimals.
 */
export function parseNumber(text: string): NumberParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const { negative, rest } = splitSign(trimmed);
  const parsed = parseDecimalBody(rest.replace(NUMBER_UNIT_SUFFIX, ''));
  if (!parsed || parsed.hundredths > MAX_SAFE) return { ok: false, reason: 'invalid' };
  if (negative && parsed.hundredths > 0n) return { ok: false, reason: 'negative' };
  const hundredths = Number(parsed.hundredths);
  return { ok: true, value: hundredths / 100, hundredths };
}

/** The cents as BigInt; throws RangeError on a non-integer or unsafe value (a programming error). */
function toBigInt(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
  return BigInt(value);
}

const CURRENCY = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' });
const PLAIN_NUMBER = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });

/** Basis points as a Finnish percent: 2644 → "26,44 %" (no-break space, as Intl and fi-FI do). */
export function formatRate(basisPoints: number): string {
  return `${PLAIN_NUMBER.format(basisPoints / 100)}\u00a0%`;
}

/**
 * Formats cents as fi-FI euros, e.g. 123456 → `1 234,56 €`. Intl's output uses U+00A0 (no-break
 * space) as the thousands separator and before €, and U+2212 (minus sign) for negatives; keep
 * them (they stop line breaks inside an amount), and parseMoney reads them back.
 * `dropZeroCents` leaves out `,00` for whole euros (`50 000 €`), for prose.
 */
export function formatCents(cents: number, options: { dropZeroCents?: boolean } = {}): string {
  const negative = cents < 0;
  const abs = toBigInt(Math.abs(cents), 'cents');
  const euros = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  const dropDecimals = options.dropZeroCents === true && fraction === '00';
  // Intl formats the euros exactly from a BigInt; the cents are spliced into its fraction
  // part so no float ever represents the amount. A BigInt has no −0, so an amount under one
  // euro takes its sign and layout from a tiny Number instead.
  const template = euros === 0n ? (negative ? -0.01 : 0) : negative ? -euros : euros;
  return CURRENCY.formatToParts(template)
    .filter((part) => !(dropDecimals && (part.type === 'decimal' || part.type === 'fraction')))
    .map((part) => (part.type === 'fraction' ? fraction : part.value))
    .join('');
}

/**
 * numerator / denominator rounded once, half up (half away from zero for negatives), exactly.
 * Throws RangeError when the result is not a safe integer.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) throw new RangeError('denominator must not be 0');
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  // floor((2n + d) / 2d) = floor(n/d + 1/2): rounds halves up without any float.
  const rounded = sign * ((2n * n + d) / (2n * d));
  if (rounded > MAX_SAFE || rounded < -MAX_SAFE) throw new RangeError('result is beyond safe integers');
  return Number(rounded);
}

/** cents × basisPoints / 10 000, rounded once half up: 80 % is 8000 bp, 26.44 % is 2644 bp. */
export function applyRate(cents: number, basisPoints: number): number {
  return roundHalfUp(toBigInt(cents, 'cents') * toBigInt(basisPoints, 'basisPoints'), 10_000n);
}

/**
 * Splits a non-negative integer total into parts proportional to non-negative integer weights
 * so that the parts add up exactly to the total (largest remainder; ties go to the earlier
 * part). All-zero weights split evenly. An empty weight list gives [].
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const t = toBigInt(total, 'total');
  if (t < 0n) throw new RangeError('total must not be negative');
  const raw = weights.map((w) => toBigInt(w, 'weight'));
  if (raw.some((w) => w < 0n)) throw new RangeError('weights must not be negative');
  const ws = raw.every((w) => w === 0n) ? raw.map(() => 1n) : raw;
  const sum = ws.reduce((a, b) => a + b, 0n);
  const parts = ws.map((w) => (t * w) / sum);
  let left = t - parts.reduce((a, b) => a + b, 0n);
  const byRemainder = ws
    .map((w, index) => ({ index, remainder: (t * w) % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  // left < number of parts, because each part lost less than one unit to the floor.
  for (const { index } of byRemainder) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}
