/** The PDF's level-1 section headings after page 1, in the funder template's order (domain §10). */
export const PDF_SECTION_TITLES = [
  'Tarve ja tausta',
  'Toimenpiteet',
  'Toteuttajat ja kumppanit',
  'Kohderyhmä',
  'Tulokset ja mittarit',
  'Jatkuvuus hankkeen jälkeen',
  'Kustannukset ja omarahoitus',
  'Läpileikkaavat periaatteet',
  'Riskit',
  'Sopivuus ESR+ 4.3:een',
] as const;
