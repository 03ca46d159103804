/**
 * Plain-word glossary: the funder's terms explained in plain Finnish, and a matcher that finds
 * them in running text (help texts, step intros) so the UI can open an explanation in place.
 *
 * Facts come from the programme's own pages and the coordination model; money figures are read from
 * the dated rule set (ESR_2021_2027), never typed here, so a revised rate changes the glossary
 * too. Where a fact is uncertain, the explanation says so or points to the call notice.
 *
 * Matching (findTerms):
 * - `forms` are lowercase stems. Each space-separated word of a form must start a word in the
 *   text, and the match runs on to the end of that word, so the stem `omarahoitu` matches
 *   "omarahoitus", "omarahoituksen" and "omarahoitusosuus". Finnish consonant gradation
 *   sometimes needs two stems (`hankeaik` / `hankeaja`).
 * - `exactForms` are short words and abbreviations that must end where the word ends
 *   (`myr` must not match "myrsky"); a colon case ending ("MYR:n", "EURA2021:ssä") is allowed.
 * - A match starts at a word start, is case-insensitive and matches are never overlapping.
 *   At one position the longest match wins (then the longest form, i.e. the most specific
 *   term). Each term is returned once per text, at its first occurrence.
 */
import { finnishDate } from './time/helsinki';
import { ESR_2021_2027 } from './budget/rules/esr-2021-2027';
import type { BudgetRules } from './budget/rules/types';

export interface GlossaryTerm {
  /** Stable id (ASCII, kebab-case); also usable in DOM ids and links. */
  readonly id: string;
  /** How the term is shown as a heading: "Omarahoitus". */
  readonly term: string;
  /** Lowercase stems that may continue into an inflected ending or a compound. */
  readonly forms: readonly string[];
  /** Lowercase whole words or abbreviations (optionally with a colon case ending). */
  readonly exactForms?: readonly string[];
  /** Two to four short plain-Finnish sentences. */
  readonly explanation: string;
}

export interface TermMatch {
  /** Index of the first character of the match in the text (UTF-16 units, like slice). */
  readonly start: number;
  /** Index just past the match: `text.slice(start, end)` is the matched text. */
  readonly end: number;
  readonly termId: string;
}

/** ISO date as Finnish: 2021-08-24 → "24.8.2021". */
const fiDate = (iso: string | undefined) => (iso ? finnishDate(iso) : '');

function buildGlossary(rules: BudgetRules): readonly GlossaryTerm[] {
  const plain = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });
  /** Basis points as a Finnish percent with a no-break space: 2644 → "26,44 %". */
  const pct = (basisPoints: number) => `${plain.format(basisPoints / 100)}\u00a0%`;
  /** Cents as whole euros for prose: 5 000 000 → "50 000 €". */
  const euros = (cents: number) => `${plain.format(Math.round(cents / 100))}\u00a0€`;
  const aid = pct(rules.aidRateBp.value);
  const self = pct(10_000 - rules.aidRateBp.value);
  const flat = pct(rules.flatRateBp.value);
  const flatNumber = plain.format(rules.flatRateBp.value / 100);
  const side = pct(rules.sideCostRateBp.value);
  const sideDate = fiDate(rules.sideCostRateBp.date);
  const advance = pct(rules.advanceMaxBp.value);
  const lumpSum = euros(rules.lumpSumCents.value);

  return [
    {
      id: 'esr-plus',
      term: 'ESR+ (Euroopan sosiaalirahasto plus)',
      forms: ['euroopan sosiaalirahasto'],
      exactForms: ['esr+', 'esr'],
      explanation:
        'ESR+ on Euroopan unionin rahasto, josta tuetaan työllisyyttä, osaamista ja osallisuutta. Suomessa sen rahaa jaetaan hankkeille Uudistuva ja osaava Suomi 2021–2027 -ohjelman kautta. Tämä sovellus auttaa hakemaan ESR+-rahaa pieneen kehittämishankkeeseen.',
    },
    {
      id: 'uudistuva-ja-osaava-suomi',
      term: 'Uudistuva ja osaava Suomi 2021–2027',
      forms: ['uudistuva ja osaava suom'],
      explanation:
        'Ohjelma, jonka kautta Suomi käyttää EU:n alue- ja rakennepolitiikan rahat vuosina 2021–2027. Rahat tulevat osaksi EU:lta ja osaksi Suomesta. Ohjelma on jaettu toimintalinjoihin, ja ESR+ on yksi sen rahastoista.',
    },
    {
      id: 'toimintalinja',
      term: 'Toimintalinja',
      forms: ['toimintalinj'],
      explanation:
        'Ohjelman iso aihealue. Tämän rahoituksen toimintalinja on 4, Työllistävä, osaava ja osallistava Suomi, ja sen raha tulee ESR+:sta. Toimintalinjan sisällä on tarkempia erityistavoitteita.',
    },
    {
      id: 'erityistavoite',
      term: 'Erityistavoite',
      forms: ['erityistavoit'],
      explanation:
        'Toimintalinjan tarkempi tavoite. Yhdistysten kehittämishankkeet rahoitetaan erityistavoitteesta 4.3, jonka nimi on Yhdenvertaiseen osallisuuteen. Hankkeen pitää siis lisätä heikommassa asemassa olevien ihmisten osallisuutta ja ehkäistä syrjäytymistä.',
    },
    {
      id: 'kansalaistoimijalahtoinen-kehittaminen',
      term: 'Kansalaistoimijalähtöinen kehittäminen',
      forms: ['kansalaistoimijalähtöi kehittämi', 'kansalaistoimijalähtöi'],
      explanation:
        'ESR+-rahoituksen osa, jossa yhdistykset ja muut kansalaistoimijat kehittävät itse toimintaa oman alueensa ihmisille. Itä-Suomessa se koskee Pohjois-Savoa, Etelä-Savoa ja Pohjois-Karjalaa. Tavoitteena on tehdä osallisuutta lisäävästä toiminnasta asiakaslähtöisempää, tuoda mukaan uudenlaisia hanketoimijoita ja lisätä pienten hankkeiden yhteistyötä.',
    },
    {
      id: 'painotettavat-sisallot',
      term: 'Painotettavat sisällöt',
      forms: ['painotettav sisäl'],
      explanation:
        'Aiheet, joita rahoittaja pitää tässä rahoituksessa erityisen tärkeinä, esimerkiksi asukkaiden osallisuus, mielen hyvinvointi ja arjen taidot tai yhdenvertaisuus. Hankkeen ei tarvitse edistää kaikkia. Kerro selvästi, mitä niistä hanke edistää ja miten. Haun omat painotukset näet hakuilmoituksesta.',
    },
    {
      id: 'lapileikkaavat-periaatteet',
      term: 'Läpileikkaavat periaatteet',
      forms: ['läpileikkaav periaat', 'läpileikkaav'],
      explanation:
        'Asiat, jotka otetaan huomioon jokaisessa hankkeessa aiheesta riippumatta: kestävä kehitys ja ilmasto, yhdenvertaisuus ja sukupuolten tasa-arvo, digitaalisuus ja uudet toimintatavat sekä kansainvälisyys. ESR+-hankkeissa katsotaan myös saavutettavuutta ja syrjimättömyyttä. Riittää, että kerrot lyhyesti, miten ne näkyvät juuri teidän hankkeessanne.',
    },
    {
      id: 'omarahoitus',
      term: 'Omarahoitus',
      forms: ['omarahoitu'],
      explanation: `Se osa hankkeen kustannuksista, jonka hakija maksaa itse. Yleensä se on ${self} kaikista kustannuksista, mutta tarkka osuus kerrotaan hakuilmoituksessa. Rahan voi koota omista varoista, kunnalta, muulta julkiselta rahoittajalta tai yksityiseltä, esimerkiksi säätiöltä.`,
    },
    {
      id: 'tuki',
      term: 'Tuki ja tukitaso',
      forms: ['tukitas', 'tukiprosent', 'haettav tuk', 'haettav tue', 'myönnet tuk', 'myönnet tue'],
      explanation: `Tuki on raha, jonka rahoittaja myöntää hankkeelle. Tukitaso kertoo, kuinka suuren osan hyväksytyistä kustannuksista tuki kattaa: tässä rahoituksessa yleensä ${aid}. Loput on omarahoitusta. Tarkka tukitaso kerrotaan hakuilmoituksessa.`,
    },
    {
      id: 'flat-rate',
      term: `Flat rate ${flat}`,
      forms: [`flat rate ${flat}`, `flat rate ${flatNumber}%`, 'flat rate', 'prosenttimääräi korvau'],
      explanation: `Kustannusmalli, jossa kustannusarvioon lasketaan vain hankkeen henkilöstön palkat. Kaikki muut kulut, kuten vuokrat, matkat ja tarvikkeet, katetaan summalla, joka on ${flat} palkkakuluista. Muita kuluja ei eritellä eikä niistä tarvitse toimittaa kuitteja rahoittajalle. Malli on tarkoitettu kehittämishankkeille.`,
    },
    {
      id: 'vakiosivukulut',
      term: 'Vakiosivukulut',
      forms: ['vakiosivukulu', 'sivukulu'],
      explanation: `Palkan lisäksi työnantaja maksaa lakisääteisiä sivukuluja, kuten eläke- ja vakuutusmaksuja, sekä lomarahan. Hankkeessa niitä ei lasketa yksitellen, vaan palkkaan lisätään vakioprosentti ${side}${sideDate ? ` (vahvistettu ${sideDate})` : ''}. Prosentti voi muuttua, joten tarkista voimassa oleva luku rahoittajalta.`,
    },
    {
      id: 'kertakorvaus',
      term: 'Kertakorvaus',
      forms: ['vakioi kertakorvau', 'kertakorvau'],
      explanation: `Vakioitu kertakorvaus on kiinteä summa, ${lumpSum}, hankkeelle, joka suunnittelee ja kokeilee uuden osallisuutta lisäävän toimintamallin. Silloin erillistä kustannusarviota ei tehdä. Korvaus perustuu siihen, että sovitut tulokset saavutetaan, eikä kuitteihin.`,
    },
    {
      id: 'kustannusmalli',
      term: 'Kustannusmalli',
      forms: ['yksinkertaistet kustannusmall', 'kustannusmall'],
      explanation: `Tapa, jolla hankkeen kustannukset lasketaan ja korvataan. Pienille hankkeille tavallisia ovat flat rate ${flat} ja kertakorvaus. Hakuilmoitus kertoo, mitkä mallit ovat käytössä, ja rahoittaja vahvistaa mallin rahoituspäätöksessä. Mallia ei voi vaihtaa kesken hankkeen.`,
    },
    {
      id: 'ennakko',
      term: 'Ennakko',
      forms: ['ennakko', 'ennakon', 'ennakos', 'ennakol', 'ennakot'],
      explanation: `Osa tuesta, jonka voi saada jo hankkeen alussa. Ennakko on enintään ${advance} myönnetystä tuesta, ja sen tarve perustellaan hakemuksessa. Se maksetaan kerran ja vähennetään myöhemmin maksettavasta tuesta. Kunta, seurakunta tai muu julkisoikeudellinen hakija saa ennakkoa vain erityisestä syystä.`,
    },
    {
      id: 'aiesopimus',
      term: 'Aiesopimus',
      forms: ['aiesopimu', 'aiekirje'],
      explanation:
        'Kirjallinen ilmoitus siitä, että kumppani, esimerkiksi kunta tai toinen yhdistys, aikoo tehdä yhteistyötä hankkeen kanssa. Siihen kirjataan, mitä kumppani tekee tai antaa hankkeelle, esimerkiksi tilan tai rahaa omarahoitukseen. Aiesopimukset tehdään yleensä ideapaperin jälkeen, ennen lopullista hakemusta.',
    },
    {
      id: 'puoltolausunto',
      term: 'Puoltolausunto',
      forms: ['puoltolausu'],
      explanation:
        'Kirjallinen lausunto, jossa esimerkiksi kunta tai muu yhteistyötaho kertoo pitävänsä hanketta tarpeellisena ja kannattaa sen rahoittamista. Se voi vahvistaa hakemusta. Kysy koordinaattorilta tai rahoittajalta, tarvitaanko sitä teidän haussanne; koordinaatio voi auttaa sen pyytämisessä.',
    },
    {
      id: 'indikaattori',
      term: 'Indikaattori (mittari)',
      forms: ['indikaattor', 'mittar'],
      explanation:
        'Mittari eli indikaattori näyttää, toteutuiko tavoite, esimerkiksi osallistujien määrä tai kyselyn tulos. Hyvällä mittarilla on yksikkö, lähtötaso, tavoitetaso ja tietolähde. Lisäksi ESR+-hankkeet keräävät EU:n yhteisiä osallistujatietoja, kuten osallistujien iän, koulutuksen ja työtilanteen.',
    },
    {
      id: 'osallisuusindikaattori',
      term: 'Osallisuusindikaattori',
      forms: ['osallisuusindikaattor', 'osallisuuskysel'],
      exactForms: ['esis'],
      explanation:
        'THL:n kysely, joka mittaa ihmisen omaa kokemusta osallisuudesta. Siinä on 10 väittämää, ja tulos on luku 0–100. Väittämiä ei saa muuttaa. Moni erityistavoitteen 4.3 hanke käyttää sitä mittarina.',
    },
    {
      id: 'osallistuja',
      term: 'Osallistuja',
      forms: ['osallistuj'],
      explanation:
        'Ihminen, joka hyötyy hankkeen toiminnasta suoraan ja jonka tiedot voidaan kirjata. Osallistujia eivät ole hankkeen työntekijät, hankkeelle maksullisia palveluja tuottavat, yleisötilaisuuksien kuulijat eivätkä avoimen verkkopalvelun käyttäjät. Osallistujat antavat itse alku- ja lopputietonsa EURA2021-palvelussa; tarvittaessa hanke auttaa.',
    },
    {
      id: 'kohderyhma',
      term: 'Kohderyhmä',
      forms: ['kohderyhm'],
      explanation:
        'Ihmiset, joita hanke ensisijaisesti auttaa ja jotka osallistuvat toimintaan. Tässä rahoituksessa he ovat yleensä heikommassa asemassa, esimerkiksi yksinäisiä, pitkään työttömänä olleita tai maahan muuttaneita. Kuvaa kohderyhmä tarkasti: keitä, kuinka monta ja missä.',
    },
    {
      id: 'valillinen-kohderyhma',
      term: 'Välillinen kohderyhmä',
      forms: ['välilli kohderyhm'],
      explanation:
        'Ihmiset ja organisaatiot, jotka hyötyvät hankkeesta tai tekevät sen kanssa yhteistyötä mutta eivät ole osallistujia. Heitä ovat esimerkiksi ammattilaiset, muut yhdistykset, kunta ja hyvinvointialue. Heitä ei lasketa osallistujamäärään.',
    },
    {
      id: 'osallisuus',
      term: 'Osallisuus',
      forms: ['osallisuu'],
      explanation:
        'Kokemus siitä, että kuuluu joukkoon, tulee kuulluksi ja voi vaikuttaa omaan elämäänsä ja yhteisiin asioihin. Erityistavoitteen 4.3 hankkeet lisäävät osallisuutta etenkin niillä, jotka ovat vaarassa jäädä yhteiskunnan ulkopuolelle.',
    },
    {
      id: 'eura2021',
      term: 'EURA2021',
      forms: [],
      exactForms: ['eura2021', 'eura'],
      explanation:
        'Verkossa toimiva asiointipalvelu (eura2021.fi), jossa EU:n alue- ja rakennepolitiikan rahoitusta haetaan. Lopullinen hakemus jätetään sinne hakuaikana, ja hankkeen aikana palvelua käytetään myös esimerkiksi raportointiin. Palveluun kirjaudutaan Suomi.fi-tunnistautumisella. Koordinaatio voi neuvoa palvelun käytössä.',
    },
    {
      id: 'myr',
      term: 'MYR (maakunnan yhteistyöryhmä)',
      forms: ['maakunnan yhteistyöryhm'],
      exactForms: ['myr'],
      explanation:
        'Maakunnan yhteistyöryhmä on maakunnan liiton asettama ryhmä, jossa on mukana esimerkiksi kuntien, valtion viranomaisten ja järjestöjen edustajia. Se sovittaa yhteen EU-rahoituksen käyttöä maakunnassa. Hakemus voi tarvittaessa mennä sen käsiteltäväksi, mutta rahoituspäätöksen tekee rahoittava viranomainen.',
    },
    {
      id: 'myrs',
      term: 'MYRS (maakunnan yhteistyöryhmän sihteeristö)',
      forms: ['maakunnan yhteistyöryhmän sihteeristö'],
      exactForms: ['myrs'],
      explanation:
        'Maakunnan yhteistyöryhmän sihteeristö on pienempi ryhmä, joka valmistelee yhteistyöryhmän asioita. Se käsittelee hankehakemuksia ennen rahoituspäätöstä. Päätöksen tekee silti rahoittava viranomainen.',
    },
    {
      id: 'elinvoimakeskus',
      term: 'Elinvoimakeskus',
      forms: ['elinvoimakesku', 'ely-kesku', 'rahoittav viranomai'],
      exactForms: ['ely'],
      explanation:
        'Itä-Suomen elinvoimakeskus on viranomainen, joka rahoittaa näitä hankkeita Pohjois-Savossa, Etelä-Savossa ja Pohjois-Karjalassa 1.1.2026 alkaen. Ennen vuotta 2026 tehtävä oli Etelä-Savon ELY-keskuksella. Se arvioi hakemukset ja tekee rahoituspäätöksen. Sen asiantuntijalta kannattaa pyytää palautetta ideasta ennen hakemuksen jättämistä.',
    },
    {
      id: 'y-tunnus',
      term: 'Y-tunnus',
      forms: ['y-tunnu', 'yritys- ja yhteisötunnu'],
      explanation:
        'Yritys- ja yhteisötunnus, jolla viranomaiset tunnistavat yhdistyksen, säätiön, yrityksen tai muun yhteisön. Sen muoto on seitsemän numeroa, väliviiva ja tarkistusnumero, esimerkiksi 0827616-7. Yhdistyksen Y-tunnuksen voi etsiä nimellä YTJ-palvelusta (ytj.fi).',
    },
    {
      id: 'oikeushenkilo',
      term: 'Oikeushenkilö',
      forms: ['oikeushenkil'],
      explanation:
        'Yhteisö, joka voi omissa nimissään tehdä sopimuksia, omistaa omaisuutta ja hakea rahoitusta, esimerkiksi rekisteröity yhdistys, säätiö, osuuskunta, osakeyhtiö tai kunta. Rekisteröimätön yhdistys ei ole oikeushenkilö, joten se ei voi hakea tätä rahoitusta. Myöskään toiminimi eli yksityinen elinkeinonharjoittaja ei voi hakea.',
    },
    {
      id: 'ideapaperi',
      term: 'Ideapaperi',
      forms: ['ideapaper'],
      explanation:
        'Lyhyt kuvaus hankeideasta: tarve, kohderyhmä, tavoitteet, toimenpiteet, tulokset, mittarit ja alustava kustannusarvio. Sen avulla ideaa voi kehittää koordinaattorin kanssa ja kysyä rahoittajan palautetta. Ideapaperi ei ole hakemus, vaan sen pohjalta kirjoitetaan myöhemmin varsinainen hakemus.',
    },
    {
      id: 'hankesuunnitelma',
      term: 'Hankesuunnitelma',
      forms: ['hankesuunnitelm'],
      explanation:
        'Tarkka kuvaus siitä, mitä hankkeessa tehdään, miksi, kenen kanssa, milloin ja millä rahalla. Lopullinen hakemus, jossa suunnitelma on, jätetään EURA2021-palveluun. Ideapaperi on hankesuunnitelman ensimmäinen luonnos.',
    },
    {
      id: 'hakuilmoitus',
      term: 'Haku ja hakuilmoitus',
      forms: ['hakuilmoitu', 'hakuaik', 'hakuaja', 'rahoitushaku', 'rahoitushau'],
      exactForms: ['haku', 'haun', 'haussa', 'hausta', 'hakuun', 'hakua', 'haut', 'hakuja'],
      explanation:
        'Rahoitusta voi hakea vain silloin, kun haku on auki. Hakuilmoitus kertoo haun ehdot, esimerkiksi hakuajan, jaettavan rahan, tukitason, painotukset, kustannusmallit ja arviointiperusteet. Hakemus jätetään EURA2021-palveluun ennen hakuajan loppua. Päätös tulee yleensä noin kolme kuukautta haun päättymisen jälkeen.',
    },
    {
      id: 'koordinaatiohanke',
      term: 'Koordinaatiohanke ja koordinaattori',
      forms: ['koordinaati', 'koordinaattor'],
      explanation:
        'Koordinaatiohanke neuvoo yhdistyksiä maksutta hankeidean suunnittelussa, hakemuksen tekemisessä ja hankkeen toteutuksessa. Itä-Suomen maakunnissa on ollut kullakin oma koordinaatiohankkeensa. Koordinaattori on sen työntekijä, jonka kanssa ideaa voi työstää. Vastuu hakemuksesta on kuitenkin aina hakijalla.',
    },
    {
      id: 'hankeaika',
      term: 'Hankeaika',
      forms: ['hankeaik', 'hankeaja', 'toteutusaik', 'toteutusaja'],
      explanation:
        'Aika hankkeen alkamisesta sen päättymiseen. Kustannusarvio tehdään yleensä vuosittain hankeajan mukaan. Hankkeen voi aloittaa jo hakemuksen jättämisen jälkeen, mutta ennen rahoituspäätöstä aloittamista ei suositella, koska rahoitusta ei silloin vielä ole varmasti.',
    },
    {
      id: 'valintaperusteet',
      term: 'Valintaperusteet',
      forms: ['valintaperust', 'valintakriteer', 'arviointiperust'],
      explanation:
        'Säännöt, joilla rahoittaja arvioi hakemukset. Yleiset valintaperusteet ovat ehtoja, jotka jokaisen hankkeen on täytettävä. Erityiset valintaperusteet pisteytetään: sisällölliset 0–5 pistettä ja esimerkiksi tasa-arvoa ja kestävää kehitystä koskevat 0–3 pistettä. Haun tarkat perusteet kerrotaan hakuilmoituksessa.',
    },
  ];
}

/**
 * Every term, in a fixed (not alphabetical) order; see glossaryInFinnishOrder().
 * Pure, and everything derived from it is built on first use, so a bundle that does not use
 * the glossary leaves it out.
 */
export const GLOSSARY: readonly GlossaryTerm[] = /*#__PURE__*/ buildGlossary(ESR_2021_2027);

let byId: ReadonlyMap<string, GlossaryTerm> | undefined;

/** The term with this id, or undefined. */
export function glossaryTerm(id: string): GlossaryTerm | undefined {
  byId ??= new Map(GLOSSARY.map((t) => [t.id, t]));
  return byId.get(id);
}

/** Every term in Finnish alphabetical order (å, ä, ö last). */
export function glossaryInFinnishOrder(): readonly GlossaryTerm[] {
  const finnish = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
  return [...GLOSSARY].sort((a, b) => finnish.compare(a.term, b.term));
}
