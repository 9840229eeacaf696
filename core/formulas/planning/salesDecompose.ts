import { defineFormula } from '../../spec';
import { ceilCount } from '../../values';

const asIs = (value: number) => value;

/**
 * Reverse decomposition of a profit target (the seed's «Декомпозиция»): revenue, deals, leads,
 * calls, days. Counts are rounded up step by step, since a fraction of a deal is not a deal.
 * @example salesDecompose(450000, 0.16, 2500, 0.35, 0.5, 50) // [2812500, 1125, 3215, 6430, 129]
 */
export function salesDecompose(
  profitTarget: number,
  margin: number,
  avgCheck: number,
  leadToDeal: number,
  callToLead: number,
  callsPerDay: number | undefined,
  managers: number,
  exact: boolean,
): [number, number, number, number, number | ''] {
  const count = exact ? asIs : ceilCount;
  const revenue = profitTarget / margin;
  const deals = count(revenue / avgCheck);
  const leads = count(deals / leadToDeal);
  const calls = count(leads / callToLead);
  const days = callsPerDay === undefined ? '' : count(calls / (callsPerDay * managers));
  return [revenue, deals, leads, calls, days];
}

export const formula = defineFormula({
  id: 'SALES_DECOMPOSE',
  area: 'planning',
  ru: 'Декомпозиция цели по прибыли: выручка, сделки, лиды, звонки и дни работы. Количества округляются вверх.',
  en: 'Decomposes a profit target into revenue, deals, leads, calls and working days. Counts are rounded up.',
  params: [
    {
      name: 'profit_target',
      ruName: 'цель по прибыли',
      kind: 'amount',
      ru: 'Цель по чистой прибыли, ₽',
      en: 'Net profit target, RUB',
    },
    {
      name: 'margin',
      ruName: 'маржа',
      kind: 'fraction',
      ru: 'Доля прибыли в выручке: 16% или 0,16',
      en: 'Profit share of revenue: 16% or 0.16',
    },
    {
      name: 'avg_check',
      ruName: 'средний чек',
      kind: 'divisor',
      ru: 'Средний чек сделки, ₽',
      en: 'Average deal size, RUB',
    },
    {
      name: 'lead_to_deal',
      ruName: 'конверсия лида в сделку',
      kind: 'fraction',
      ru: 'Конверсия из лида в продажу: 35%',
      en: 'Lead-to-deal conversion: 35%',
    },
    {
      name: 'call_to_lead',
      ruName: 'конверсия звонка в лид',
      kind: 'fraction',
      ru: 'Конверсия из звонка в лид: 50%',
      en: 'Call-to-lead conversion: 50%',
    },
    {
      name: 'calls_per_day',
      ruName: 'звонков в день',
      kind: 'divisor',
      optional: true,
      ru: 'Звонков в день на менеджера; без него дни не считаются',
      en: 'Calls a day per manager; without it days are left blank',
    },
    {
      name: 'managers',
      ruName: 'менеджеров',
      kind: 'divisor',
      optional: true,
      default: 1,
      ru: 'Число менеджеров, по умолчанию 1',
      en: 'Number of managers, default 1',
    },
    {
      name: 'exact',
      ruName: 'без округления',
      kind: 'boolean',
      optional: true,
      default: false,
      ru: 'ИСТИНА — не округлять количества вверх',
      en: 'TRUE to leave counts unrounded',
    },
  ],
  result: {
    shape: 'row',
    ru: 'Строка: выручка, сделки, лиды, звонки, дни',
    en: 'Row: revenue, deals, leads, calls, days',
    columns: [
      { ru: 'Выручка', en: 'Revenue' },
      { ru: 'Сделки', en: 'Deals' },
      { ru: 'Лиды', en: 'Leads' },
      { ru: 'Звонки', en: 'Calls' },
      { ru: 'Дни', en: 'Days' },
    ],
  },
  example: {
    formula: '=SALES_DECOMPOSE(450000, 0.16, 2500, 0.35, 0.5, 50)',
    result: [[2812500, 1125, 3215, 6430, 129]],
  },
  compute: salesDecompose,
});
