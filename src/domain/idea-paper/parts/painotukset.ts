/**
 * The emphases of the line and its objectives that the goals serve, each with a few words on
 * how (asked in the goals step; the fit check and the PDF's fit section read them).
 */
import { createEmptyFit } from '../defaults';
import { definePart, filled } from '../part-kit';

export const PAINOTUKSET = definePart({
  id: 'painotukset',
  title: 'Painotukset',
  holds: ['fit'],
  fields: {
    'fit.emphases': {
      label: 'Painotettavat sisällöt',
      help: 'Rahoitus painottaa näitä sisältöjä. Valitse ne, joita hankkeenne edistää, ja kerro lyhyesti miten.',
    },
    'fit.objectives': {
      label: 'Toimintalinjan tavoitteet',
      help: 'Kansalaistoimijalähtöisellä kehittämisellä on kolme tavoitetta. Valitse ne, joita hanke tukee.',
    },
    'fit.how': {
      label: 'Miten hanke edistää tätä?',
      help: 'Yksi tai kaksi lausetta.',
      example: 'Osallistujat suunnittelevat kyläkahviloiden ohjelman itse.',
      recommended: 400,
    },
  },
  empty: { fit: createEmptyFit() },
  questions: [{ kind: 'slot', id: 'ticks' }],
  requirements: [
    { field: 'fit.emphases', label: 'Vähintään yksi painotus', isMet: (d) => Object.values(d.fit.emphases).some((t) => t.selected) },
    {
      field: 'fit.emphases',
      label: 'Jokaiselle valitulle painotukselle perustelu',
      isMet: (d) => [...Object.values(d.fit.emphases), ...Object.values(d.fit.objectives)].every((t) => !t.selected || filled(t.how)),
    },
  ],
  // The PDF has a fit section of its own (pdf-model/fit-section.ts); the summary shows the ticks there.
  outline: () => [],
});
