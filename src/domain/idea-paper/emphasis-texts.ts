/**
 * The emphases and line objectives in plain words: one line of what each means and a short
 * example of a small association's project that serves it. Shown beside each choice, so the
 * programme's terms never stand alone.
 */
import type { EMPHASES, LINE_OBJECTIVES } from './options';

export interface ChoiceText {
  /** What it means, in one plain sentence. */
  readonly plain: string;
  /** A short example of what a small project could do. */
  readonly example: string;
}

export const EMPHASIS_TEXTS: Readonly<Record<(typeof EMPHASES)[number]['id'], ChoiceText>> = {
  asukaslahtoisyys: {
    plain: 'Asukkaat itse suunnittelevat ja päättävät toiminnasta.',
    example: 'Kyläläiset päättävät yhdessä, mitä kylätalolla tehdään.',
  },
  'heikossa-asemassa': {
    plain: 'Syrjään jääneet ihmiset pääsevät taas mukaan yhteiseen elämään.',
    example: 'Pitkään yksin olleet saavat kyydin ja seuraa viikoittaisiin tapaamisiin.',
  },
  'luovat-menetelmat': {
    plain: 'Taide, kulttuuri ja luova tekeminen vahvistavat jaksamista.',
    example: 'Kuorolaulua ja käsitöitä ryhmässä.',
  },
  'yhteisollinen-kuntouttava': {
    plain: 'Yhdessä tekeminen parantaa hyvinvointia ja toimintakykyä.',
    example: 'Yhteinen lounas ja liikuntahetki kerran viikossa.',
  },
  'mielen-hyvinvointi': {
    plain: 'Toiminta tukee mielen jaksamista ja arjen taitoja.',
    example: 'Vertaisryhmä, jossa opetellaan arjen asioita ja jaetaan kokemuksia.',
  },
  perheet: {
    plain: 'Perheet voivat paremmin, eikä huono-osaisuus siirry lapsille.',
    example: 'Perhekahvila ja yhteiset retket lapsiperheille.',
  },
  yhdenvertaisuus: {
    plain: 'Kaikki pääsevät mukaan samanarvoisina ja tuntevat kuuluvansa joukkoon.',
    example: 'Toiminta on maksutonta, ja tiedotteet tehdään selkokielellä.',
  },
  'tyokyky-tyollistyminen': {
    plain: 'Osallistuminen vahvistaa työkykyä ja vie kohti työtä tai opiskelua.',
    example: 'Vapaaehtoistyö kahvilassa antaa työkokemusta ja todistuksen.',
  },
  'yhteistyo-haavoittuvat': {
    plain: 'Eri toimijat tekevät yhteistyötä heikossa asemassa olevien tueksi.',
    example: 'Yhdistys, seurakunta ja kotihoito tavoittavat yksinäiset yhdessä.',
  },
  'matalan-kynnyksen': {
    plain: 'Apu ja palvelut tuodaan sinne, missä ihmiset jo ovat.',
    example: 'Digitukea ja neuvontaa kyläkaupassa tai kirjastossa.',
  },
  'osallistavat-tyomarkkinat': {
    plain: 'Työpaikat ja työtoiminta avautuvat myös niille, joilla työkyky on rajallinen.',
    example: 'Kevyitä työtehtäviä kylätalon ylläpidossa ohjaajan tuella.',
  },
  'tuettu-tyollistyminen': {
    plain: 'Työkykyä tuetaan, ja työllistymiseen saa henkilökohtaista apua.',
    example: 'Valmentaja auttaa osallistujaa löytämään sopivan työn.',
  },
  'ruoka-apu': {
    plain: 'Ruoka-apuun liitetään yhdessäoloa ja muuta osallisuutta tukevaa toimintaa.',
    example: 'Ruokajakelun yhteydessä yhteinen ateria ja neuvontaa.',
  },
};

export const OBJECTIVE_TEXTS: Readonly<Record<(typeof LINE_OBJECTIVES)[number]['id'], ChoiceText>> = {
  asiakaslahtoisyys: {
    plain: 'Toiminta rakennetaan osallistujien omien toiveiden ja tarpeiden mukaan.',
    example: 'Osallistujat valitsevat itse kerhon ohjelman.',
  },
  'uudet-toimijat': {
    plain: 'Hanke tuo ESR+-rahoitukseen uusia, usein pieniä toimijoita.',
    example: 'Kyläyhdistys hakee ensimmäistä kertaa EU-rahoitusta.',
  },
  'pienten-yhteistyo': {
    plain: 'Pienet hankkeet tekevät yhteistyötä ja ovat mukana alueen koordinaatiossa.',
    example: 'Hanke osallistuu koordinaattorin järjestämiin tapaamisiin ja jakaa oppinsa muille.',
  },
};
