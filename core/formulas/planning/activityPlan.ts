import { defineFormula } from '../../spec';
import { ceilCount } from '../../values';

/**
 * Daily activity per manager (the seed's «счётчики»: calls, meetings, invoices a day), rounded up:
 * 49.8 calls a day means 50.
 * @example activityPlan(6430, 2, 22, false) // 147 (6 430 / 44 = 146.1)
 */
export function activityPlan(total: number, managers: number, workingDays: number, exact: boolean): number {
  const perDay = total / (managers * workingDays);
  return exact ? perDay : ceilCount(perDay);
}

export const formula = defineFormula({
  id: 'ACTIVITY_PLAN',
  area: 'planning',
  ru: 'Дневная норма активности на менеджера («счётчики»: звонки, встречи, счета в день): всего / (менеджеров × рабочих дней), с округлением вверх.',
  en: 'Daily activity per manager (calls, meetings, invoices a day): total / (managers × working days), rounded up.',
  params: [
    {
      name: 'total',
      ruName: 'всего',
      kind: 'amount',
      ru: 'Сколько нужно за период: звонков, встреч, счетов',
      en: 'How many are needed in the period: calls, meetings, invoices',
    },
    {
      name: 'managers',
      ruName: 'менеджеров',
      kind: 'divisor',
      ru: 'Число менеджеров',
      en: 'Number of managers',
    },
    {
      name: 'working_days',
      ruName: 'рабочих дней',
      kind: 'divisor',
      ru: 'Рабочих дней в периоде',
      en: 'Working days in the period',
    },
    {
      name: 'exact',
      ruName: 'без округления',
      kind: 'boolean',
      optional: true,
      default: false,
      ru: 'ИСТИНА — не округлять вверх',
      en: 'TRUE to leave the result unrounded',
    },
  ],
  result: { shape: 'scalar', ru: 'В день на менеджера', en: 'Per manager per day' },
  example: { formula: '=ACTIVITY_PLAN(6430, 2, 22)', result: 147 },
  compute: activityPlan,
});
