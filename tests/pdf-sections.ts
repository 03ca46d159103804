/** The PDF's level-1 section headings, in order (wizard order, then budget, fit and next steps). */
export const PDF_SECTION_TITLES = [
  'Hakija',
  'Hanke',
  'Tarve',
  'Kohderyhmä',
  'Tavoitteet',
  'Toimenpiteet',
  'Tulokset ja mittarit',
  'Kumppanit',
  'Resurssit',
  'Riskit',
  'Viestintä',
  'Läpileikkaavat periaatteet',
  'Alustava kustannusarvio',
  'Sopivuus ESR+ 4.3:een',
  'Mitä seuraavaksi?',
] as const;
