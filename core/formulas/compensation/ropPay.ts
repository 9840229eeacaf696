import { kpiMet, kpiParam } from '../../pay';
import { defineFormula } from '../../spec';
import { tierScheme } from '../../tiers';
import { coefficients, ropBonus, thresholds } from './ropBonus';

/**
 * The head of sales' pay: the fixed salary, the soft salary when KPIs are at 100% or more (the seed's
 * «мягкий оклад»), the bonus = ROP_BONUS(fulfillment, bonus_base, …), and their total.
 * @example ropPay(60000, 20000, 50000, 1.1, 1, [0.8, 1, 1.2], [0, 1, 2, 3]) // [60000, 20000, 100000, 180000]
 */
export function ropPay(
  fixed: number,
  soft: number,
  bonusBase: number,
  fulfillment: number,
  kpiFulfillment: number,
  thresholdList: readonly number[],
  coefficientList: readonly number[],
): [number, number, number, number] {
  const softPaid = kpiMet(kpiFulfillment) ? soft : 0;
  const bonus = ropBonus(fulfillment, bonusBase, thresholdList, coefficientList);
  return [fixed, softPaid, bonus, fixed + softPaid + bonus];
}

const scheme = tierScheme('ROP_PAY', thresholds, coefficients);

export const formula = defineFormula({
  id: 'ROP_PAY',
  area: 'compensation',
  ru: 'Доход РОПа: твёрдый оклад, мягкий оклад (при 100% KPI), бонус по выполнению плана отдела (ROP_BONUS) и итог.',
  en: 'Head of sales pay: fixed salary, soft salary (at 100% of KPIs), the bonus for department plan fulfilment (ROP_BONUS) and the total.',
  params: [
    {
      name: 'fixed',
      ruName: 'твёрдый оклад',
      kind: 'amount',
      ru: 'Твёрдый оклад, ₽ (источник: 40–45% дохода)',
      en: 'Fixed salary, RUB (the seed: 40–45% of pay)',
    },
    {
      name: 'soft',
      ruName: 'мягкий оклад',
      kind: 'amount',
      ru: 'Мягкий оклад, ₽: платится при 100% KPI',
      en: 'Soft salary, RUB: paid at 100% of KPIs',
    },
    {
      name: 'bonus_base',
      ruName: 'база бонуса',
      kind: 'amount',
      ru: 'База бонуса, ₽: умножается на коэффициент ROP_BONUS',
      en: 'Bonus base, RUB: multiplied by the ROP_BONUS coefficient',
    },
    {
      name: 'fulfillment',
      ruName: 'выполнение плана',
      kind: 'ratio',
      ru: 'Выполнение плана отдела, факт / план: 110% или 1,1',
      en: 'Department plan fulfilment, fact / plan: 110% or 1.1',
    },
    kpiParam,
    thresholds,
    coefficients,
  ],
  result: {
    shape: 'row',
    ru: 'Строка: твёрдый оклад, мягкий оклад, бонус, итого',
    en: 'Row: fixed, soft, bonus, total',
    columns: [
      { ru: 'Твёрдый оклад', en: 'Fixed' },
      { ru: 'Мягкий оклад', en: 'Soft' },
      { ru: 'Бонус', en: 'Bonus' },
      { ru: 'Итого', en: 'Total' },
    ],
  },
  example: { formula: '=ROP_PAY(60000, 20000, 50000, 1.1, 1)', result: [[60000, 20000, 100000, 180000]] },
  ...scheme,
  compute: ropPay,
});
