/** Who applies, and whom the coordinator can contact (the applicant's data). */
import { LEGAL_FORMS } from '../options';
import { definePart, filled } from '../part-kit';

export const HAKIJA = definePart({
  id: 'hakija',
  title: 'Hakija',
  holds: ['applicant'],
  fields: {
    'applicant.name': {
      label: 'Hakijan nimi',
      help: 'Yhdistyksen tai muun hakijan virallinen nimi, kuten se on rekisterissä.',
      example: 'Kylätoiminta Kuopion Seutu ry',
    },
    'applicant.legalForm': {
      label: 'Oikeudellinen muoto',
      help: 'Millainen toimija hakija on. Rahoitusta voivat hakea oikeushenkilöt, esimerkiksi rekisteröity yhdistys, säätiö tai kunta.',
    },
    'applicant.businessId': {
      label: 'Y-tunnus',
      help: 'Löydät Y-tunnuksen yhdistysrekisteristä tai YTJ-palvelusta. Muoto on seitsemän numeroa, viiva ja tarkistusnumero.',
      example: '1234567-1',
    },
    'applicant.contactPerson': {
      label: 'Yhteyshenkilö',
      help: 'Kuka vastaa kysymyksiin hankeideasta? Kirjoita nimi ja tehtävä yhdistyksessä.',
      example: 'Maija Virtanen, hallituksen puheenjohtaja',
    },
    'applicant.email': {
      label: 'Sähköposti',
      help: 'Osoite, johon koordinaattori voi vastata.',
      example: 'maija.virtanen@esimerkki.fi',
    },
    'applicant.phone': {
      label: 'Puhelin',
      help: 'Numero, josta yhteyshenkilön tavoittaa.',
      example: '040 123 4567',
    },
    'applicant.experience': {
      label: 'Aiempi hankekokemus',
      help: 'Onko yhdistyksellä ollut aiemmin hankkeita tai avustuksia? Mitä ne olivat ja mitä niistä opittiin? Jos kokemusta ei ole, kerro se rohkeasti: se ei estä hakemista.',
      example: 'Saimme vuonna 2023 kunnalta avustuksen kesäleiriin, johon osallistui 25 nuorta.',
      recommended: 800,
    },
  },
  empty: { applicant: { name: '', legalForm: '', businessId: '', contactPerson: '', email: '', phone: '', experience: '' } },
  questions: [
    { kind: 'text', path: 'applicant.name', autoComplete: 'organization' },
    { kind: 'select', path: 'applicant.legalForm', options: LEGAL_FORMS },
    { kind: 'text', path: 'applicant.businessId' },
    { kind: 'text', path: 'applicant.contactPerson', autoComplete: 'name' },
    { kind: 'text', path: 'applicant.email', input: 'email', autoComplete: 'email' },
    { kind: 'text', path: 'applicant.phone', input: 'tel', autoComplete: 'tel' },
    { kind: 'area', path: 'applicant.experience' },
  ],
  requirements: [
    'applicant.name',
    'applicant.legalForm',
    'applicant.businessId',
    'applicant.contactPerson',
    { field: 'applicant.email', label: 'Sähköposti tai puhelin', isMet: (d) => filled(d.applicant.email) || filled(d.applicant.phone) },
    'applicant.experience',
  ],
});
