/** The PDF's level-1 section headings, in order (wizard order, then budget, fit and next steps). */
export const PDF_SECTION_TITLES = [
  'Hakija',
  'Hanke lyhyesti',
  'Tarve ja tausta',
  'Kohderyhmä',
  'Tavoitteet',
  'Toimenpiteet',
  'Viestintä',
  'Riskit',
  'Tulokset, mittarit ja jatkuvuus',
  'Toteuttajat ja kumppanit',
  'Kustannukset ja omarahoitus',
  'Vapaaehtoiset ja tilat',
  'Läpileikkaavat periaatteet',
  'Alustava kustannusarvio',
  'Sopivuus ESR+ 4.3:een',
  'Mitä seuraavaksi?',
] as const;
