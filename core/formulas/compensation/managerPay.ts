import {
  type CommissionMode,
  modeParam,
  planParam,
  ratesParam,
  revenueParam,
  thresholdsParam,
} from '../../commission';
import { FormulaError } from '../../errors';
import { fixedShareParam, kpiMet, kpiParam, paySplit, softShareParam } from '../../pay';
import { defineFormula } from '../../spec';
import { tierScheme } from '../../tiers';
import { salesCommission } from './salesCommission';

/**
 * A manager's pay for the period: fixed = target × fixed share; soft = target × soft share when KPIs are
 * at 100% or more, else 0; commission = SALES_COMMISSION; and their total. Shares adding up to more than
 * 100% are refused as in PAY_STRUCTURE.
 * @example managerPay(100000, 1, 1200000, 1000000, 0.3, 0.1, [0.8, 1], [0, 0.01, 0.02], 'retro') // [30000, 10000, 24000, 64000]
 */
const pay = paySplit('MANAGER_PAY');
const scheme = tierScheme('MANAGER_PAY', thresholdsParam, ratesParam);

export function managerPay(
  targetPay: number,
  kpiFulfillment: number,
  revenue: number,
  plan: number,
  fixedShare: number,
  softShare: number,
  thresholds: readonly number[],
  rates: readonly number[],
  mode: CommissionMode,
): [number, number, number, number] | FormulaError {
  const parts = pay.split(targetPay, fixedShare, softShare);
  if (parts instanceof FormulaError) return parts;
  const [fixed, softTarget] = parts;
  const soft = kpiMet(kpiFulfillment) ? softTarget : 0;
  const commission = salesCommission(revenue, plan, thresholds, rates, mode);
  return [fixed, soft, commission, fixed + soft + commission];
}

export const formula = defineFormula({
  id: 'MANAGER_PAY',
  area: 'compensation',
  ru: 'Доход менеджера: твёрдый оклад, мягкий оклад (при 100% KPI), процент от выручки (SALES_COMMISSION) и итог.',
  en: 'A manager’s pay: fixed salary, soft salary (at 100% of KPIs), commission (SALES_COMMISSION) and the total.',
  params: [
    {
      name: 'target_pay',
      ruName: 'целевой доход',
      kind: 'amount',
      ru: 'Целевой доход за месяц, ₽: от него считаются оклады',
      en: 'Target monthly pay, RUB: the salaries are its shares',
    },
    kpiParam,
    revenueParam,
    planParam,
    fixedShareParam,
    softShareParam,
    thresholdsParam,
    ratesParam,
    modeParam,
  ],
  result: {
    shape: 'row',
    ru: 'Строка: твёрдый оклад, мягкий оклад, комиссия, итого',
    en: 'Row: fixed, soft, commission, total',
    columns: [
      { ru: 'Твёрдый оклад', en: 'Fixed' },
      { ru: 'Мягкий оклад', en: 'Soft' },
      { ru: 'Комиссия', en: 'Commission' },
      { ru: 'Итого', en: 'Total' },
    ],
  },
  example: { formula: '=MANAGER_PAY(100000, 1, 1200000, 1000000)', result: [[30000, 10000, 24000, 64000]] },
  errors: [pay.sharesAboveOne, ...scheme.errors],
  checkLists: scheme.checkLists,
  compute: managerPay,
});
