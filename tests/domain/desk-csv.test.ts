import { describe, expect, it } from 'vitest';
import { calculateBudget, evaluateFit, type Comment, type Draft } from '../../src/domain';
import {
  DESK_CSV_BOM,
  DESK_CSV_HEADERS,
  DESK_CSV_MIME,
  deskCsv,
  deskCsvFileName,
  deskCsvInteger,
  deskCsvMoney,
  deskCsvText,
  deskRow,
  type DeskRow,
} from '../../src/domain/desk';
import { FIXED_NOW, makeBudgetDraft, makeDraft } from '../fixtures';

function rowOf(draft: Draft, receivedAt = '2026-12-01T08:00:00.000Z'): DeskRow {
  const budget = calculateBudget(draft);
  return deskRow({ draft, budget, fit: evaluateFit(draft, budget), receivedAt });
}

const HEADER =
  'Hakija;Y-tunnus;Hanke;Alueet;Alkaa;Päättyy;Kesto (kk);Kustannukset (€);Haettava tuki (€);Omarahoitusosuus (€);' +
  'Omarahoituksen lähteet (€);Rahoitussuunnitelma;Omarahoitusta puuttuu (€);Lähteitä yli tarpeen (€);Valmis;Valmius;' +
  'Esteet;Korjattavaa;Avoimet kommentit;Muokattu;Vastaanotettu';

const comment: Comment = {
  id: 'c1',
  section: 'tarve',
  itemId: '',
  text: 'Tarkenna.',
  verdict: 'korjattava',
  author: '',
  createdAt: FIXED_NOW,
  done: false,
};

/** The full budget draft in two regions with one open comment. */
function budgetPaper(): DeskRow {
  const d = makeBudgetDraft();
  return rowOf({ ...d, project: { ...d.project, regions: ['pohjois-savo', 'etela-savo'] }, comments: [comment] });
}

/** A paper whose names try to break the file. */
function hostilePaper(): DeskRow {
  const d = makeBudgetDraft('hostile');
  return rowOf(
    {
      ...d,
      applicant: { ...d.applicant, name: '  =1+1', businessId: '' },
      project: { ...d.project, name: '=HYPERLINK("http://x.example","Avaa")' },
      budget: { ...d.budget, costModel: 'lumpSum' },
    },
    'eilen',
  );
}

/** Splits a line into cells, honouring quotes (what Excel does). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** The file's records, split at CRLF outside quotes (a quoted cell may hold a line break). */
function records(csv: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    if (csv[i] === '"') quoted = !quoted;
    else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') {
      out.push(csv.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  expect(csv.slice(start), 'the file ends with CRLF').toBe('');
  return out;
}

describe('deskCsv', () => {
  const budgetRow = budgetPaper();
  const hostile = hostilePaper();
  const csv = deskCsv([budgetRow, hostile]);

  it('starts with the UTF-8 byte order mark and one Finnish header row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith(DESK_CSV_BOM)).toBe(true);
    expect(csv.indexOf('\ufeff', 1)).toBe(-1);
    const lines = records(csv.slice(1));
    expect(lines[0]).toBe(HEADER);
    expect(DESK_CSV_HEADERS.join(';')).toBe(HEADER);
    expect(DESK_CSV_MIME).toBe('text/csv;charset=utf-8');
  });

  it('ends every line with CRLF and has no bare LF or CR', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one line per row with every column, separated by semicolons', () => {
    const lines = records(csv.slice(1));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(cells(line)).toHaveLength(DESK_CSV_HEADERS.length);
  });

  it('writes the budget paper with decimal-comma amounts Excel can sum, and d.m.yyyy dates', () => {
    const line = records(csv.slice(1))[1]!;
    expect(budgetRow.totalCents).toBe(16_677_031);
    expect(line).toBe(
      [
        'Kylätoiminta Testilä ry',
        '0827616-7',
        'Yhdessä kylillä',
        'Pohjois-Savo, Etelä-Savo',
        '9/2027',
        '8/2029',
        '24',
        '166770,31',
        '133416,25',
        '33354,06',
        '22677,03',
        'Puuttuu',
        '10677,03',
        '0,00',
        'Ei',
        'Ennen rahoittajan kanssa keskustelua korjaa 1 este',
        '1',
        '2',
        '1',
        '28.11.2026',
        '1.12.2026',
      ].join(';'),
    );
    // The amounts are the row's cents, to the cent.
    const c = cells(line);
    const cents = (text: string) => Number(text.replace(',', ''));
    expect(cents(c[7]!)).toBe(budgetRow.totalCents);
    expect(cents(c[8]!)).toBe(budgetRow.aidCents);
    expect(cents(c[9]!)).toBe(budgetRow.selfFinancingRequiredCents);
    expect(cents(c[10]!)).toBe(budgetRow.sourcesTotalCents);
    expect(cents(c[12]!)).toBe(budgetRow.shortfallCents);
  });

  it('neutralises formulas, quotes cells with quotes and shows an unreadable date as "?"', () => {
    const line = records(csv.slice(1))[2]!;
    expect(line.startsWith(`'=1+1;;"'=HYPERLINK(""http://x.example"",""Avaa"")";Pohjois-Savo;`)).toBe(true);
    const c = cells(line);
    expect(c[0]).toBe("'=1+1");
    expect(c[2]).toBe(`'=HYPERLINK("http://x.example","Avaa")`);
    // The lump sum: 50 000 € in full, 80 % aid.
    expect(c[7]).toBe('50000,00');
    expect(c[8]).toBe('40000,00');
    expect(c[20]).toBe('?');
    // No cell would start a formula once Excel has read it.
    for (const cell of c) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes the surplus of a financing plan that covers more than needed', () => {
    const d = makeBudgetDraft('over');
    const over = rowOf({
      ...d,
      budget: { ...d.budget, financing: { ...d.budget.financing, otherPublic: { amount: '11 177,03', unit: 'eur' } } },
    });
    const c = cells(records(deskCsv([over]).slice(1))[1]!);
    expect(c.slice(10, 14)).toEqual(['33854,06', 'Ylittää', '0,00', '500,00']);
  });

  it('writes only the header for an empty desk', () => {
    expect(deskCsv([])).toBe(`\ufeff${HEADER}\r\n`);
  });

  it('writes "?" for an unknown period and no region', () => {
    const c = cells(records(deskCsv([rowOf(makeDraft(), '')]).slice(1))[1]!);
    expect(c.slice(0, 7)).toEqual(['Hakijan nimi puuttuu', '', 'Nimetön luonnos', 'Alue puuttuu', '?', '?', '?']);
    expect(c.slice(7, 15)).toEqual(['0,00', '0,00', '0,00', '0,00', 'Ei kustannuksia', '0,00', '0,00', 'Ei']);
    expect(c[20]).toBe('?');
  });
});

describe('CSV cells', () => {
  it.each([
    ['Kylä ry', 'Kylä ry'],
    ['Kylä; ry', '"Kylä; ry"'],
    ['Sanoi "hei"', '"Sanoi ""hei"""'],
    ['rivi\nrivi', '"rivi\nrivi"'],
    ['rivi\r\nrivi', '"rivi\r\nrivi"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+358 40 123', "'+358 40 123"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=A1;B1', `"'=A1;B1"`],
    ['a=b', 'a=b'],
    ['', ''],
  ])('text %j → %j', (value, expected) => {
    expect(deskCsvText(value)).toBe(expected);
  });

  it.each([
    [7_358_808, '73588,08'],
    [5, '0,05'],
    [0, '0,00'],
    [100, '1,00'],
    [5_000_000, '50000,00'],
    [123_456_789_012, '1234567890,12'],
    [-250, '-2,50'],
    [Number.NaN, '?'],
    [1.5, '?'],
  ])('money %d → %s', (cents, expected) => {
    expect(deskCsvMoney(cents)).toBe(expected);
  });

  it('writes counts as plain integers and "?" when unknown', () => {
    expect(deskCsvInteger(24)).toBe('24');
    expect(deskCsvInteger(null)).toBe('?');
    expect(deskCsvInteger(Number.NaN)).toBe('?');
  });

  it('names the file by the Finnish calendar day', () => {
    expect(deskCsvFileName('2026-11-28T23:30:00.000Z')).toBe('ideapaperit-2026-11-29.csv');
    expect(deskCsvFileName('eilen')).toBe('ideapaperit.csv');
  });
});
