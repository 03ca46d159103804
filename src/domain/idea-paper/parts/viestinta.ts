/** How the project tells about itself. */
import { definePart } from '../part-kit';

export const VIESTINTA = definePart({
  id: 'viestinta',
  title: 'Viestintä',
  holds: ['communication'],
  fields: {
    communication: {
      label: 'Viestintä',
      help: 'Miten kerrotte hankkeesta osallistujille, yhteistyökumppaneille ja muille? Mitä kanavia käytätte?',
      example: 'Paikallislehti, yhdistyksen Facebook-sivu, ilmoitustaulut ja kylätiedote kotiin.',
      recommended: 1000,
    },
  },
  empty: { communication: '' },
  questions: [{ kind: 'area', path: 'communication', rows: 5 }],
  requirements: ['communication'],
});
