/**
 * Plain letter-of-intent (aiesopimus) template per partner, generated from the draft. The
 * user edits it freely; the edited text is kept in `draft.letters[partnerId]`.
 */
import { stripBidiControls } from '../idea-paper/goals';
import type { Draft, Partner } from '../idea-paper/schema';

const month = (m: string) => {
  const match = /^(\d{4})-(\d{2})$/.exec(m);
  return match ? `${Number(match[2])}/${match[1]}` : '…';
};
const or = (s: string, fallback: string) => (s.trim() ? s.trim() : fallback);

/** The generated template text for one partner. */
export function letterOfIntentTemplate(draft: Draft, partner: Partner): string {
  const applicant = or(draft.applicant.name, '[hakijan nimi]');
  const project = or(draft.project.name, '[hankkeen nimi]');
  return [
    'AIESOPIMUS',
    '',
    `Osapuolet: ${applicant} (hakija) ja ${or(partner.name, '[kumppanin nimi]')} (kumppani)`,
    '',
    `Hanke: ${project}`,
    `Suunniteltu hankeaika: ${month(draft.project.startMonth)} – ${month(draft.project.endMonth)}`,
    '',
    `${or(partner.name, 'Kumppani')} ilmoittaa aikovansa osallistua hankkeeseen, jos hanke saa rahoituksen Uudistuva ja osaava Suomi 2021–2027 -ohjelman ESR+-rahoituksesta.`,
    '',
    `Kumppanin rooli ja panos hankkeessa: ${or(partner.role, '[kuvaa rooli ja panos, esimerkiksi tilat, työaika tai rahoitusosuus]')}`,
    '',
    'Aiesopimus ei ole sitova sopimus. Yhteistyön yksityiskohdista sovitaan tarkemmin, kun rahoituspäätös on tehty.',
    '',
    'Paikka ja aika: ______________________',
    '',
    `${applicant}: ______________________`,
    '',
    `${or(partner.name, 'Kumppani')}: ______________________`,
    '',
  ].join('\n');
}

/** The text to show and export: the user's edit, or the template when not edited. */
export function letterOfIntentText(draft: Draft, partner: Partner): string {
  return stripBidiControls(draft.letters[partner.id] ?? letterOfIntentTemplate(draft, partner));
}
