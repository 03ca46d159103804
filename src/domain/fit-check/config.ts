/**
 * Adjustable settings of the fit check. None of these are programme rules: each carries a
 * Finnish `basis` the UI shows, so users see where a number or word list comes from and
 * that the call notice has the final say (domain README: 🟡 inferred → configurable).
 */
import type { EmphasisId } from '../idea-paper/options';

/** Usual length of a project in months, with the basis shown to users. */
export interface ProjectLengthSetting {
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly basis: string;
}

/** Word stems per emphasised content, used to suggest emphases the texts already touch. */
export interface EmphasisKeywordSetting {
  /**
   * Lowercase Finnish stems. A stem matches where a word starts, so `kulttuuri` finds
   * "kulttuurihyvinvointi" but not "monikulttuurinen"; a stem may contain a space.
   */
  readonly stems: Readonly<Record<EmphasisId, readonly string[]>>;
  readonly basis: string;
}

/** Markers that make a goal look measurable, besides digits and the % sign. */
export interface MeasurabilitySetting {
  /** Lowercase word stems, matched where a word starts. */
  readonly markers: readonly string[];
  readonly basis: string;
}

/** All settings of the fit check. */
export interface FitConfig {
  readonly projectLength: ProjectLengthSetting;
  readonly emphasisKeywords: EmphasisKeywordSetting;
  readonly measurability: MeasurabilitySetting;
}

/** Default settings; pass another FitConfig to evaluateFit to try different values. */
export const DEFAULT_FIT_CONFIG: FitConfig = {
  projectLength: {
    minMonths: 12,
    maxMonths: 36,
    basis:
      'Arvio: pienet hankkeet ovat tavallisesti kestäneet noin 1–3 vuotta. Tämä ei ole sääntö. Haut vaihtelevat, ja kunkin haun hakuilmoitus kertoo, kuinka pitkä hanke voi olla.',
  },
  emphasisKeywords: {
    // Several stems per emphasis because Finnish inflects: "ruoka-apu" vs "ruoka-avun".
    stems: {
      asukaslahtoisyys: ['asukaslähtöi', 'asukasosalli', 'asukasraa', 'kyläläis', 'kylätoimin', 'yhteiskehit'],
      'heikossa-asemassa': [
        'syrjäyty',
        'heikossa asemassa',
        'heikommassa asemassa',
        'huono-osai',
        'päihte',
        'päihde',
        'riippuvuu',
        'asunnott',
      ],
      'luovat-menetelmat': [
        'kulttuuri',
        'taide',
        'taitee',
        'kuvatai',
        'yhteisötai',
        'musiik',
        'luova',
        'luovi',
        'teatter',
        'tanssi',
        'kuoro',
        'laulu',
        'valokuv',
      ],
      // Loneliness is placed here: the emphasis is about wellbeing through doing things together.
      'yhteisollinen-kuntouttava': ['yhteisölli', 'yksinäi', 'vertaistu', 'vertaisryhm', 'kuntoutta', 'kuntoutu', 'kohtaamispaik'],
      'mielen-hyvinvointi': [
        'mielenterv',
        'mielen hyvinv',
        'mielenhyvinv',
        'arjen taid',
        'arjen hallin',
        'arjenhallin',
        'elämänhallin',
        'masennu',
        'ahdistu',
        'jaksami',
      ],
      perheet: ['perhe', 'laps', 'lasten', 'vanhemmuu', 'ylisukupolv'],
      yhdenvertaisuus: [
        'yhdenvertai',
        'syrjin',
        'syrjimät',
        'rasism',
        'vähemmistö',
        'maahanmuut',
        'maahan muutt',
        'kotoutu',
        'romani',
        'sateenkaari',
      ],
      'tyokyky-tyollistyminen': ['työllisty', 'työllisyy', 'työttöm', 'pitkäaikaistyöt', 'työelämä', 'työnhak'],
      'yhteistyo-haavoittuvat': ['haavoittuv', 'verkostoyhteisty', 'moniammatill', 'järjestöyhteisty', 'yhteistyöverkost'],
      'matalan-kynnyksen': ['matalan kynnyk', 'matalankynnyk', 'jalkautu', 'etsivä', 'kotikäyn', 'palveluohjau', 'digitu', 'neuvontapist'],
      'osallistavat-tyomarkkinat': [
        'työtoimin',
        'työkokeil',
        'palkkatu',
        'välityömarkkin',
        'työpaja',
        'sosiaalinen yritys',
        'sosiaalisen yrit',
        'yhteiskunnallinen yritys',
        'yhteiskunnallisen yrit',
      ],
      'tuettu-tyollistyminen': ['työky', 'osatyöky', 'tuettu työ', 'tuetun työ', 'tuettua työ', 'työvalmenn', 'työhönvalmenn'],
      'ruoka-apu': ['ruoka-apu', 'ruoka-avu', 'ruokaapu', 'ruokajak', 'ruokapank', 'ruokakass', 'hävikkiruo', 'yhteisöruo'],
    },
    basis:
      'Sanalista on sovelluksen oma apuväline, ei rahoittajan luettelo. Se etsii teksteistänne sanoja, jotka liittyvät painotettaviin sisältöihin, ja ehdottaa harkittavaksi niitä, joita ette ole vielä valinneet.',
  },
  measurability: {
    markers: [
      'vähintään',
      'enintään',
      'prosent',
      // Change words, as stems so that every form counts: "vahvistuu", "vahvistaa", "vähentää", "vähenee".
      'kasva',
      'lisää',
      'lisäänty',
      'lisäty',
      'enemmän',
      'useampi',
      'vähen',
      'vähemmän',
      'vahvist',
      'parane',
      'parantu',
      'paranta',
      'kohentu',
      'kohenta',
      'helpottu',
      'helpotta',
      'nouse',
      'nost',
      'laske',
      'alene',
      'alenta',
      'pienene',
      'pienentä',
      'laajen',
      'laajent',
      'syvene',
      'vakiintu',
      'juurtu',
      'puolittu',
      'kaksinkertai',
      'kertaa',
      // Numbers written out in words count as well.
      'kaksi',
      'kahde',
      'kolme',
      'neljä',
      'viisi',
      'viide',
      'kuusi',
      'kuude',
      'kymmen',
      'sata',
      'sada',
      'tuhat',
      'tuhan',
    ],
    basis:
      'Tavoite näyttää mitattavalta, jos siinä on luku, prosentti tai muutosta kuvaava sana (esimerkiksi vähintään, kasvaa, vähenee, vahvistuu tai vähentää). Tämä on karkea arvio, jonka tarkoitus on vain muistuttaa.',
  },
};
