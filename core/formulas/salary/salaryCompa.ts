import { payLookup, regionParam, segmentParam } from '../../data/salaries';
import { FormulaError } from '../../errors';
import { defineFormula } from '../../spec';

const lookup = payLookup('SALARY_COMPA');

/**
 * Compa-ratio: a salary / the seed's median pay for the city and segment; 1 is the market median.
 * @example salaryCompa(87000, 'Казань', 'компании') // 1.5 (median 58 000)
 */
export function salaryCompa(salary: number, region: string, segment: string): number | FormulaError {
  const found = lookup.find(region, segment);
  return found instanceof FormulaError ? found : salary / found.pay.median;
}

export const formula = defineFormula({
  id: 'SALARY_COMPA',
  area: 'salary',
  ru: 'Compa-ratio: зарплата / медиана рынка для города и сегмента (данные на 17.05.2024); 100% — на уровне медианы.',
  en: 'Compa-ratio: salary / market median for the city and segment (data of 2024-05-17); 100% is at the median.',
  params: [
    {
      name: 'salary',
      ruName: 'зарплата',
      kind: 'amount',
      ru: 'Зарплата в месяц, ₽',
      en: 'Monthly salary, RUB',
    },
    regionParam,
    segmentParam,
  ],
  errors: lookup.errors,
  result: {
    shape: 'scalar',
    ru: 'Отношение к медиане: 1,1 — на 10% выше',
    en: 'Ratio to the median: 1.1 is 10% above',
  },
  example: { formula: '=SALARY_COMPA(87000, "Казань", "компании")', result: 1.5 },
  compute: salaryCompa,
});
