import { describe, expect, it } from 'vitest';
import { fiNumber, t } from '../../src/ui/messages';

describe('storage figures in Finnish notation', () => {
  it('writes numbers as toLocaleString("fi-FI") does', () => {
    for (const n of [0, 1, 12, 999, 1000, 1024, 12_345, 1_234_567]) expect(fiNumber(n, 0)).toBe(n.toLocaleString('fi-FI'));
    for (const n of [1, 1.04, 1.25, 12.3, 999.94, 1234.56, 20.0])
      expect(fiNumber(n, 1)).toBe(n.toLocaleString('fi-FI', { maximumFractionDigits: 1 }));
  });

  it('says how much space the drafts take', () => {
    expect(t.storage.bytes(1500)).toBe('2 kt');
    expect(t.storage.bytes(1024 * 1024 * 1000)).toBe('1\u00a0000 Mt');
    expect(t.storage.bytes(1024 * 1024 * 3.46)).toBe('3,5 Mt');
  });
});

describe('export refusals', () => {
  const MB = 1024 * 1024;
  it('names the size, the limit and what to do instead', () => {
    const backup = t.export.error({ what: 'backup', reason: 'too-large', bytes: 90 * MB, limit: 64 * MB });
    expect(backup).toMatch(/^Varmuuskopiosta tulisi 90 Mt.*\(enintään 64 Mt\).*Luonnokset ovat tallessa.*”Vie tiedostoksi”/);
    expect(t.export.error({ what: 'pdf', reason: 'too-large', bytes: 70 * MB, limit: 64 * MB })).toMatch(
      /^Tiedostosta tulisi 70 Mt.*Luonnos on tallessa/,
    );
    expect(t.export.error({ what: 'backup', reason: 'failed' })).toMatch(/^Tiedoston tekeminen epäonnistui/);
    expect(t.export.error({ what: 'pdf', reason: 'failed' })).toMatch(/^PDF:n luominen epäonnistui/);
  });
});
