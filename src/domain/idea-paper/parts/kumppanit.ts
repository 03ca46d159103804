/** Who the project is made with (a list: its items are drawn by the partners step). */
import { labelOf, LOI_STATUSES } from '../options';
import { definePart, outlineEntry, textOrNull } from '../part-kit';

const fields = {
  partners: {
    label: 'Kumppanit',
    help: 'Ketkä ovat mukana hankkeessa? Kerro kunkin rooli ja onko yhteistyöstä jo sovittu (aiesopimus).',
  },
  'partners.name': { label: 'Kumppani', help: 'Organisaation nimi.', example: 'Kuopion kaupunki, vapaa-aikapalvelut' },
  'partners.role': {
    label: 'Rooli hankkeessa',
    help: 'Mitä kumppani tekee tai antaa hankkeelle?',
    example: 'Antaa kylätalon käyttöön maksutta ja osallistuu ohjausryhmään.',
    recommended: 400,
  },
  'partners.loiStatus': {
    label: 'Aiesopimus',
    help: 'Aiesopimus on kirjallinen lupaus yhteistyöstä. Onko sellaisesta sovittu?',
  },
} as const;

export const KUMPPANIT = definePart({
  id: 'kumppanit',
  title: 'Toteuttajat ja kumppanit',
  holds: ['partners'],
  fields,
  empty: { partners: [] },
  questions: [{ kind: 'slot', id: 'partners' }],
  requirements: [{ field: 'partners', label: 'Vähintään yksi kumppani', isMet: (d) => d.partners.length > 0 }],
  items: (d) => ({
    label: fields.partners.label,
    list: d.partners.map((p, i) => ({
      heading: `Kumppani ${i + 1}${p.name.trim() ? `: ${p.name.trim()}` : ''}`,
      entries: [
        outlineEntry(fields['partners.name'], textOrNull(p.name), `partners.${p.id}.name`),
        outlineEntry(fields['partners.role'], textOrNull(p.role), `partners.${p.id}.role`),
        outlineEntry(fields['partners.loiStatus'], labelOf(LOI_STATUSES, p.loiStatus), `partners.${p.id}.loiStatus`),
      ],
    })),
  }),
});
