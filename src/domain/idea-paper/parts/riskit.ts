/** What could go wrong and how the project prepares (a list: its items are drawn by the actions step). */
import { labelOf, RISK_LEVELS } from '../options';
import { definePart, filled, outlineEntry, textOrNull } from '../part-kit';

const fields = {
  risks: {
    label: 'Riskit',
    help: 'Mikä voisi mennä pieleen ja miten varaudutte siihen? Riskien tunnistaminen on vahvuus, ei heikkous.',
  },
  'risks.risk': { label: 'Riski', help: 'Mitä voisi tapahtua?', example: 'Osallistujia ei tule tarpeeksi.' },
  'risks.likelihood': { label: 'Todennäköisyys', help: 'Kuinka todennäköistä?' },
  'risks.impact': { label: 'Vaikutus', help: 'Kuinka paljon se haittaisi hanketta?' },
  'risks.mitigation': {
    label: 'Miten varaudutte',
    short: 'Varautuminen',
    help: 'Mitä teette, jotta riski ei toteudu, tai mitä teette jos se toteutuu?',
    example: 'Mainostamme kotihoidon kautta ja järjestämme kyydit.',
    recommended: 500,
  },
} as const;

export const RISKIT = definePart({
  id: 'riskit',
  title: 'Riskit',
  holds: ['risks'],
  fields,
  empty: { risks: [] },
  questions: [{ kind: 'slot', id: 'risks' }],
  requirements: [
    { field: 'risks', label: 'Vähintään yksi riski', isMet: (d) => d.risks.length > 0 },
    { field: 'risks', label: 'Jokaiselle riskille varautumiskeino', isMet: (d) => d.risks.every((r) => filled(r.mitigation)) },
  ],
  items: (d) => ({
    label: fields.risks.label,
    list: d.risks.map((r, i) => ({
      heading: `Riski ${i + 1}`,
      entries: [
        outlineEntry(fields['risks.risk'], textOrNull(r.risk), `risks.${r.id}.risk`),
        outlineEntry(fields['risks.likelihood'], r.likelihood ? labelOf(RISK_LEVELS, r.likelihood) : null, `risks.${r.id}.likelihood`),
        outlineEntry(fields['risks.impact'], r.impact ? labelOf(RISK_LEVELS, r.impact) : null, `risks.${r.id}.impact`),
        outlineEntry(fields['risks.mitigation'], textOrNull(r.mitigation), `risks.${r.id}.mitigation`),
      ],
    })),
  }),
});
