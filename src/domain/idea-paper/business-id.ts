/**
 * Y-tunnus (Finnish business id): NNNNNNN-T. Weights 7,9,10,5,8,4,2; r = sum mod 11;
 * r = 0 → T = 0, r = 1 → never issued, else T = 11 − r (domain §4).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

export type BusinessIdProblem = 'format' | 'checksum';

/** Normalises spacing and the six-digit legacy form (left-padded with 0). */
export function normaliseBusinessId(input: string): string {
  const compact = input.trim().replace(/\s+/g, '');
  return /^\d{6}-\d$/.test(compact) ? `0${compact}` : compact;
}

/** Check digit for seven digits, or null when no valid check digit exists (r = 1). */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(sevenDigits[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/** Null when the id is valid, otherwise what is wrong with it. */
export function checkBusinessId(input: string): BusinessIdProblem | null {
  const id = normaliseBusinessId(input);
  const m = /^(\d{7})-(\d)$/.exec(id);
  if (!m) return 'format';
  return businessIdCheckDigit(m[1]!) === Number(m[2]) ? null : 'checksum';
}
