/**
 * Names a place in a draft in Finnish, for import messages: ['actions', 2, 'title'] →
 * "Toimenpiteet, kohta 3: Toimenpiteen nimi".
 */
import { FIELDS, type FieldText } from '../idea-paper/fields';

const SECTION_NAMES: Record<string, string> = {
  applicant: 'Hakija',
  project: 'Hanke',
  need: 'Tarve',
  targetGroup: 'Kohderyhmä',
  subGoals: 'Osatavoitteet',
  actions: 'Toimenpiteet',
  results: 'Tulokset',
  indicators: 'Mittarit',
  partners: 'Kumppanit',
  resources: 'Resurssit',
  risks: 'Riskit',
  principles: 'Läpileikkaavat periaatteet',
  budget: 'Talous',
  staff: 'Henkilöstö',
  financing: 'Omarahoituksen lähteet',
  fit: 'Sopivuus',
  emphases: 'Painotettavat sisällöt',
  objectives: 'Toimintalinjan tavoitteet',
  selfAssessment: 'Oma arvio',
  comments: 'Kommentit',
  review: 'Koordinaattorin versio',
  nextSteps: 'Mitä seuraavaksi?',
  letters: 'Aiesopimukset',
  schemaVersion: 'Tiedostomuodon versio',
  id: 'Tunniste',
  createdAt: 'Luontiaika',
  updatedAt: 'Muokkausaika',
};

const fields = FIELDS as Record<string, FieldText>;
/**
 * Own entries only: a path can hold any key a file uses in a record (e.g. "toString"),
 * and a plain lookup would find Object.prototype's function and print its source.
 */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Finnish name of a path in a draft. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'Luonnos';
  const parts: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const p = path[i]!;
    if (typeof p === 'number') {
      parts.push(`kohta ${p + 1}`);
      continue;
    }
    names.push(p);
    const label = own(fields, names.join('.'))?.label ?? own(fields, [names[0], p].join('.'))?.label;
    parts.push(label ?? own(SECTION_NAMES, p) ?? `”${p}”`);
  }
  // "Hakija: Sähköposti" reads better than a chain of every level.
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')}: ${parts.at(-1)}` : parts[0]!;
}
