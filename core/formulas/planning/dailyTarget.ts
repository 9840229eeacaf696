import { defineFormula } from '../../spec';

/**
 * What each remaining day must bring to close the plan: max(plan − fact, 0) / days left.
 * 0 once the plan is met.
 * @example dailyTarget(1000000, 640000, 8) // 45000
 */
export function dailyTarget(plan: number, fact: number, daysLeft: number): number {
  return Math.max(plan - fact, 0) / daysLeft;
}

export const formula = defineFormula({
  id: 'DAILY_TARGET',
  area: 'planning',
  ru: 'Сколько нужно приносить каждый оставшийся день, чтобы выполнить план: max(план − факт; 0) / осталось дней.',
  en: 'What each remaining day must bring to meet the plan: max(plan − fact, 0) / days left.',
  params: [
    {
      name: 'plan',
      ruName: 'план',
      kind: 'amount',
      ru: 'План за период, ₽ или шт.',
      en: 'Plan for the period, RUB or units',
    },
    {
      name: 'fact',
      ruName: 'факт',
      kind: 'amount',
      ru: 'Факт с начала периода',
      en: 'Actual since the start of the period',
    },
    {
      name: 'days_left',
      ruName: 'осталось дней',
      kind: 'divisor',
      ru: 'Рабочих дней до конца периода',
      en: 'Working days left in the period',
    },
  ],
  result: { shape: 'scalar', ru: 'В день', en: 'Per day' },
  example: { formula: '=DAILY_TARGET(1000000, 640000, 8)', result: 45000 },
  compute: dailyTarget,
});
