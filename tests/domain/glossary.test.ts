import { describe, expect, it } from 'vitest';
import { ESR_2021_2027, FIELDS, GLOSSARY, STEPS, findTerms, glossaryInFinnishOrder, glossaryTerm } from '../../src/domain';

/** Matched substrings with their term ids, in text order. */
const found = (text: string, exclude?: readonly string[]) =>
  findTerms(text, exclude ? { exclude } : {}).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('GLOSSARY', () => {
  it('has unique ids and non-empty display names', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of GLOSSARY) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.term.trim()).not.toBe('');
    }
  });

  it('has a short, non-empty explanation for every term', () => {
    for (const t of GLOSSARY) {
      expect(t.explanation.trim().length, t.id).toBeGreaterThan(40);
      expect(t.explanation.length, t.id).toBeLessThanOrEqual(500);
      // Two to four sentences.
      const sentences = t.explanation.split(/[.!?](?:\s|$)/).filter((s) => s.trim());
      expect(sentences.length, t.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, t.id).toBeLessThanOrEqual(4);
    }
  });

  it('contains every required term', () => {
    const required = [
      'esr-plus',
      'toimintalinja',
      'erityistavoite',
      'omarahoitus',
      'flat-rate',
      'ennakko',
      'aiesopimus',
      'puoltolausunto',
      'indikaattori',
      'eura2021',
      'myr',
      'myrs',
      'elinvoimakeskus',
      'lapileikkaavat-periaatteet',
      'kansalaistoimijalahtoinen-kehittaminen',
      'kohderyhma',
      'valillinen-kohderyhma',
      'tuki',
      'kertakorvaus',
      'vakiosivukulut',
      'hankeaika',
      'ideapaperi',
      'hakuilmoitus',
      'koordinaatiohanke',
      'osallisuus',
      'y-tunnus',
      'oikeushenkilo',
      'hankesuunnitelma',
    ];
    for (const id of required) expect(glossaryTerm(id), id).toBeDefined();
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(25);
  });

  it('writes forms in lowercase and has at least one form per term', () => {
    for (const t of GLOSSARY) {
      const forms = [...t.forms, ...(t.exactForms ?? [])];
      expect(forms.length, t.id).toBeGreaterThan(0);
      for (const f of forms) expect(f, t.id).toBe(f.toLocaleLowerCase('fi'));
    }
  });

  it('finds each term in its own display name and each form as its own term (no form is shadowed)', () => {
    for (const t of GLOSSARY) {
      expect(
        findTerms(t.term).map((m) => m.termId),
        t.term,
      ).toContain(t.id);
      for (const f of [...t.forms, ...(t.exactForms ?? [])]) {
        expect(
          findTerms(f).map((m) => m.termId),
          f,
        ).toEqual([t.id]);
      }
    }
  });

  it('takes its money figures from the rule set', () => {
    const flat = glossaryTerm('flat-rate')!;
    expect(flat.term).toBe(`Flat rate ${ESR_2021_2027.flatRateBp.value / 100}\u00a0%`);
    expect(glossaryTerm('ennakko')!.explanation).toContain('30\u00a0% myönnetystä tuesta');
    expect(glossaryTerm('omarahoitus')!.explanation).toContain('20\u00a0%');
    expect(glossaryTerm('tuki')!.explanation).toContain('80\u00a0%');
    expect(glossaryTerm('vakiosivukulut')!.explanation).toContain('26,44\u00a0% (vahvistettu 24.8.2021)');
    expect(glossaryTerm('kertakorvaus')!.explanation).toContain('50\u00a0000\u00a0€');
  });

  it('states the key facts correctly', () => {
    expect(glossaryTerm('esr-plus')!.term).toContain('Euroopan sosiaalirahasto plus');
    expect(glossaryTerm('toimintalinja')!.explanation).toContain('4');
    expect(glossaryTerm('erityistavoite')!.explanation).toContain('4.3');
    expect(glossaryTerm('elinvoimakeskus')!.explanation).toMatch(/Itä-Suomen elinvoimakeskus.*1\.1\.2026.*ELY-keskuksella/s);
    expect(glossaryTerm('eura2021')!.explanation).toContain('Suomi.fi');
    expect(glossaryTerm('myrs')!.explanation).toContain('sihteeristö');
  });

  it('lists terms in Finnish alphabetical order', () => {
    const order = glossaryInFinnishOrder().map((t) => t.term);
    expect(order).toHaveLength(GLOSSARY.length);
    const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < order.length; i++) expect(collator.compare(order[i - 1]!, order[i]!)).toBeLessThanOrEqual(0);
    // Ä, Ö sort after Z in Finnish; "Läpileikkaavat" sorts under L after "Kustannusmalli".
    expect(order.indexOf('Läpileikkaavat periaatteet')).toBeGreaterThan(order.indexOf('Kustannusmalli'));
  });
});

describe('findTerms', () => {
  it('matches inflected forms and compounds, and returns the whole word', () => {
    expect(found('Mistä omarahoituksen saa?')).toEqual([['omarahoituksen', 'omarahoitus']]);
    expect(found('Omarahoitusta on 20 %.')).toEqual([['Omarahoitusta', 'omarahoitus']]);
    expect(found('Laske omarahoitusosuus.')).toEqual([['omarahoitusosuus', 'omarahoitus']]);
    expect(found('Voit hakea ennakkoa.')).toEqual([['ennakkoa', 'ennakko']]);
    expect(found('Ennakon määrä')).toEqual([['Ennakon', 'ennakko']]);
    expect(found('Kumppanin aiesopimukset')).toEqual([['aiesopimukset', 'aiesopimus']]);
    expect(found('Hankeajan pituus')).toEqual([['Hankeajan', 'hankeaika']]);
    expect(found('toimintalinjan tavoitteet')).toEqual([['toimintalinjan', 'toimintalinja']]);
  });

  it('matches only at a word start', () => {
    expect(found('kennakko')).toEqual([]);
    expect(found('Tämä on pikkuomarahoitus.')).toEqual([]);
    // A hyphen starts a new word: both parts of a hyphenated compound can match.
    expect(found('ESR+-erityistavoitteeseen 4.3')).toEqual([
      ['ESR+', 'esr-plus'],
      ['erityistavoitteeseen', 'erityistavoite'],
    ]);
  });

  it('does not match a prefix of an unrelated word with an exact (abbreviation) form', () => {
    expect(found('Myrsky kaatoi puita.')).toEqual([]);
    expect(found('MYR:n kokous')).toEqual([['MYR:n', 'myr']]);
    expect(found('MYRS käsittelee')).toEqual([['MYRS', 'myrs']]);
    expect(found('Hakemus jätetään EURA2021-järjestelmään.')).toEqual([['EURA2021', 'eura2021']]);
    expect(found('Haku päättyy.')).toEqual([['Haku', 'hakuilmoitus']]);
    expect(found('Hakukone')).toEqual([]);
  });

  it('is case-insensitive, Finnish letters included', () => {
    expect(found('LÄPILEIKKAAVAT PERIAATTEET')).toEqual([['LÄPILEIKKAAVAT PERIAATTEET', 'lapileikkaavat-periaatteet']]);
    expect(found('esr+')).toEqual([['esr+', 'esr-plus']]);
  });

  it('prefers the longest match', () => {
    expect(found('Kulut katetaan: flat rate 40 % palkoista.')).toEqual([['flat rate 40 %', 'flat-rate']]);
    expect(found('flat rate 40\u00a0%')).toEqual([['flat rate 40\u00a0%', 'flat-rate']]);
    expect(found('THL:n osallisuusindikaattori')).toEqual([['osallisuusindikaattori', 'osallisuusindikaattori']]);
    expect(found('osallisuutta')).toEqual([['osallisuutta', 'osallisuus']]);
    expect(found('Välilliset kohderyhmät ovat kumppaneita.')).toEqual([['Välilliset kohderyhmät', 'valillinen-kohderyhma']]);
    expect(found('maakunnan yhteistyöryhmän sihteeristö')).toEqual([['maakunnan yhteistyöryhmän sihteeristö', 'myrs']]);
    expect(found('maakunnan yhteistyöryhmän kokous')).toEqual([['maakunnan yhteistyöryhmän', 'myr']]);
    expect(found('kansalaistoimijalähtöisen kehittämisen linja')).toEqual([
      ['kansalaistoimijalähtöisen kehittämisen', 'kansalaistoimijalahtoinen-kehittaminen'],
    ]);
  });

  it('returns non-overlapping matches in text order', () => {
    const text = 'Omarahoitus, ennakko ja aiesopimus sekä EURA2021.';
    const matches = findTerms(text);
    expect(matches.map((m) => m.termId)).toEqual(['omarahoitus', 'ennakko', 'aiesopimus', 'eura2021']);
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });

  it('marks each term once, at its first occurrence', () => {
    const text = 'Omarahoitus on oma osuus. Omarahoituksen voi koota monesta lähteestä, ja omarahoitusta tarvitaan aina.';
    const matches = findTerms(text);
    expect(matches).toHaveLength(1);
    expect(text.slice(matches[0]!.start, matches[0]!.end)).toBe('Omarahoitus');
  });

  it('does not let a later repeat of a longer term leak a shorter one', () => {
    // The second "välilliset kohderyhmät" is the same (already marked) term; its
    // "kohderyhmät" must not be marked as "kohderyhmä".
    expect(found('Välillinen kohderyhmä on eri asia. Välilliset kohderyhmät eivät ole osallistujia.')).toEqual([
      ['Välillinen kohderyhmä', 'valillinen-kohderyhma'],
      ['osallistujia', 'osallistuja'],
    ]);
  });

  it('can leave out chosen terms', () => {
    expect(found('Aiesopimus ja omarahoitus', ['aiesopimus'])).toEqual([['omarahoitus', 'omarahoitus']]);
  });

  it('handles empty and term-free text', () => {
    expect(findTerms('')).toEqual([]);
    expect(findTerms('Lyhyt nimi.')).toEqual([]);
  });

  it('finds terms in the real help texts and step intros', () => {
    expect(found(FIELDS['budget.financing'].help)).toEqual([['omarahoitus', 'omarahoitus']]);
    expect(found(FIELDS['budget.costModel'].help).map(([, id]) => id)).toEqual(['flat-rate', 'kertakorvaus']);
    expect(found(FIELDS['budget.costModel'].help)[0]![0]).toBe('flat rate 40 %');
    expect(found(FIELDS['partners.loiStatus'].help)).toEqual([['Aiesopimus', 'aiesopimus']]);
    expect(found(FIELDS['applicant.legalForm'].help)).toEqual([['oikeushenkilöt', 'oikeushenkilo']]);
    expect(found(FIELDS['applicant.businessId'].help)).toEqual([['Y-tunnuksen', 'y-tunnus']]);
    const check = STEPS.find((s) => s.id === 'tarkistus')!;
    expect(found(check.intro).map(([, id]) => id)).toContain('esr-plus');
    // Every help text can be scanned, and no match runs past a word.
    for (const text of [...Object.values(FIELDS).map((f) => f.help), ...STEPS.map((s) => s.intro)]) {
      for (const m of findTerms(text)) {
        expect(m.end).toBeGreaterThan(m.start);
        expect(/[\p{L}\p{N}]/u.test(text.charAt(m.end))).toBe(false);
      }
    }
  });
});
