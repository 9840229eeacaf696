import { defineFormula } from '../../spec';

/**
 * Profit over a client's life (the seed's LTV): average revenue per period × margin × lifetime in
 * periods. A lifetime is about 1 / CHURN_RATE periods.
 * @example ltv(150000, 0.25, 18) // 675000
 */
export function ltv(avgRevenuePerPeriod: number, margin: number, lifetimePeriods: number): number {
  return avgRevenuePerPeriod * margin * lifetimePeriods;
}

export const formula = defineFormula({
  id: 'LTV',
  area: 'kpi',
  ru: 'LTV — прибыль за «жизнь» клиента: средняя выручка за период × маржа × срок жизни в периодах (≈ 1 / CHURN_RATE).',
  en: 'LTV — profit over a client’s life: average revenue per period × margin × lifetime in periods (≈ 1 / CHURN_RATE).',
  params: [
    {
      name: 'avg_revenue_per_period',
      ruName: 'средняя выручка за период',
      kind: 'amount',
      ru: 'Средняя выручка с клиента за период (месяц), ₽',
      en: 'Average revenue from the client per period (month), RUB',
    },
    // Nothing divides by the margin here: a zero margin is a zero LTV, not #DIV/0!.
    {
      name: 'margin',
      ruName: 'маржа',
      kind: 'share',
      ru: 'Доля прибыли в выручке: 25% или 0,25',
      en: 'Profit share of revenue: 25% or 0.25',
    },
    {
      name: 'lifetime_periods',
      ruName: 'срок жизни клиента',
      kind: 'amount',
      ru: 'Сколько периодов клиент остаётся с вами',
      en: 'How many periods the client stays',
    },
  ],
  result: { shape: 'scalar', ru: 'LTV, ₽', en: 'LTV, RUB' },
  example: { formula: '=LTV(150000, 0.25, 18)', result: 675000 },
  compute: ltv,
});
