import { describe, expect, it } from 'vitest';
import {
  buildPdfModel,
  calculateBudget,
  DRAFT_FILE_FORMAT,
  ESR_2021_2027,
  evaluateFit,
  formatCents,
  NOT_FILLED,
  pdfFileName,
  projectSlug,
  SCHEMA_VERSION,
  SELF_ASSESSMENT_NOTE,
  type Draft,
  type PdfBlock,
  type PdfDoc,
} from '../../src/domain';
import { formatRate } from '../../src/domain/money/cents';
import { FIXED_NOW, makeBudgetDraft, makeDraft, makeFullDraft, makeStressDraft } from '../fixtures';
import { PDF_SECTION_TITLES } from '../pdf-sections';

const SECTION_ORDER: readonly string[] = PDF_SECTION_TITLES;

/** The PDF model of a draft, with its real budget and fit report. */
function build(draft: Draft, exportedAt = FIXED_NOW): PdfDoc {
  const budget = calculateBudget(draft);
  return buildPdfModel({ draft, budget, fit: evaluateFit(draft, budget), exportedAt, appVersion: '0.1.0' });
}

/** Every string a block prints (a null value prints as the placeholder). */
function blockStrings(block: PdfBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return [...block.items];
    case 'keyValue':
      return block.rows.flatMap((r) => [r.key, r.value ?? NOT_FILLED]);
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flat(), ...(block.footer ?? [])];
  }
}

const allStrings = (doc: PdfDoc) => doc.blocks.flatMap(blockStrings);
const level1 = (doc: PdfDoc) => doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));

/** Blocks of a level-1 section, without its heading. */
function section(doc: PdfDoc, title: string): PdfBlock[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level === 1);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Value of the key–value row whose key starts with `key` (exact match preferred). */
function value(doc: PdfDoc, key: string): string | null | undefined {
  const rows = doc.blocks.flatMap((b) => (b.kind === 'keyValue' ? b.rows : []));
  return (rows.find((r) => r.key === key) ?? rows.find((r) => r.key.startsWith(key)))?.value;
}

/** The first table with the given first column header. */
function table(doc: PdfDoc, firstHeader: string) {
  return doc.blocks.find((b): b is Extract<PdfBlock, { kind: 'table' }> => b.kind === 'table' && b.columns[0]?.header === firstHeader);
}

// Draft keys that hold ids or machine values (months print as 9/2027), not text the user wrote.
const NOT_USER_TEXT = new Set([
  'id',
  'schemaVersion',
  'createdAt',
  'updatedAt',
  'legalForm',
  'regions',
  'groups',
  'goalIds',
  'goalId',
  'loiStatus',
  'likelihood',
  'impact',
  'startMonth',
  'endMonth',
  'participantData',
]);

/** Every non-blank text the user typed in the wizard's text steps (budget and fit checked separately). */
function userTexts(draft: Draft): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (NOT_USER_TEXT.has(key)) return;
    if (typeof v === 'string') {
      if (v.trim()) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, ''));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  const { budget: _budget, fit: _fit, ...rest } = draft;
  walk(rest, '');
  return out;
}

describe('buildPdfModel: structure', () => {
  it('has the sections in the wizard order', () => {
    expect(level1(build(makeFullDraft()))).toEqual(SECTION_ORDER);
    expect(level1(build(makeDraft()))).toEqual(SECTION_ORDER);
    expect(level1(build(makeStressDraft()))).toEqual(SECTION_ORDER);
  });

  it('puts every text of the full draft in some block, verbatim', () => {
    for (const draft of [makeFullDraft(), makeBudgetDraft()]) {
      const strings = allStrings(build(draft));
      for (const text of userTexts(draft)) expect(strings, text).toContain(text);
    }
  });

  it('shows placeholders for every section of an empty draft', () => {
    const doc = build(makeDraft());
    for (const title of SECTION_ORDER.filter((t) => t !== 'Sopivuus ESR+ 4.3:een' && t !== 'Mitä seuraavaksi?')) {
      expect(section(doc, title).flatMap(blockStrings), title).toContain(NOT_FILLED);
    }
    const fit = section(doc, 'Sopivuus ESR+ 4.3:een');
    expect(fit.filter((b) => b.kind === 'paragraph' && b.tone === 'empty').length).toBe(2);
  });

  it('fills the cover, properties, footer and file name', () => {
    const doc = build(makeFullDraft());
    expect(doc.cover.title).toBe('Ideapaperi');
    expect(doc.cover.projectName).toBe('Yhdessä kylillä');
    expect(doc.cover.notice).toBe('Luonnos – ei virallinen hakemus');
    expect(Object.fromEntries(doc.cover.lines.map((l) => [l.key, l.value]))).toEqual({
      Hakija: 'Kylätoiminta Testilä ry',
      Maakunnat: 'Pohjois-Savo',
      'Suunniteltu aika': '9/2027 – 8/2029',
      Päivämäärä: '28.11.2026',
      // FIXED_NOW is 10.00 UTC, 12.00 in Finland.
      'Luonnoksen versio': 'muokattu 28.11.2026 klo 12.00',
    });
    expect(doc.meta).toMatchObject({
      title: 'Ideapaperi – Yhdessä kylillä',
      author: 'Kylätoiminta Testilä ry',
      subject: 'ESR+ 4.3 ideapaperi (kansalaistoimijalähtöinen kehittäminen)',
      createdAt: FIXED_NOW,
      fileName: 'ideapaperi-yhdessa-kylilla-2026-11-28.pdf',
    });
    expect(doc.footer).toBe('Yhdessä kylillä');
  });

  it('names an unnamed draft and dates the export in Finnish time', () => {
    // 22.30 UTC on 28 November is already 29 November in Finland.
    const doc = build(makeDraft(), '2026-11-28T22:30:00.000Z');
    expect(doc.cover.projectName).toBe('Nimetön luonnos');
    expect(doc.meta.title).toBe('Ideapaperi – Nimetön luonnos');
    expect(doc.footer).toBe('Nimetön luonnos');
    expect(doc.meta.fileName).toBe('ideapaperi-luonnos-2026-11-29.pdf');
    expect(doc.cover.lines.find((l) => l.key === 'Päivämäärä')?.value).toBe('29.11.2026');
    expect(doc.cover.lines.find((l) => l.key === 'Hakija')?.value).toBe(NOT_FILLED);
    expect(doc.cover.lines.find((l) => l.key === 'Suunniteltu aika')?.value).toBe(NOT_FILLED);
    // No costs yet: coverage is not "exact", it is not filled in.
    expect(value(doc, 'Kattavuus')).toBeNull();
  });

  it('lists the goals an action serves', () => {
    const rows = section(build(makeFullDraft()), 'Toimenpiteet').flatMap((b) => (b.kind === 'keyValue' ? b.rows : []));
    const goals = rows.find((r) => r.key === 'Edistää tavoitteita')?.value ?? '';
    expect(goals).toContain('Päätavoite: Yksinäisyys vähenee.');
    expect(goals).toContain('Osatavoite 1: Vähintään 40 osallistujaa.');
  });
});

describe('buildPdfModel: tables', () => {
  it('has one indicator row per indicator with six columns', () => {
    for (const draft of [makeFullDraft(), makeStressDraft()]) {
      const t = table(build(draft), 'Tavoite');
      expect(t?.columns.map((c) => c.header)).toEqual(['Tavoite', 'Mittari', 'Yksikkö', 'Lähtötaso', 'Tavoitetaso', 'Tietolähde']);
      expect(t?.rows).toHaveLength(draft.indicators.length);
      for (const row of t?.rows ?? []) expect(row).toHaveLength(6);
    }
    expect(table(build(makeFullDraft()), 'Tavoite')?.rows[0]).toEqual(['Osatavoite 1', 'Osallistujat', 'henkilöä', '0', '40', 'Listat']);
    // An empty unit shows a dash, not a gap.
    expect(table(build(makeStressDraft()), 'Tavoite')?.rows[0]?.[2]).toBe('–');
  });

  it('shows partners and risks as tables', () => {
    const doc = build(makeFullDraft());
    expect(table(doc, 'Kumppani')?.rows).toEqual([['Kuopion kaupunki', 'Tilat', 'Sovittu']]);
    expect(table(doc, 'Riski')?.columns.map((c) => c.header)).toEqual(['Riski', 'Todennäköisyys', 'Vaikutus', 'Varautuminen']);
    expect(table(doc, 'Riski')?.rows).toEqual([['Vähän osallistujia', 'Kohtalainen', 'Suuri', 'Kyydit']]);
  });
});

describe('buildPdfModel: budget', () => {
  it('shows the figures of calculateBudget', () => {
    const draft = makeBudgetDraft();
    const b = calculateBudget(draft);
    const doc = build(draft);
    const flat = formatRate(ESR_2021_2027.flatRateBp.value);
    expect(value(doc, 'Henkilöstökustannukset')).toBe(formatCents(b.staffCostsCents));
    expect(value(doc, `Muut kustannukset (flat rate ${flat})`)).toBe(formatCents(b.flatRateCents));
    expect(value(doc, 'Kustannukset yhteensä')).toBe(formatCents(b.totalCents));
    expect(value(doc, `Tuki ${formatRate(ESR_2021_2027.aidRateBp.value)}`)).toBe(formatCents(b.aidCents));
    expect(value(doc, `Omarahoitus ${formatRate(10_000 - ESR_2021_2027.aidRateBp.value)}`)).toBe(formatCents(b.selfFinancingRequiredCents));
    expect(value(doc, `Ennakko enintään (${formatRate(ESR_2021_2027.advanceMaxBp.value)} tuesta)`)).toBe(formatCents(b.maxAdvanceCents));
    expect(value(doc, 'Omat varat')).toBe(formatCents(500_000));
    expect(value(doc, 'Muu julkinen rahoitus')).toBeNull();
    expect(value(doc, 'Lähteet yhteensä')).toBe(formatCents(b.sourcesTotalCents));

    const staff = table(doc, 'Tehtävä');
    expect(staff?.columns.map((c) => c.header)).toContain(`Sivukulut ${formatRate(ESR_2021_2027.sideCostRateBp.value)}`);
    expect(staff?.rows.map((r) => r[0])).toEqual(['Hankevetäjä', 'Ohjaaja']);
    expect(staff?.footer?.at(-1)).toBe(formatCents(b.staffCostsCents));
    const years = table(doc, 'Vuosi');
    expect(years?.rows.map((r) => r[0])).toEqual(['2027', '2028', '2029']);
    expect(years?.footer).toEqual(['Yhteensä', formatCents(b.staffCostsCents), formatCents(b.flatRateCents), formatCents(b.totalCents)]);
  });

  it('shows the lump sum without a staff table', () => {
    const full = makeBudgetDraft();
    const draft: Draft = { ...full, budget: { ...full.budget, costModel: 'lumpSum' } };
    const doc = build(draft);
    expect(table(doc, 'Tehtävä')).toBeUndefined();
    expect(value(doc, 'Kertakorvaus')).toBe(formatCents(ESR_2021_2027.lumpSumCents.value));
    expect(value(doc, 'Kustannusmalli')).toContain('Kertakorvaus');
    expect(allStrings(doc).some((s) => s.includes('kustannusarviota ei tarvita'))).toBe(true);
  });

  it('says when self-financing falls short and notes public-law applicants', () => {
    const full = makeBudgetDraft();
    const draft: Draft = { ...full, applicant: { ...full.applicant, legalForm: 'kunta' } };
    const b = calculateBudget(draft);
    expect(b.coverage.kind).toBe('short');
    const doc = build(draft);
    expect(value(doc, 'Kattavuus')).toContain(formatCents(b.coverage.differenceCents));
    expect(allStrings(doc).some((s) => s.includes('julkisoikeudellinen, joten se saa ennakkoa vain erityisestä syystä'))).toBe(true);
  });
});

describe('buildPdfModel: fit summary', () => {
  it('lists findings, ticked answers and the self-assessment', () => {
    const draft = makeBudgetDraft();
    const budget = calculateBudget(draft);
    const report = evaluateFit(draft, budget);
    const strings = section(build(draft), 'Sopivuus ESR+ 4.3:een').flatMap(blockStrings);
    expect(strings).toContain(report.readinessText);
    for (const f of report.findings) expect(strings).toContain(`${f.title} – ${f.todo}`);
    expect(strings).toContain('Osallistujat suunnittelevat ohjelman itse.');
    expect(strings).toContain('Yhdistyksen ensimmäinen hanke.');
    expect(strings).not.toContain('Ei valittu, teksti jäi talteen.');
    // Ticked "Mielen hyvinvointi" without a text shows the placeholder under its heading.
    const i = strings.indexOf('Mielen hyvinvointi ja arjen taidot');
    expect(strings[i + 1]).toBe(NOT_FILLED);
    expect(strings).toContain(SELF_ASSESSMENT_NOTE);
    expect(strings).toContain('4 / 5');
  });
});

describe('buildPdfModel: stress draft', () => {
  it('keeps very long texts, odd characters and big lists intact', () => {
    const draft = makeStressDraft();
    const doc = build(draft);
    const strings = allStrings(doc);
    for (const text of userTexts(draft)) expect(strings.includes(text), text.slice(0, 40)).toBe(true);
    expect(strings).toContain(draft.fit.emphases.asukaslahtoisyys?.how);
    expect(table(doc, 'Tehtävä')?.rows).toHaveLength(15);
    expect(value(doc, 'Kustannukset yhteensä')).toBe(formatCents(calculateBudget(draft).totalCents));
    expect(doc.meta.fileName).toMatch(/^ideapaperi-[a-z0-9-]+-2026-11-28\.pdf$/);
    expect(JSON.parse(doc.embeddedJson).draft).toEqual(draft);
  });
});

describe('embedded draft', () => {
  it('carries the draft in the draft-file format', () => {
    const draft = makeBudgetDraft();
    const file = JSON.parse(build(draft).embeddedJson);
    expect(file).toMatchObject({ format: DRAFT_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, appVersion: '0.1.0', exportedAt: FIXED_NOW });
    expect(file.draft).toEqual(draft);
  });
});

describe('projectSlug and pdfFileName', () => {
  it.each([
    ['Yhdessä kylillä', 'yhdessa-kylilla'],
    ['Åland – Öljyä & Ääniä!', 'aland-oljya-aania'],
    ['  Café  Čđŋšŧž  ', 'cafe-cdnstz'],
    ['Hanke 2027/2029 (pilotti)', 'hanke-2027-2029-pilotti'],
    ['', 'luonnos'],
    ['   ', 'luonnos'],
    ['€ – 🙂', 'luonnos'],
  ])('%j → %s', (name, slug) => {
    expect(projectSlug(name)).toBe(slug);
  });

  it('caps the slug at 60 characters without a trailing dash', () => {
    const slug = projectSlug(`${'a'.repeat(59)} bbbb`);
    expect(slug).toBe('a'.repeat(59));
    expect(projectSlug('x'.repeat(100))).toHaveLength(60);
  });

  it('builds the file name', () => {
    expect(pdfFileName('Yhdessä kylillä', '2026-11-28')).toBe('ideapaperi-yhdessa-kylilla-2026-11-28.pdf');
  });
});
