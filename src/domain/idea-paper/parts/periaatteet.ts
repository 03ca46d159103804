/** The cross-cutting principles the funder looks at in every project, each in a few words. */
import { PRINCIPLE_IDS } from '../option-ids';
import { PRINCIPLES } from '../options';
import { definePart } from '../part-kit';

export const PERIAATTEET = definePart({
  id: 'periaatteet',
  title: 'Läpileikkaavat periaatteet',
  holds: ['principles'],
  fields: {
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
  },
  empty: { principles: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, ''])) },
  questions: PRINCIPLES.map((p) => ({ kind: 'area', path: `principles.${p.id}`, rows: 3 }) as const),
  requirements: PRINCIPLES.map((p) => `principles.${p.id}` as const),
});
