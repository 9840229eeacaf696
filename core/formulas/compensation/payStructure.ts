import type { FormulaError } from '../../errors';
import { fixedShareParam, paySplit, softShareParam } from '../../pay';
import { defineFormula } from '../../spec';

const pay = paySplit('PAY_STRUCTURE');

/**
 * Splits a target pay into fixed, soft and bonus parts (the seed: 30% / 10% / 60% for managers; a head
 * of sales has fixed 40–45%). The bonus is the rest, so the parts add up to the pay.
 * @example payStructure(100000, 0.3, 0.1) // [30000, 10000, 60000]
 */
export function payStructure(
  totalPay: number,
  fixedShare: number,
  softShare: number,
): [number, number, number] | FormulaError {
  return pay.split(totalPay, fixedShare, softShare);
}

export const formula = defineFormula({
  id: 'PAY_STRUCTURE',
  area: 'compensation',
  ru: 'Структура дохода: твёрдый оклад, мягкий оклад (при 100% KPI) и бонус — по умолчанию 30%, 10% и 60%.',
  en: 'Pay structure: fixed salary, soft salary (at 100% of KPIs) and bonus — 30%, 10% and 60% by default.',
  params: [
    {
      name: 'total_pay',
      ruName: 'целевой доход',
      kind: 'amount',
      ru: 'Целевой доход за месяц, ₽',
      en: 'Target monthly pay, RUB',
    },
    fixedShareParam,
    softShareParam,
  ],
  result: {
    shape: 'row',
    ru: 'Строка: твёрдый оклад, мягкий оклад, бонус',
    en: 'Row: fixed, soft, bonus',
    columns: [
      { ru: 'Твёрдый оклад', en: 'Fixed' },
      { ru: 'Мягкий оклад', en: 'Soft' },
      { ru: 'Бонус', en: 'Bonus' },
    ],
  },
  errors: [pay.sharesAboveOne],
  example: { formula: '=PAY_STRUCTURE(100000)', result: [[30000, 10000, 60000]] },
  compute: payStructure,
});
