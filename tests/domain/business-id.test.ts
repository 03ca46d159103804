import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, checkBusinessId, normaliseBusinessId } from '../../src/domain';

describe('checkBusinessId', () => {
  it('accepts the valid examples of the domain reference', () => {
    expect(checkBusinessId('0827616-7')).toBeNull();
    expect(checkBusinessId('1474763-1')).toBeNull();
    expect(checkBusinessId('0280113-5')).toBeNull();
  });

  it('rejects a wrong check digit', () => {
    expect(checkBusinessId('0827616-8')).toBe('checksum');
    expect(checkBusinessId('1474763-2')).toBe('checksum');
  });

  it('rejects ids whose remainder is 1 (never issued)', () => {
    // 0010001: 1×10 + 1×2 = 12, 12 mod 11 = 1 → no digit is valid.
    expect(businessIdCheckDigit('0010001')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(checkBusinessId(`0010001-${d}`)).toBe('checksum');
  });

  it('computes check digits including the r = 0 case', () => {
    expect(businessIdCheckDigit('0827616')).toBe(7);
    // 0100001: 9 + 2 = 11 → r 0 → 0
    expect(businessIdCheckDigit('0100001')).toBe(0);
  });

  it('rejects malformed input', () => {
    expect(checkBusinessId('12345678')).toBe('format');
    expect(checkBusinessId('1234567')).toBe('format');
    expect(checkBusinessId('abcdefg-h')).toBe('format');
    expect(checkBusinessId('')).toBe('format');
  });

  it('accepts the six-digit legacy form by padding it with 0, and ignores spaces', () => {
    expect(normaliseBusinessId('827616-7')).toBe('0827616-7');
    expect(checkBusinessId('827616-7')).toBeNull();
    expect(checkBusinessId(' 0827616 -7 ')).toBeNull();
  });
});
