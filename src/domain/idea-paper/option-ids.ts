/**
 * The stored ids of the choice lists the schema checks, without their Finnish labels: the first
 * screen validates drafts but shows none of these labels, so it does not download them. The
 * labelled lists in options.ts must have exactly these ids (checked at compile time there).
 */
export const LEGAL_FORM_IDS = [
  'ry',
  'saatio',
  'osuuskunta',
  'oy',
  'kunta',
  'hyvinvointialue',
  'seurakunta',
  'valtio',
  'rekisteroimaton',
  'toiminimi',
  'muu',
] as const;
export const PRINCIPLE_IDS = ['kestava-kehitys', 'tasa-arvo', 'yhdenvertaisuus', 'digitaalisuus', 'kansainvalisyys'] as const;
export const PARTICIPANT_DATA_IDS = ['itse', 'henkilosto', 'molemmat'] as const;
export const LOI_STATUS_IDS = ['ei', 'neuvotteilla', 'sovittu'] as const;
export const RISK_LEVEL_IDS = ['pieni', 'kohtalainen', 'suuri'] as const;
export const COST_MODEL_IDS = ['flat40', 'lumpSum'] as const;
