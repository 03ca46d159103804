/** Volunteers and premises (the staff are the budget's rows; self-financing is with the money). */
import { definePart } from '../part-kit';

export const RESURSSIT = definePart({
  id: 'resurssit',
  title: 'Vapaaehtoiset ja tilat',
  holds: ['resources'],
  fields: {
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
  },
  empty: { resources: { volunteers: '', premises: '' } },
  questions: [
    { kind: 'area', path: 'resources.volunteers', rows: 3 },
    { kind: 'area', path: 'resources.premises', rows: 3 },
  ],
  requirements: ['resources.volunteers', 'resources.premises'],
});
