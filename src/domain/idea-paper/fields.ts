/**
 * Finnish labels, help texts and examples of the draft's fields. They live in the domain
 * because the wizard, the summary, validation messages and the PDF all name fields the
 * same way. Written in plain language for a volunteer who has never written a project plan.
 *
 * `recommended` is a soft length in characters (no official limits exist, domain §9):
 * shown as a guide, never enforced.
 */

export interface FieldText {
  readonly label: string;
  readonly help: string;
  readonly example?: string;
  readonly recommended?: number;
  /** A short noun form of a question label, for the PDF's headings and its "Vielä puuttuu" box. */
  readonly short?: string;
}

export const FIELDS = {
  'applicant.name': {
    label: 'Hakijan nimi',
    help: 'Yhdistyksen tai muun hakijan virallinen nimi, kuten se on rekisterissä.',
    example: 'Kylätoiminta Kuopion Seutu ry',
  },
  'applicant.legalForm': {
    label: 'Oikeudellinen muoto',
    help: 'Millainen toimija hakija on. Rahoitusta voivat hakea oikeushenkilöt, esimerkiksi rekisteröity yhdistys, säätiö tai kunta.',
  },
  'applicant.businessId': {
    label: 'Y-tunnus',
    help: 'Löydät Y-tunnuksen yhdistysrekisteristä tai YTJ-palvelusta. Muoto on seitsemän numeroa, viiva ja tarkistusnumero.',
    example: '1234567-1',
  },
  'applicant.contactPerson': {
    label: 'Yhteyshenkilö',
    help: 'Kuka vastaa kysymyksiin hankeideasta? Kirjoita nimi ja tehtävä yhdistyksessä.',
    example: 'Maija Virtanen, hallituksen puheenjohtaja',
  },
  'applicant.email': {
    label: 'Sähköposti',
    help: 'Osoite, johon koordinaattori voi vastata.',
    example: 'maija.virtanen@esimerkki.fi',
  },
  'applicant.phone': {
    label: 'Puhelin',
    help: 'Numero, josta yhteyshenkilön tavoittaa.',
    example: '040 123 4567',
  },
  'applicant.experience': {
    label: 'Aiempi hankekokemus',
    help: 'Onko yhdistyksellä ollut aiemmin hankkeita tai avustuksia? Mitä ne olivat ja mitä niistä opittiin? Jos kokemusta ei ole, kerro se rohkeasti: se ei estä hakemista.',
    example: 'Saimme vuonna 2023 kunnalta avustuksen kesäleiriin, johon osallistui 25 nuorta.',
    recommended: 800,
  },
  'project.name': {
    label: 'Hankkeen työnimi',
    short: 'Hankkeen nimi',
    help: 'Lyhyt nimi, joka kertoo mistä on kyse. Nimen voi vaihtaa myöhemmin.',
    example: 'Yhdessä kylillä',
  },
  'project.summary': {
    label: 'Tiivistelmä',
    help: 'Kerro yhdessä kappaleessa: kenelle, mitä tehdään ja mitä sillä saadaan aikaan.',
    example:
      'Hankkeessa yksinäiset ikääntyneet ja nuoret kokoontuvat viikoittain kylätaloille. Toimintaa suunnitellaan yhdessä osallistujien kanssa, ja sen tavoitteena on vähentää yksinäisyyttä ja vahvistaa kylien yhteisöllisyyttä.',
    recommended: 1200,
  },
  'project.startMonth': {
    label: 'Suunniteltu alkamiskuukausi',
    help: 'Milloin hanke voisi alkaa? Päätös tulee yleensä noin kolme kuukautta haun päättymisen jälkeen.',
  },
  'project.endMonth': {
    label: 'Suunniteltu päättymiskuukausi',
    help: 'Milloin hanke päättyy? Pienet hankkeet kestävät usein 1–3 vuotta.',
  },
  'project.regions': {
    label: 'Maakunnat',
    help: 'Valitse maakunnat, joissa hanke toimii. Yksi hanke voi toimia useassa maakunnassa.',
  },
  'project.municipalities': {
    label: 'Kunnat',
    help: 'Luettele kunnat tai kylät, joissa toimintaa järjestetään.',
    example: 'Kuopio, Siilinjärvi ja Tuusniemi',
  },
  'need.problem': {
    label: 'Mikä on ongelma tai tarve?',
    short: 'Ongelma tai tarve',
    help: 'Kuvaa, mikä asia ei nyt ole hyvin ja keitä se koskee. Kirjoita omin sanoin, niin kuin kertoisit naapurille.',
    example: 'Kylillämme moni ikääntynyt asuu yksin eikä pääse harrastuksiin, koska bussiyhteydet loppuivat.',
    recommended: 1500,
  },
  'need.evidence': {
    label: 'Mistä tiedätte, että tarve on olemassa?',
    short: 'Mistä tarve tiedetään',
    help: 'Kerro, mihin tieto perustuu: kysely, tilasto, kokemukset toiminnasta, yhteistyökumppanin havainnot.',
    example: 'Jäsenkyselyyn vastasi 60 ihmistä, ja heistä 40 kertoi tuntevansa itsensä usein yksinäiseksi.',
    recommended: 1000,
  },
  'need.participation': {
    label: 'Miten kohderyhmä on ollut mukana suunnittelussa?',
    short: 'Kohderyhmä mukana suunnittelussa',
    help: 'Rahoittaja arvostaa, että ne joita hanke koskee, saavat vaikuttaa siihen. Kerro, miten heitä on kuultu.',
    example: 'Järjestimme kaksi kahvitilaisuutta, joissa kyläläiset kertoivat toiveistaan.',
    recommended: 800,
  },
  'targetGroup.groups': {
    label: 'Kohderyhmät',
    help: 'Valitse ryhmät, joihin hankkeen osallistujat kuuluvat. Tämä rahoitus on tarkoitettu erityisesti heikommassa asemassa oleville.',
  },
  'targetGroup.otherGroups': {
    label: 'Muu kohderyhmä tai tarkennus',
    help: 'Tarkenna kohderyhmää omin sanoin, jos valmiista vaihtoehdoista ei löydy sopivaa.',
    example: 'Yli 65-vuotiaat, jotka asuvat yksin haja-asutusalueella',
  },
  'targetGroup.participantCount': {
    label: 'Arvioitu osallistujamäärä',
    short: 'Osallistujia arviolta',
    help: 'Kuinka moni ihminen osallistuu toimintaan koko hankkeen aikana? Osallistujiksi lasketaan vain ne, jotka itse hyötyvät toiminnasta, ei henkilökuntaa eikä yleisötilaisuuksien kuulijoita.',
    example: '60',
  },
  'targetGroup.reach': {
    label: 'Miten tavoitatte osallistujat?',
    short: 'Osallistujien tavoittaminen',
    help: 'Missä ja miten kohderyhmän ihmiset saavat tietää toiminnasta? Ajattele myös niitä, jotka eivät käytä nettiä.',
    example: 'Kotiin jaettava tiedote, seurakunnan ja kotihoidon kautta, kyläkaupan ilmoitustaulu.',
    recommended: 800,
  },
  'targetGroup.secondaryGroups': {
    label: 'Välilliset kohderyhmät',
    help: 'Ketkä muut hyötyvät tai ovat mukana, vaikka eivät ole osallistujia? Esimerkiksi ammattilaiset, muut yhdistykset, kunta tai hyvinvointialue.',
    example: 'Kunnan vapaa-aikatoimi, hyvinvointialueen kotihoito, naapurikylien yhdistykset',
    recommended: 600,
  },
  mainGoal: {
    label: 'Päätavoite',
    help: 'Mikä on muuttunut parempaan, kun hanke päättyy? Kirjoita yksi lause.',
    example: 'Vähintään 40 yksinäisyyttä kokevaa kyläläistä kohtaa toisiaan viikoittain, ja yksinäisyyden kokemus vähenee.',
    recommended: 400,
  },
  subGoals: {
    label: 'Osatavoitteet',
    help: 'Pienemmät tavoitteet, joiden kautta päätavoite saavutetaan. Hyvä tavoite on sellainen, jonka toteutumisen voi todeta, esimerkiksi määrän tai prosentin avulla.',
    example: 'Vähintään 40 ikääntynyttä osallistuu kylätalojen toimintaan säännöllisesti.',
  },
  'subGoals.text': { label: 'Osatavoite', help: 'Yksi tavoite yhdellä lauseella.', recommended: 300 },
  actions: {
    label: 'Toimenpiteet',
    help: 'Mitä hankkeessa käytännössä tehdään? Liitä jokainen toimenpide tavoitteeseen, jota se edistää.',
  },
  'actions.title': { label: 'Toimenpiteen nimi', help: 'Lyhyt nimi.', example: 'Viikoittaiset kyläkahvilat' },
  'actions.description': {
    label: 'Kuvaus',
    help: 'Mitä tehdään, kenen kanssa ja kuinka usein?',
    example: 'Kyläkahvila kokoontuu kerran viikossa kolmella kylätalolla. Vapaaehtoiset järjestävät kyydit.',
    recommended: 800,
  },
  'actions.goalIds': { label: 'Edistää tavoitteita', help: 'Valitse tavoitteet, joita toimenpide edistää.' },
  'actions.timing': { label: 'Ajoitus', help: 'Milloin toimenpide tehdään?', example: 'Syyskuu 2027 – toukokuu 2029' },
  'actions.responsible': { label: 'Kuka tekee', help: 'Kuka vastaa toimenpiteestä?', example: 'Hankevetäjä ja vapaaehtoiset' },
  'results.expected': {
    label: 'Odotetut tulokset',
    help: 'Mitä hankkeesta jää käteen? Mitä osallistujien elämässä muuttuu, ja mikä toiminta jatkuu hankkeen jälkeen?',
    example: 'Kolmella kylällä on vapaaehtoisten pyörittämä kohtaamispaikka, joka jatkuu hankkeen jälkeen.',
    recommended: 1200,
  },
  'results.continuity': {
    label: 'Miten toiminta jatkuu hankkeen jälkeen?',
    short: 'Jatkuvuus hankkeen jälkeen',
    help: 'Rahoittaja kysyy aina, mitä tapahtuu, kun rahoitus loppuu. Kerro, kuka jatkaa toimintaa, millä rahalla tai millä vapaaehtoisvoimin, ja miten uusi tapa toimia juurtuu kylän tai yhdistyksen arkeen.',
    example:
      'Vapaaehtoiset jatkavat kyläkahviloita yhdistyksen omana toimintana. Kunta on luvannut kylätalon käyttöön maksutta myös hankkeen jälkeen.',
    recommended: 800,
  },
  'results.participantData': {
    label: 'Miten osallistujien tiedot kirjataan?',
    short: 'Osallistujatietojen kirjaus',
    help: 'ESR+-hankkeissa osallistujat lasketaan EU:n yhteisillä indikaattoreilla. Osallistuja voi kirjata tietonsa itse vahvalla Suomi.fi-tunnistautumisella, tai hankkeen työntekijä kirjaa ne hänen puolestaan. Valitse, miten teette.',
  },
  indicators: {
    label: 'Mittarit',
    help: 'Miten tiedätte, että tavoite toteutui? Jokaiselle tavoitteelle kannattaa antaa ainakin yksi mittari, jolla on yksikkö, lähtötaso, tavoitetaso ja tietolähde.',
  },
  'indicators.goalId': { label: 'Tavoite', help: 'Mitä tavoitetta mittari seuraa?' },
  'indicators.name': { label: 'Mittari', help: 'Mitä mitataan?', example: 'Säännöllisesti osallistuvien määrä' },
  'indicators.unit': { label: 'Yksikkö', help: 'Missä yksikössä?', example: 'henkilöä' },
  'indicators.baseline': { label: 'Lähtötaso', help: 'Tilanne nyt.', example: '0' },
  'indicators.target': { label: 'Tavoitetaso', help: 'Tilanne hankkeen lopussa.', example: '40' },
  'indicators.source': {
    label: 'Tietolähde',
    help: 'Mistä tieto saadaan? Esimerkiksi osallistujalista, kysely tai THL:n osallisuusindikaattori.',
    example: 'Osallistujalistat',
  },
  partners: {
    label: 'Kumppanit',
    help: 'Ketkä ovat mukana hankkeessa? Kerro kunkin rooli ja onko yhteistyöstä jo sovittu (aiesopimus).',
  },
  'partners.name': { label: 'Kumppani', help: 'Organisaation nimi.', example: 'Kuopion kaupunki, vapaa-aikapalvelut' },
  'partners.role': {
    label: 'Rooli hankkeessa',
    help: 'Mitä kumppani tekee tai antaa hankkeelle?',
    example: 'Antaa kylätalon käyttöön maksutta ja osallistuu ohjausryhmään.',
    recommended: 400,
  },
  'partners.loiStatus': {
    label: 'Aiesopimus',
    help: 'Aiesopimus on kirjallinen lupaus yhteistyöstä. Onko sellaisesta sovittu?',
  },
  'resources.volunteers': {
    label: 'Vapaaehtoiset',
    help: 'Millaista vapaaehtoistyötä hankkeessa tehdään ja kuinka moni on lupautunut mukaan?',
    example: 'Kymmenen jäsentä lupautui kahvilaemänniksi ja kuljettajiksi.',
    recommended: 600,
  },
  'resources.premises': {
    label: 'Tilat ja välineet',
    help: 'Missä toimintaa järjestetään ja mitä välineitä tarvitaan?',
    example: 'Kolme kylätaloa, joista kaksi on yhdistyksen omia.',
    recommended: 600,
  },
  risks: {
    label: 'Riskit',
    help: 'Mikä voisi mennä pieleen ja miten varaudutte siihen? Riskien tunnistaminen on vahvuus, ei heikkous.',
  },
  'risks.risk': { label: 'Riski', help: 'Mitä voisi tapahtua?', example: 'Osallistujia ei tule tarpeeksi.' },
  'risks.likelihood': { label: 'Todennäköisyys', help: 'Kuinka todennäköistä?' },
  'risks.impact': { label: 'Vaikutus', help: 'Kuinka paljon se haittaisi hanketta?' },
  'risks.mitigation': {
    label: 'Miten varaudutte',
    short: 'Varautuminen',
    help: 'Mitä teette, jotta riski ei toteudu, tai mitä teette jos se toteutuu?',
    example: 'Mainostamme kotihoidon kautta ja järjestämme kyydit.',
    recommended: 500,
  },
  communication: {
    label: 'Viestintä',
    help: 'Miten kerrotte hankkeesta osallistujille, yhteistyökumppaneille ja muille? Mitä kanavia käytätte?',
    example: 'Paikallislehti, yhdistyksen Facebook-sivu, ilmoitustaulut ja kylätiedote kotiin.',
    recommended: 1000,
  },
  'principles.kestava-kehitys': {
    label: 'Kestävä kehitys ja ilmasto',
    help: 'Miten hanke ottaa huomioon ympäristön? Esimerkiksi kimppakyydit, kierrätys tai etäosallistuminen.',
    example: 'Järjestämme kimppakyydit ja käytämme kierrätettyjä askartelutarvikkeita.',
    recommended: 500,
  },
  'principles.tasa-arvo': {
    label: 'Tasa-arvo ja sukupuolten tasa-arvo',
    help: 'Miten varmistatte, että eri sukupuolet ja erilaiset ihmiset voivat osallistua tasavertaisesti?',
    example: 'Kysymme sekä miehiltä että naisilta, millaista toimintaa he toivovat.',
    recommended: 500,
  },
  'principles.yhdenvertaisuus': {
    label: 'Yhdenvertaisuus, syrjimättömyys ja saavutettavuus',
    help: 'Miten kaikki pääsevät mukaan iästä, terveydestä, kielestä tai varallisuudesta riippumatta? Ovatko tilat esteettömiä?',
    example: 'Toiminta on maksutonta, tilat ovat esteettömiä ja tiedotteet tehdään selkokielellä.',
    recommended: 500,
  },
  'principles.digitaalisuus': {
    label: 'Digitaalisuus ja innovatiivisuus',
    help: 'Hyödyntääkö hanke digitaalisia välineitä tai uusia tapoja toimia? Tukeeko se osallistujien digitaitoja?',
    example: 'Kyläkahviloissa on digituen tunti, jossa opetellaan esimerkiksi videopuheluita.',
    recommended: 500,
  },
  'principles.kansainvalisyys': {
    label: 'Kansainvälisyys',
    help: 'Onko hankkeessa kansainvälisiä yhteyksiä tai opitaanko muualta? Jos ei, kerro se lyhyesti.',
    example: 'Ei kansainvälistä yhteistyötä. Tutustumme ruotsalaisten kyläkahviloiden malliin.',
    recommended: 500,
  },
  'budget.costModel': {
    label: 'Kustannusmalli',
    help: 'Useimmille pienille hankkeille sopii flat rate 40 %: lasketaan vain palkat, ja kaikki muut kulut katetaan 40 %:n lisällä. Kertakorvaus 50 000 € on tarkoitettu hankkeelle, joka suunnittelee ja kokeilee uuden toimintamallin; silloin erillistä kustannusarviota ei tehdä.',
  },
  'budget.staff': {
    label: 'Henkilöstö',
    help: 'Lisää jokainen hankkeeseen palkattava henkilö. Sovellus lisää palkkaan lakisääteiset sivukulut ja lomarahan vakioprosentilla.',
  },
  'budget.staff.role': { label: 'Tehtävä', help: 'Esimerkiksi hankevetäjä tai ohjaaja.', example: 'Hankevetäjä' },
  'budget.staff.monthlySalary': {
    label: 'Kokoaikainen kuukausipalkka, brutto (€)',
    help: 'Kuukausipalkka kokoaikaisesta työstä ennen veroja ja ilman sivukuluja, vaikka henkilö tekisi hanketta osa-aikaisesti: työaikaosuus kerrotaan alla.',
    example: '3 200,50',
  },
  'budget.staff.months': {
    label: 'Kuukaudet hankkeessa',
    help: 'Kuinka monta kuukautta henkilö työskentelee hankkeessa.',
    example: '24',
  },
  'budget.staff.sharePercent': {
    label: 'Työaikaosuus (%)',
    help: 'Kuinka suuri osa työajasta on hanketta. Kokoaikainen = 100.',
    example: '50',
  },
  'budget.staff.monthsByYear': {
    label: 'Kuukaudet vuosittain',
    help: 'Sovellus jakaa kuukaudet hankkeen vuosille tasaisesti. Jos työ painottuu tiettyyn vuoteen, kirjoita omat luvut; tyhjä kenttä = automaattinen jako.',
  },
  'budget.financing': {
    label: 'Omarahoituksen lähteet',
    help: 'Kerro, mistä omarahoitus tulee. Voit antaa summan euroina tai prosentteina kokonaiskustannuksista.',
  },
  'budget.staffNote': {
    label: 'Lisätietoa henkilöstöstä (vapaaehtoinen)',
    short: 'Lisätietoa henkilöstöstä',
    help: 'Jos henkilöstöstä on kerrottavaa, mitä rivit eivät kerro (esimerkiksi miksi työaika on osa-aikainen), kirjoita se tähän.',
    recommended: 600,
  },
  'budget.financingNote': {
    label: 'Miten omarahoitus kootaan?',
    short: 'Omarahoituksen kokoaminen',
    help: 'Nyt kun omarahoituksen määrä on laskettu, kerro lyhyesti, mistä raha tulee ja onko siitä jo sovittu. Koordinaattori auttaa, jos lähdettä ei vielä ole.',
    example: 'Yhdistyksen omat varat 5 000 € ja kunnan avustus 10 000 €, josta kunta päättää keväällä.',
    recommended: 600,
  },
  'budget.financing.own': { label: 'Omat varat', help: 'Yhdistyksen omat rahat.' },
  'budget.financing.municipal': { label: 'Kuntien rahoitus', help: 'Kunnan tai kuntien rahoitusosuus.' },
  'budget.financing.otherPublic': { label: 'Muu julkinen rahoitus', help: 'Esimerkiksi seurakunta tai hyvinvointialue.' },
  'budget.financing.private': { label: 'Yksityinen rahoitus', help: 'Esimerkiksi säätiön avustus tai yritysten tuki.' },
  'fit.emphases': {
    label: 'Painotettavat sisällöt',
    help: 'Rahoitus painottaa näitä sisältöjä. Valitse ne, joita hankkeenne edistää, ja kerro lyhyesti miten.',
  },
  'fit.objectives': {
    label: 'Toimintalinjan tavoitteet',
    help: 'Kansalaistoimijalähtöisellä kehittämisellä on kolme tavoitetta. Valitse ne, joita hanke tukee.',
  },
  'fit.how': {
    label: 'Miten hanke edistää tätä?',
    help: 'Yksi tai kaksi lausetta.',
    example: 'Osallistujat suunnittelevat kyläkahviloiden ohjelman itse.',
    recommended: 400,
  },
} as const satisfies Record<string, FieldText>;

export type FieldKey = keyof typeof FIELDS;

/** The fields of a list's items that have texts here: `'title' | 'description' | …` for `actions`. */
export type ItemTextProp<List extends string> = FieldKey extends infer K ? (K extends `${List}.${infer Prop}` ? Prop : never) : never;

/** The texts of a list item's field (`actions.title`); only props with texts are accepted. */
export function itemFieldText<List extends string>(list: List, prop: ItemTextProp<List>): FieldText {
  // ItemTextProp admits only props whose `list.prop` is a key of FIELDS.
  return FIELDS[`${list}.${prop}` as FieldKey];
}

/** A field's name in the PDF and its "Vielä puuttuu" box: the short form of a question label, else the label. */
export function fieldName(key: FieldKey): string {
  const text: FieldText = FIELDS[key];
  return text.short ?? text.label;
}
