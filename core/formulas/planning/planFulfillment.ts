import { defineFormula } from '../../spec';

/**
 * Plan fulfilment, fact / plan; above 1 when the plan is beaten.
 * @example planFulfillment(1150000, 1000000) // 1.15
 */
export function planFulfillment(fact: number, plan: number): number {
  return fact / plan;
}

export const formula = defineFormula({
  id: 'PLAN_FULFILLMENT',
  area: 'planning',
  ru: 'Выполнение плана: факт / план (больше 100%, если план перевыполнен).',
  en: 'Plan fulfilment: fact / plan (above 100% when the plan is beaten).',
  params: [
    {
      name: 'fact',
      ruName: 'факт',
      kind: 'amount',
      ru: 'Факт за период, ₽ или шт.',
      en: 'Actual for the period, RUB or units',
    },
    {
      name: 'plan',
      ruName: 'план',
      kind: 'divisor',
      ru: 'План за период, в тех же единицах',
      en: 'Plan for the period, in the same units',
    },
  ],
  result: { shape: 'scalar', ru: 'Доля: 115% или 1,15', en: 'Fraction: 115% or 1.15' },
  example: { formula: '=PLAN_FULFILLMENT(1150000, 1000000)', result: 1.15 },
  compute: planFulfillment,
});
