/** The project in brief: name, summary, when and where. */
import { definePart } from '../part-kit';
import { REGIONS } from '../options';

export const HANKE = definePart({
  id: 'hanke',
  title: 'Hanke lyhyesti',
  holds: ['project'],
  fields: {
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
  },
  empty: { project: { name: '', summary: '', startMonth: '', endMonth: '', regions: [], municipalities: '' } },
  questions: [
    { kind: 'text', path: 'project.name' },
    { kind: 'area', path: 'project.summary', rows: 6 },
    {
      kind: 'row',
      questions: [
        { kind: 'text', path: 'project.startMonth', input: 'month' },
        { kind: 'text', path: 'project.endMonth', input: 'month' },
      ],
    },
    { kind: 'checks', path: 'project.regions', options: REGIONS },
    { kind: 'text', path: 'project.municipalities' },
  ],
  requirements: ['project.name', 'project.summary', 'project.startMonth', 'project.endMonth', 'project.regions', 'project.municipalities'],
});
