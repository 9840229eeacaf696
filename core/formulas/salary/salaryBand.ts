import { payLookup, regionParam, SALARY_TABLE, segmentParam } from '../../data/salaries';
import { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula, type TextParam } from '../../spec';
import { floorWhole } from '../../values';

export type Stat = 'min' | 'max' | 'median';

const BAND_NAMES = ['I', 'II', 'III', 'IV'];

/**
 * Band by years of experience as a head: < 1 → I, [1, 2) → II, [2, 3) → III, ≥ 3 → IV. A boundary
 * allows the 1e-9 tolerance: 0.9999999999999999 years (11.999999999999998 months / 12) is band II.
 */
export function bandIndex(experienceYears: number): number {
  return Math.min(3, floorWhole(experienceYears));
}

const lookup = payLookup('SALARY_BAND');
/** The city whose agencies the seed gives only a median for (Moscow), as the reference names it. */
const medianOnlyCity = SALARY_TABLE.find((city) => !city.agencies.bands)!;
const medianOnly = formulaRule(
  rules.medianOnly,
  at('SALARY_BAND', regionParam, segmentParam),
  { region: medianOnlyCity.ru, segment: 'агентства' },
  [medianOnlyCity, medianOnlyCity.agencies.median],
);

/**
 * Monthly pay offers for a head of a client-service department: the band's [min, max] or one number.
 * @example salaryBand('Казань', 'компании', 2) // [39000, 66000]
 */
export function salaryBand(
  region: string,
  segment: string,
  experienceYears: number,
  stat?: Stat,
): number | [number, number] | FormulaError {
  const found = lookup.find(region, segment);
  if (found instanceof FormulaError) return found;
  const { city, pay } = found;
  if (stat === 'median') return pay.median;
  const index = bandIndex(experienceYears);
  if (!pay.bands) {
    return medianOnly.error(city, pay.median);
  }
  const [min, max] = pay.bands[index];
  return stat === 'min' ? min : stat === 'max' ? max : [min, max];
}

const stat: TextParam = {
  name: 'stat',
  ruName: 'показатель',
  kind: 'text',
  optional: true,
  choices: {
    min: ['min', 'мин', 'минимум', 'minimum'],
    max: ['max', 'макс', 'максимум', 'maximum'],
    median: ['median', 'медиана'],
  },
  ru: '"min", "max" или "median" ("мин", "макс", "медиана"); без него — строка из двух чисел: мин и макс',
  en: '"min", "max" or "median"; without it, a row of two numbers: min and max',
};

export const formula = defineFormula({
  id: 'SALARY_BAND',
  area: 'salary',
  ru: `Зарплатная вилка руководителя клиентского отдела (₽ в месяц) по городу, сегменту и опыту; данные на 17.05.2024. Диапазоны ${BAND_NAMES.join(', ')}: опыт до 1 года, 1–2, 2–3, от 3 лет.`,
  en: `Monthly pay range (RUB) for a head of a client-service department by city, segment and experience; data of 2024-05-17. Bands ${BAND_NAMES.join(', ')}: under 1 year, 1–2, 2–3, 3+ years.`,
  params: [
    regionParam,
    segmentParam,
    {
      name: 'experience_years',
      ruName: 'опыт, лет',
      kind: 'amount',
      ru: 'Опыт руководителем отдела, лет',
      en: 'Years of experience as a head of department',
    },
    stat,
  ],
  errors: [...lookup.errors, medianOnly],
  result: {
    shape: 'row',
    ru: 'Строка: минимум, максимум — или одно число, если задан stat',
    en: 'Row: min, max — or one number when stat is given',
    columns: [
      { ru: 'Минимум', en: 'Min' },
      { ru: 'Максимум', en: 'Max' },
    ],
    // With a stat each row is one number: a column of N regions gives N×1, no blank column that
    // would still spill over the cells beside it.
    width: (hint) => (hint.given('stat') ? 1 : 2),
  },
  example: { formula: '=SALARY_BAND("Казань", "компании", 2)', result: [[39000, 66000]] },
  compute: salaryBand,
});
