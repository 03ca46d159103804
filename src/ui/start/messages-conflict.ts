/** Texts of the import conflict dialog (loaded with it, not with the first screen). */
export const conflictText = {
  conflictTitle: 'Luonnos on jo tällä laitteella',
  conflictBody: 'Tiedostossa on luonnos, joka on jo tällä laitteella:',
  conflictHelp:
    'Korvaa: tiedoston versio tulee tilalle, ja nykyinen versio säilyy omana luonnoksenaan nimellä ”ennen tuontia”. Säilytä molemmat: tiedoston versio tuodaan uutena luonnoksena.',
  keepBoth: 'Säilytä molemmat',
  comments: 'Tuo kommentit omaan luonnokseen',
  commentsHelp:
    'Tiedostossa on kommentteja, joita tämän laitteen luonnoksessa ei vielä ole. Tuo kommentit: kommentit tulevat oikeiden kohtien viereen, eikä omaan tekstiisi muuteta mitään.',
  replace: 'Korvaa',
  openForComments: 'Avaa kommentoitavaksi',
  openForCommentsHelp:
    'Avaa kommentoitavaksi: tiedoston paperi viedään koordinaattorin työpöydälle, jossa yhdistyksen tekstiä ei voi muuttaa, ja omat luonnoksesi pysyvät ennallaan.',
};
