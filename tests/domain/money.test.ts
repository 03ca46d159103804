import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, applyRate, formatCents, parseMoney, parseNumber, roundHalfUp } from '../../src/domain';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

describe('parseMoney', () => {
  it.each([
    ['3 200,50', 320050],
    ['3200.5', 320050],
    ['3200,5', 320050],
    ['3 200 €', 320000],
    ['3.200', 320000], // a dot before three digits groups thousands, as many Finns write it
    ['3.200,50', 320050],
    ['3200€', 320000],
    ['€3200', 320000],
    ['3200 e', 320000],
    ['3200e', 320000],
    ['3200 eur', 320000],
    ['3200 EUR', 320000],
    ['3200 euroa', 320000],
    ['1 234,5', 123450],
    [`1${NBSP}234,56`, 123456],
    [`1${NNBSP}234,56`, 123456],
    [`1${NBSP}234,56${NBSP}€`, 123456],
    ['1 234 567,89', 123456789],
    ['  42  ', 4200],
    ['0,05', 5],
    [',50', 50],
    ['50,-', 5000],
    ['50,- €', 5000],
    ['0', 0],
    ['-0', 0],
    ['007', 700],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, cents });
  });

  it.each(['', '   ', `${NBSP}`])('calls %j empty', (text) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['-5', '- 3 200,50', `${MINUS}1 234,56 €`, '-0,01'])('calls %j negative', (text) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason: 'negative' });
  });

  it.each([
    'abc',
    '€',
    '3200,505', // more than two decimals
    '3.20.0', // dots that are neither a decimal nor thousands grouping
    '1,234.56',
    '3200 50', // a stray space is not a thousands group
    '32 00',
    '1 23',
    '3200,',
    '3 200,50,1',
    '+5',
    '5 $',
    '1e5',
    '12 kk',
    '9'.repeat(20), // beyond safe integer cents
    '--5',
  ])('calls %j invalid', (text) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads the largest safe amount and rejects one cent more', () => {
    expect(parseMoney('90071992547409,91')).toEqual({ ok: true, cents: Number.MAX_SAFE_INTEGER });
    expect(parseMoney('90071992547409,92')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('parseNumber', () => {
  it.each([
    ['12', 12, 1200],
    ['6,5', 6.5, 650],
    ['6.5', 6.5, 650],
    ['50', 50, 5000],
    ['50 %', 50, 5000],
    ['50%', 50, 5000],
    [`50${NBSP}%`, 50, 5000],
    ['37,5', 37.5, 3750],
    ['33,33', 33.33, 3333],
    ['2,5 %', 2.5, 250],
    ['12 kk', 12, 1200],
    ['0', 0, 0],
  ])('reads %j as %d', (text, value, hundredths) => {
    expect(parseNumber(text)).toEqual({ ok: true, value, hundredths });
  });

  it('tells empty, negative and invalid apart', () => {
    expect(parseNumber(' ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseNumber('-3')).toEqual({ ok: false, reason: 'negative' });
    expect(parseNumber(`${MINUS}50 %`)).toEqual({ ok: false, reason: 'negative' });
    for (const text of ['puoli', '33,333', '6,5,1', '%', '50 €', '1/2']) {
      expect(parseNumber(text), text).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});

describe('formatCents', () => {
  it('uses the exact characters Intl fi-FI gives: U+00A0 separators, comma, U+2212 minus', () => {
    expect(formatCents(123456)).toBe('1\u00a0234,56\u00a0€');
    expect(formatCents(0)).toBe('0,00\u00a0€');
    expect(formatCents(5)).toBe('0,05\u00a0€');
    expect(formatCents(-5)).toBe('\u22120,05\u00a0€');
    expect(formatCents(-123456)).toBe('\u22121\u00a0234,56\u00a0€');
    expect(formatCents(100)).toBe('1,00\u00a0€');
    expect(formatCents(10_302_331)).toBe('103\u00a0023,31\u00a0€');
  });

  it('stays exact where a float would not (beyond 2^53 / 100 euros)', () => {
    expect(formatCents(Number.MAX_SAFE_INTEGER)).toBe('90\u00a0071\u00a0992\u00a0547\u00a0409,91\u00a0€');
  });

  it('can leave out ,00 for whole euros in prose', () => {
    expect(formatCents(5_000_000, { dropZeroCents: true })).toBe('50\u00a0000\u00a0€');
    expect(formatCents(5_000_050, { dropZeroCents: true })).toBe('50\u00a0000,50\u00a0€');
  });

  it('refuses non-integer cents (a programming error)', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
    expect(() => formatCents(Number.NaN)).toThrow(RangeError);
  });

  it('reads back what it writes, for any non-negative safe amount', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 10_000_000_000 }), fc.maxSafeNat()), (cents) => {
        expect(parseMoney(formatCents(cents))).toEqual({ ok: true, cents });
      }),
      { numRuns: 500 },
    );
  });

  it('formats negatives so parseMoney reports them as negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(parseMoney(formatCents(-cents))).toEqual({ ok: false, reason: 'negative' });
      }),
      { numRuns: 200 },
    );
  });
});

describe('roundHalfUp and applyRate', () => {
  it('rounds halves up, once', () => {
    expect(roundHalfUp(5n, 10n)).toBe(1);
    expect(roundHalfUp(4n, 10n)).toBe(0);
    expect(roundHalfUp(15n, 10n)).toBe(2);
    expect(roundHalfUp(25n, 10n)).toBe(3); // not banker's rounding
    expect(roundHalfUp(-5n, 10n)).toBe(-1); // half away from zero
    expect(roundHalfUp(-4n, 10n)).toBe(0);
  });

  it('applies basis-point rates with one half-up rounding', () => {
    expect(applyRate(7_358_808, 4000)).toBe(2_943_523); // 29 435,232 €
    expect(applyRate(8_241_865, 3000)).toBe(2_472_560); // 24 725,595 € → ,60
    expect(applyRate(10_302_331, 8000)).toBe(8_241_865); // 82 418,648 €
    expect(applyRate(1, 5000)).toBe(1); // half a cent rounds up
    expect(applyRate(1, 4999)).toBe(0);
    expect(applyRate(0, 8000)).toBe(0);
  });

  it('is exact for large values where floats would drift', () => {
    // 9 007 199 254 740 991 × 0.3 = 2 702 159 776 422 297.3 → 2 702 159 776 422 297
    expect(applyRate(Number.MAX_SAFE_INTEGER, 3000)).toBe(2_702_159_776_422_297);
  });

  it('matches exact rational rounding for any cents and rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }), (cents, bp) => {
        const product = BigInt(cents) * BigInt(bp);
        const floor = product / 10_000n;
        const expected = product % 10_000n >= 5_000n ? floor + 1n : floor;
        expect(applyRate(cents, bp)).toBe(Number(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses fractional inputs instead of rounding them silently', () => {
    expect(() => applyRate(1.5, 8000)).toThrow(RangeError);
    expect(() => applyRate(100, 26.44)).toThrow(RangeError);
  });
});

describe('allocate', () => {
  it('splits in proportion and hands the leftover cents to the largest remainders', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(2_943_523, [6, 12])).toEqual([981_174, 1_962_349]);
    expect(allocate(10, [0, 5])).toEqual([0, 10]);
    expect(allocate(10, [0, 0])).toEqual([5, 5]);
    expect(allocate(0, [3, 9])).toEqual([0, 0]);
    expect(allocate(7, [])).toEqual([]);
  });

  it('always adds up exactly and never moves a part more than one unit from its share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum === 0) return;
          parts.forEach((part, i) => {
            const share = (total * (weights[i] ?? 0)) / sum;
            expect(Math.abs(part - share)).toBeLessThan(1.000001);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
