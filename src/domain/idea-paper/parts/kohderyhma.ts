/** Whom the project helps, how many, and how they are reached. */
import { definePart, filled } from '../part-kit';
import { TARGET_GROUPS } from '../options';

export const KOHDERYHMA = definePart({
  id: 'kohderyhma',
  title: 'Kohderyhmä',
  holds: ['targetGroup'],
  fields: {
    'targetGroup.groups': {
      label: 'Kohderyhmät',
      help: 'Valitse ryhmät, joihin hankkeen osallistujat kuuluvat. Tämä rahoitus on tarkoitettu erityisesti heikommassa asemassa oleville.',
    },
    'targetGroup.otherGroups': {
      label: 'Muu kohderyhmä tai tarkennus',
      help: 'Tarkenna kohderyhmää omin sanoin, jos valmiista vaihtoehdoista ei löydy sopivaa.',
      example: 'Yli 65-vuotiaat, jotka asuvat yksin haja-asutusalueella',
    },
    'targetGroup.participantCount': {
      label: 'Arvioitu osallistujamäärä',
      short: 'Osallistujia arviolta',
      help: 'Kuinka moni ihminen osallistuu toimintaan koko hankkeen aikana? Osallistujiksi lasketaan vain ne, jotka itse hyötyvät toiminnasta, ei henkilökuntaa eikä yleisötilaisuuksien kuulijoita.',
      example: '60',
    },
    'targetGroup.reach': {
      label: 'Miten tavoitatte osallistujat?',
      short: 'Osallistujien tavoittaminen',
      help: 'Missä ja miten kohderyhmän ihmiset saavat tietää toiminnasta? Ajattele myös niitä, jotka eivät käytä nettiä.',
      example: 'Kotiin jaettava tiedote, seurakunnan ja kotihoidon kautta, kyläkaupan ilmoitustaulu.',
      recommended: 800,
    },
    'targetGroup.secondaryGroups': {
      label: 'Välilliset kohderyhmät',
      help: 'Ketkä muut hyötyvät tai ovat mukana, vaikka eivät ole osallistujia? Esimerkiksi ammattilaiset, muut yhdistykset, kunta tai hyvinvointialue.',
      example: 'Kunnan vapaa-aikatoimi, hyvinvointialueen kotihoito, naapurikylien yhdistykset',
      recommended: 600,
    },
  },
  empty: { targetGroup: { groups: [], otherGroups: '', participantCount: '', reach: '', secondaryGroups: '' } },
  questions: [
    { kind: 'checks', path: 'targetGroup.groups', options: TARGET_GROUPS },
    { kind: 'text', path: 'targetGroup.otherGroups' },
    { kind: 'text', path: 'targetGroup.participantCount', input: 'numeric' },
    { kind: 'area', path: 'targetGroup.reach' },
    { kind: 'area', path: 'targetGroup.secondaryGroups', rows: 3 },
  ],
  requirements: [
    { field: 'targetGroup.groups', isMet: (d) => d.targetGroup.groups.length > 0 || filled(d.targetGroup.otherGroups) },
    'targetGroup.participantCount',
    'targetGroup.reach',
    'targetGroup.secondaryGroups',
  ],
});
