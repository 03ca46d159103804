/** The main goal and the sub-goals (a list: its items are drawn by the goals step). */
import { definePart, filled, outlineEntry, textOrNull } from '../part-kit';

const fields = {
  mainGoal: {
    label: 'Päätavoite',
    help: 'Mikä on muuttunut parempaan, kun hanke päättyy? Kirjoita yksi lause.',
    example: 'Vähintään 40 yksinäisyyttä kokevaa kyläläistä kohtaa toisiaan viikoittain, ja yksinäisyyden kokemus vähenee.',
    recommended: 400,
  },
  subGoals: {
    label: 'Osatavoitteet',
    help: 'Pienemmät tavoitteet, joiden kautta päätavoite saavutetaan. Hyvä tavoite on sellainen, jonka toteutumisen voi todeta, esimerkiksi määrän tai prosentin avulla.',
    example: 'Vähintään 40 ikääntynyttä osallistuu kylätalojen toimintaan säännöllisesti.',
  },
  'subGoals.text': { label: 'Osatavoite', help: 'Yksi tavoite yhdellä lauseella.', recommended: 300 },
} as const;

export const TAVOITTEET = definePart({
  id: 'tavoitteet',
  title: 'Tavoitteet',
  holds: ['mainGoal', 'subGoals'],
  fields,
  empty: { mainGoal: '', subGoals: [] },
  questions: [
    { kind: 'area', path: 'mainGoal', rows: 3 },
    { kind: 'slot', id: 'subGoals' },
  ],
  requirements: [
    'mainGoal',
    { field: 'subGoals', label: 'Vähintään yksi osatavoite', isMet: (d) => d.subGoals.some((g) => filled(g.text)) },
  ],
  items: (d) => ({
    label: fields.subGoals.label,
    list: d.subGoals.map((g, i) => ({
      heading: `Osatavoite ${i + 1}`,
      entries: [outlineEntry(fields['subGoals.text'], textOrNull(g.text), `subGoals.${g.id}.text`)],
    })),
  }),
});
