/** Texts of the salvage view (loaded with it, not with the first screen). */
export const salvageText = {
  open: 'Avaa pelastusnäkymä',
  heading: (name: string) => `Luonnoksen pelastus: ${name}`,
  intro:
    'Tätä luonnosta ei voi avata tavalliseen tapaan, koska osa sen tiedoista on rikki tai yli rajojen. Kaikki sen tekstit näkyvät alla, ja voit viedä luonnoksen tiedostoksi sellaisenaan. Alkuperäinen luonnos pysyy laitteella koskemattomana.',
  repairHeading: 'Korjaa kopioksi',
  repairIntro: 'Sovellus voi tehdä luonnoksesta korjatun kopion, jonka voi avata. Alkuperäinen jää ennalleen.',
  repairRemoves: 'Korjauksessa otetaan pois nämä (ne tulevat kopioon näkyviin muistiinpanoksi ”Poistetut”):',
  repairNothingRemoved: 'Korjauksessa ei poisteta tekstiä: vain rikkinäiset päivämäärät ja valinnat korjataan.',
  repair: 'Tee korjattu kopio',
  repaired: (name: string) => `Korjattu kopio ”${name}” on nyt luonnoslistassa.`,
  cannotRepair:
    'Tätä luonnosta ei voi korjata tässä sovelluksen versiossa (se voi olla tehty uudemmalla versiolla). Vie se tiedostoksi ja tuo se uudemmassa sovelluksessa tai anna se koordinaattorille.',
  textsHeading: 'Luonnoksen tekstit',
  noTexts: 'Luonnoksessa ei ole tekstiä.',
  back: 'Takaisin luonnoksiin',
};
