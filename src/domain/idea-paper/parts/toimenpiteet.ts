/** What is done, when and by whom (a list: its items are drawn by the actions step). */
import { goalChoices } from '../goals';
import { definePart, outlineEntry, textOrNull } from '../part-kit';

const fields = {
  actions: {
    label: 'Toimenpiteet',
    help: 'Mitä hankkeessa käytännössä tehdään? Liitä jokainen toimenpide tavoitteeseen, jota se edistää.',
  },
  'actions.title': { label: 'Toimenpiteen nimi', help: 'Lyhyt nimi.', example: 'Viikoittaiset kyläkahvilat' },
  'actions.description': {
    label: 'Kuvaus',
    help: 'Mitä tehdään, kenen kanssa ja kuinka usein?',
    example: 'Kyläkahvila kokoontuu kerran viikossa kolmella kylätalolla. Vapaaehtoiset järjestävät kyydit.',
    recommended: 800,
  },
  'actions.goalIds': { label: 'Edistää tavoitteita', help: 'Valitse tavoitteet, joita toimenpide edistää.' },
  'actions.timing': { label: 'Ajoitus', help: 'Milloin toimenpide tehdään?', example: 'Syyskuu 2027 – toukokuu 2029' },
  'actions.responsible': { label: 'Kuka tekee', help: 'Kuka vastaa toimenpiteestä?', example: 'Hankevetäjä ja vapaaehtoiset' },
} as const;

export const TOIMENPITEET = definePart({
  id: 'toimenpiteet',
  title: 'Toimenpiteet',
  holds: ['actions'],
  fields,
  empty: { actions: [] },
  questions: [{ kind: 'slot', id: 'actions' }],
  requirements: [
    { field: 'actions', label: 'Vähintään yksi toimenpide', isMet: (d) => d.actions.length > 0 },
    {
      field: 'actions',
      label: 'Jokainen toimenpide on liitetty tavoitteeseen',
      isMet: (d) => d.actions.length > 0 && d.actions.every((a) => a.goalIds.length > 0),
    },
  ],
  items: (d) => {
    const goals = goalChoices(d);
    const goalLabel = (id: string) => goals.find((g) => g.id === id)?.label ?? null;
    return {
      label: fields.actions.label,
      list: d.actions.map((a, i) => {
        const linked = a.goalIds.map(goalLabel).filter((g): g is string => g !== null);
        return {
          heading: `Toimenpide ${i + 1}${a.title.trim() ? `: ${a.title.trim()}` : ''}`,
          entries: [
            outlineEntry(fields['actions.title'], textOrNull(a.title), `actions.${a.id}.title`),
            outlineEntry(fields['actions.description'], textOrNull(a.description), `actions.${a.id}.description`),
            outlineEntry(fields['actions.goalIds'], linked.length ? linked.join(', ') : null, `actions.${a.id}.goalIds`),
            outlineEntry(fields['actions.timing'], textOrNull(a.timing), `actions.${a.id}.timing`),
            outlineEntry(fields['actions.responsible'], textOrNull(a.responsible), `actions.${a.id}.responsible`),
          ],
        };
      }),
    };
  },
});
