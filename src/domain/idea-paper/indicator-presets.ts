/**
 * Ready-made indicators for the measures ESR+ 4.3 projects commonly use: the EU common indicator
 * of total participants, and the two surveys built for 4.3 projects' own follow-up. One tap adds
 * one with its unit and data source filled in; every text stays editable.
 */
import type { Indicator } from './schema';

export interface IndicatorPreset {
  readonly id: string;
  /** The quick-pick button's text. */
  readonly title: string;
  readonly indicator: Omit<Indicator, 'id' | 'goalId'>;
}

export const INDICATOR_PRESETS: readonly IndicatorPreset[] = [
  {
    id: 'eeco01',
    title: 'Osallistujat yhteensä (EECO01)',
    indicator: {
      name: 'Osallistujien määrä yhteensä (EU:n yhteinen indikaattori EECO01)',
      unit: 'henkilöä',
      baseline: '0',
      target: '',
      source: 'Osallistujatiedot EURA2021-palvelussa: osallistuja kirjaa ne itse tai hankkeen työntekijä hänen puolestaan',
    },
  },
  {
    id: 'osallisuusindikaattori',
    title: 'Koettu osallisuus (THL)',
    indicator: {
      name: 'Koettu osallisuus (THL:n osallisuusindikaattori)',
      unit: 'pistettä (0–100)',
      baseline: '',
      target: '',
      source: 'THL:n osallisuusindikaattori: 10 väittämää, kysely toiminnan alussa ja lopussa',
    },
  },
  {
    id: 'kykyviisari',
    title: 'Työ- ja toimintakyky (Kykyviisari)',
    indicator: {
      name: 'Koettu työ- ja toimintakyky (Kykyviisari)',
      unit: 'pistettä',
      baseline: '',
      target: '',
      source: 'Kykyviisari-kysely toiminnan alussa ja lopussa',
    },
  },
];
