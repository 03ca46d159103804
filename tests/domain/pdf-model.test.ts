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
import { FIT_LEVEL_TITLES } from '../../src/domain/fit-check/types';
import { NEXT_STEPS } from '../../src/domain/coordination/next-steps';
import { FRONT_SUBTITLE } from '../../src/domain/pdf-model/front-page';
import { FIXED_NOW, makeBudgetDraft, makeDraft, makeFullDraft, makeStressDraft, makeTypicalDraft } from '../fixtures';
import { PDF_SECTION_TITLES } from '../pdf-sections';
import { flatQuestions, PARTS, type PartQuestion } from '../../src/domain';
import { OTHER_ANSWERS_TITLE, otherAnswerBlocks, PLACED_IN_PAPER } from '../../src/domain/pdf-model/other-answers';

const SECTION_ORDER: readonly string[] = PDF_SECTION_TITLES;

/** The PDF model of a draft, with its real budget and fit report. */
function build(draft: Draft, exportedAt = FIXED_NOW): PdfDoc {
  const budget = calculateBudget(draft);
  return buildPdfModel({ draft, budget, fit: evaluateFit(draft, budget), exportedAt, appVersion: '0.1.0' });
}

/** Every string a block prints (a null value prints as the placeholder). */
function blockStrings(block: PdfBlock): string[] {
  switch (block.kind) {
    case 'title':
      return [block.text, block.subtitle];
    case 'notice':
      return [block.title, ...block.lines];
    case 'keep':
      return block.blocks.flatMap(blockStrings);
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

/** The blocks with every 'keep' group opened, in order. */
const flat = (blocks: readonly PdfBlock[]): PdfBlock[] => blocks.flatMap((b) => (b.kind === 'keep' ? flat(b.blocks) : [b]));

const allStrings = (doc: PdfDoc) => doc.blocks.flatMap(blockStrings);
const level1 = (doc: PdfDoc) => flat(doc.blocks).flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));

/** Blocks of a level-1 section, without its heading ('keep' groups opened). */
function section(doc: PdfDoc, title: string): PdfBlock[] {
  const blocks = flat(doc.blocks);
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level === 1);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Value of the key–value row whose key starts with `key` (exact match preferred). */
function value(doc: PdfDoc, key: string): string | null | undefined {
  const rows = flat(doc.blocks).flatMap((b) => (b.kind === 'keyValue' ? b.rows : []));
  return (rows.find((r) => r.key === key) ?? rows.find((r) => r.key.startsWith(key)))?.value;
}

/** The first table with the given first column header. */
function table(doc: PdfDoc, firstHeader: string) {
  return flat(doc.blocks).find(
    (b): b is Extract<PdfBlock, { kind: 'table' }> => b.kind === 'table' && b.columns[0]?.header === firstHeader,
  );
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

/** Does some printed string hold the text whole (a list item may be "Label: text")? */
const printsWhole = (strings: readonly string[], text: string) => strings.some((s) => s.includes(text));

describe('buildPdfModel: structure', () => {
  it('follows the funder template: page 1 first, then need, actions, partners, target group, results, continuity, money, principles, risks, fit', () => {
    expect(level1(build(makeTypicalDraft()))).toEqual(SECTION_ORDER);
    expect(level1(build(makeStressDraft()))).toEqual(SECTION_ORDER);
    // Nothing filled in: no empty section headings, only page 1 and the fit section.
    expect(level1(build(makeDraft()))).toEqual(['Sopivuus ESR+ 4.3:een']);
  });

  it('has no cover: page 1 opens with the project name and tells the whole story', () => {
    const draft = makeTypicalDraft();
    const doc = build(draft);
    const [title, facts] = doc.blocks;
    expect(title).toEqual({ kind: 'title', text: draft.project.name, subtitle: FRONT_SUBTITLE });
    expect(facts?.kind === 'keyValue' && Object.fromEntries(facts.rows.map((r) => [r.key, r.value]))).toEqual({
      Hakija: 'Kylätoiminta Testilä ry, Rekisteröity yhdistys (ry), Y-tunnus 0827616-7',
      Yhteyshenkilö: 'Maija Virtanen, maija@example.fi, 040 123 4567',
      Alue: 'Pohjois-Savo; kunnat: Kuopio, Siilinjärvi ja Tuusniemi',
      Kesto: '9/2027–8/2029 (24 kk)',
      Kohderyhmä:
        'Yksinäiset ja vailla tukiverkostoja olevat; Pitkäaikais- ja toistuvaistyöttömät; Yli 65-vuotiaat, jotka asuvat yksin haja-asutusalueella',
      'Osallistujia arviolta': '90',
      Päätavoite: draft.mainGoal,
    });
    const b = calculateBudget(draft);
    const front = doc.blocks.slice(
      0,
      doc.blocks.findIndex((x) => x.kind === 'heading' && x.level === 1),
    );
    const keyFigures = front.find((x): x is Extract<PdfBlock, { kind: 'table' }> => x.kind === 'table');
    expect(keyFigures?.rows).toEqual([
      ['Kustannukset yhteensä', formatCents(b.totalCents)],
      [`Tuki ${formatRate(8000)}`, formatCents(b.aidCents)],
      [`Omarahoitus ${formatRate(2000)}`, formatCents(b.selfFinancingRequiredCents)],
      ['Omarahoitusta suunnitelmassa (katettu)', formatCents(b.sourcesTotalCents)],
      [`Ennakko enintään (${formatRate(3000)} tuesta)`, formatCents(b.maxAdvanceCents)],
    ]);
    const fit = evaluateFit(draft, b);
    const notice = front.find((x) => x.kind === 'notice');
    expect(notice).toEqual({
      kind: 'notice',
      tone: 'ready',
      title: fit.readinessText,
      lines: [
        `Sopivuuden tarkistus: Este ${fit.counts.este} · Korjattavaa ${fit.counts.korjattavaa} · Vinkki ${fit.counts.vinkki}`,
        'Päivämäärä 28.11.2026 · Luonnoksen versio: muokattu 28.11.2026 klo 12.00',
      ],
    });
    expect(front.flatMap(blockStrings)).toContain(draft.project.summary);
  });

  it('names a shortfall in the key figures, and the special rule for a public-law applicant', () => {
    const full = makeBudgetDraft();
    const draft: Draft = { ...full, applicant: { ...full.applicant, legalForm: 'kunta' } };
    const b = calculateBudget(draft);
    expect(b.coverage.kind).toBe('short');
    const rows = flat(build(draft).blocks).flatMap((x) => (x.kind === 'table' && x.columns[0]?.header === 'Avainluvut' ? x.rows : []));
    expect(rows).toContainEqual([
      `Omarahoitusta suunnitelmassa (puuttuu ${formatCents(b.coverage.differenceCents)})`,
      formatCents(b.sourcesTotalCents),
    ]);
    expect(rows.at(-1)?.[0]).toBe(`Ennakko enintään (${formatRate(3000)} tuesta; julkisoikeudellinen hakija vain erityisestä syystä)`);
  });

  it('prints every text the user wrote, whole, exactly once where a text is long', () => {
    for (const draft of [makeFullDraft(), makeBudgetDraft(), makeTypicalDraft()]) {
      const strings = allStrings(build(draft));
      for (const text of userTexts(draft)) expect(printsWhole(strings, text), text).toBe(true);
    }
  });

  it('leaves empty fields out and lists them once in the "Vielä puuttuu" box', () => {
    const doc = build(makeDraft());
    expect(allStrings(doc)).not.toContain(NOT_FILLED);
    const box = doc.blocks.find((b) => b.kind === 'notice' && b.title === 'Vielä puuttuu');
    expect(box?.kind === 'notice' && box.lines).toEqual([
      'Hakija: Hakijan nimi, Oikeudellinen muoto, Y-tunnus, Yhteyshenkilö, Sähköposti tai puhelin',
      'Hanke lyhyesti: Hankkeen nimi, Tiivistelmä, Kesto, Maakunnat',
      'Tarve ja tausta: Ongelma tai tarve, Mistä tarve tiedetään',
      'Kohderyhmä: Kohderyhmät, Osallistujia arviolta, Osallistujien tavoittaminen',
      'Tavoitteet: Päätavoite',
      'Toimenpiteet: Toimenpiteet',
      'Viestintä: Viestintä',
      'Toteuttajat ja kumppanit: Kumppanit',
      'Tulokset, mittarit ja jatkuvuus: Odotetut tulokset, Mittarit, Jatkuvuus hankkeen jälkeen',
      'Kustannukset ja omarahoitus: Talousarvio, Omarahoituksen lähteet',
      'Läpileikkaavat periaatteet: Kestävä kehitys ja ilmasto, Tasa-arvo ja sukupuolten tasa-arvo, Yhdenvertaisuus, syrjimättömyys ja saavutettavuus, Digitaalisuus ja innovatiivisuus, Kansainvälisyys',
      'Riskit: Riskit',
    ]);
    // A complete paper has no box.
    expect(build(makeTypicalDraft()).blocks.some((b) => b.kind === 'notice' && b.title === 'Vielä puuttuu')).toBe(false);
  });

  it('prints "Mitä seuraavaksi?" only once something in it is filled', () => {
    const draft = makeTypicalDraft();
    expect(level1(build(draft))).not.toContain('Mitä seuraavaksi?');
    const started: Draft = { ...draft, nextSteps: { [NEXT_STEPS[0]!.id]: { done: true, date: '2026-11-20' } } };
    expect(level1(build(started)).at(-1)).toBe('Mitä seuraavaksi?');
  });

  it('fills the properties, footer and file name', () => {
    const doc = build(makeFullDraft());
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
    expect(doc.blocks[0]).toMatchObject({ kind: 'title', text: 'Nimetön luonnos' });
    expect(doc.meta.title).toBe('Ideapaperi – Nimetön luonnos');
    expect(doc.footer).toBe('Nimetön luonnos');
    expect(doc.meta.fileName).toBe('ideapaperi-luonnos-2026-11-29.pdf');
    expect(allStrings(doc).some((s) => s.startsWith('Päivämäärä 29.11.2026'))).toBe(true);
    // No costs yet: no key figures and no coverage claim.
    expect(table(doc, 'Avainluvut')).toBeUndefined();
    expect(value(doc, 'Kattavuus')).toBeUndefined();
  });

  it('gives an action its title once, as its heading, and names goals by number, never cut', () => {
    const draft = makeTypicalDraft();
    const blocks = section(build(draft), 'Toimenpiteet');
    const strings = blocks.flatMap(blockStrings);
    expect(strings).not.toContain('Toimenpiteen nimi');
    for (const [i, a] of draft.actions.entries()) {
      expect(strings.filter((s) => s.includes(a.title))).toEqual([`${i + 1}. ${a.title}`]);
    }
    expect(strings).toContain(
      'Tavoite: Päätavoite, Osatavoite 1 · Ajoitus: Syyskuu 2027 – elokuu 2029 · Kuka tekee: Hankevetäjä ja vapaaehtoiset',
    );
    expect(allStrings(build(draft)).some((s) => s.includes('…'))).toBe(false);
    // Each action is one kept-together group.
    const keeps = build(draft).blocks.filter(
      (b) => b.kind === 'keep' && b.blocks[0]?.kind === 'heading' && /^\d\. /.test(b.blocks[0].text),
    );
    expect(keeps).toHaveLength(draft.actions.length);
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
    const strings = section(doc, 'Kustannukset ja omarahoitus').flatMap(blockStrings);
    const staff = table(doc, 'Tehtävä');
    expect(staff?.columns.map((c) => c.header)).toContain(`Sivukulut ${formatRate(ESR_2021_2027.sideCostRateBp.value)}`);
    expect(staff?.rows.map((r) => r[0])).toEqual(['Hankevetäjä', 'Ohjaaja']);
    expect(staff?.footer?.at(-1)).toBe(formatCents(b.staffCostsCents));
    const years = table(doc, 'Vuosi');
    expect(years?.rows.map((r) => r[0])).toEqual(['2027', '2028', '2029']);
    expect(years?.footer).toEqual(['Yhteensä', formatCents(b.staffCostsCents), formatCents(b.flatRateCents), formatCents(b.totalCents)]);
    const sources = strings.find((x) => x.startsWith('Lähteet:'));
    expect(sources).toContain(`Omat varat ${formatCents(500_000)}`);
    expect(sources).not.toContain('Muu julkinen rahoitus');
    expect(sources).toContain(`yhteensä ${formatCents(b.sourcesTotalCents)}`);
  });

  it('shows the lump sum without a staff table', () => {
    const full = makeBudgetDraft();
    const draft: Draft = { ...full, budget: { ...full.budget, costModel: 'lumpSum' } };
    const doc = build(draft);
    expect(table(doc, 'Tehtävä')).toBeUndefined();
    expect(value(doc, 'Kustannukset yhteensä (kertakorvaus)')).toBe(formatCents(ESR_2021_2027.lumpSumCents.value));
    expect(allStrings(doc).some((s) => s.includes('kustannusarviota ei tarvita'))).toBe(true);
  });

  it('says when self-financing falls short', () => {
    const draft = makeBudgetDraft();
    const b = calculateBudget(draft);
    expect(b.coverage.kind).toBe('short');
    const strings = section(build(draft), 'Kustannukset ja omarahoitus').flatMap(blockStrings);
    expect(strings.some((x) => x.includes(`Omarahoituksesta puuttuu vielä ${formatCents(b.coverage.differenceCents)}`))).toBe(true);
  });
});

describe('buildPdfModel: fit summary', () => {
  it('lists the blockers and things to fix, the ticked answers and the self-assessment', () => {
    const draft = makeBudgetDraft();
    const budget = calculateBudget(draft);
    const report = evaluateFit(draft, budget);
    const doc = build(draft);
    const strings = section(doc, 'Sopivuus ESR+ 4.3:een').flatMap(blockStrings);
    // The readiness line and counts are on page 1, the same report's.
    expect(doc.blocks.find((b) => b.kind === 'notice')).toMatchObject({ title: report.readinessText });
    for (const f of report.findings.filter((x) => x.level !== 'vinkki'))
      expect(strings).toContain(`${FIT_LEVEL_TITLES[f.level]}: ${f.title}`);
    expect(strings.some((x) => x.endsWith(': Osallistujat suunnittelevat ohjelman itse.'))).toBe(true);
    expect(strings.some((x) => x.endsWith(': Yhdistyksen ensimmäinen hanke.'))).toBe(true);
    expect(strings.some((x) => x.includes('Ei valittu, teksti jäi talteen.'))).toBe(false);
    // Ticked "Mielen hyvinvointi" without a text is listed by its name alone.
    expect(strings).toContain('Mielen hyvinvointi ja arjen taidot');
    expect(strings).toContain(SELF_ASSESSMENT_NOTE);
    expect(strings).toContain('4 / 5');
  });
});

describe('buildPdfModel: stress draft', () => {
  it('keeps very long texts, odd characters and big lists intact', () => {
    const draft = makeStressDraft();
    const doc = build(draft);
    const strings = allStrings(doc);
    for (const text of userTexts(draft)) expect(printsWhole(strings, text), text.slice(0, 40)).toBe(true);
    expect(printsWhole(strings, draft.fit.emphases.asukaslahtoisyys!.how)).toBe(true);
    expect(table(doc, 'Tehtävä')?.rows).toHaveLength(15);
    expect(table(doc, 'Vuosi')?.footer?.at(-1)).toBe(formatCents(calculateBudget(draft).totalCents));
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

describe('buildPdfModel: answers without a place of their own', () => {
  const texts = (blocks: readonly PdfBlock[]) =>
    blocks.flatMap((b) =>
      b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : b.kind === 'keyValue' ? b.rows.map((r) => `${r.key}: ${r.value}`) : [],
    );

  it('the layout places every question the parts ask today, and names no field that is not asked', () => {
    const asked = PARTS.flatMap((p) => flatQuestions(p.questions as readonly PartQuestion[]).map((q) => q.path));
    expect([...PLACED_IN_PAPER].sort()).toEqual([...asked].sort());
    expect(otherAnswerBlocks(makeFullDraft())).toEqual([]);
  });

  it('prints a question the layout does not place under "Muut vastaukset" and its part, so a new question is never lost', () => {
    const d = makeFullDraft();
    const placed = new Set([...PLACED_IN_PAPER].filter((f) => f !== 'need.evidence' && f !== 'project.regions'));
    const lines = texts(otherAnswerBlocks(d, placed));
    expect(lines[0]).toBe(OTHER_ANSWERS_TITLE);
    expect(lines).toContain('Hanke lyhyesti');
    expect(lines).toContain('Tarve ja tausta');
    expect(lines.join('\n')).toContain(d.need.evidence);
    expect(lines.join('\n')).toContain('Maakunnat: Pohjois-Savo');
  });
});
