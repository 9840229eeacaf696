import { defineFormula } from '../../spec';
import { ceilCount } from '../../values';

/**
 * How many managers a plan needs in a period: activity / (per manager per day × working days), rounded
 * up — the number a head of sales hires to, where SALES_DECOMPOSE's days are one manager's time.
 * @example managersNeeded(6430, 50, 22, false) // 6 (5.85)
 */
export function managersNeeded(
  activity: number,
  perManagerPerDay: number,
  workingDays: number,
  exact: boolean,
): number {
  const managers = activity / (perManagerPerDay * workingDays);
  return exact ? managers : ceilCount(managers);
}

export const formula = defineFormula({
  id: 'MANAGERS_NEEDED',
  area: 'funnel',
  ru: 'Сколько менеджеров нужно на план за период: объём / (норма на менеджера в день × рабочих дней), с округлением вверх.',
  en: 'How many managers a plan needs in a period: activity / (per manager per day × working days), rounded up.',
  params: [
    {
      name: 'activity',
      ruName: 'объём',
      kind: 'amount',
      ru: 'Сколько нужно сделать за период: звонков, встреч (SALES_DECOMPOSE, REVERSE_FUNNEL)',
      en: 'How much the period needs: calls, meetings (SALES_DECOMPOSE, REVERSE_FUNNEL)',
    },
    {
      name: 'per_manager_per_day',
      ruName: 'норма в день',
      kind: 'divisor',
      ru: 'Сколько один менеджер делает за рабочий день: 50 звонков',
      en: 'What one manager does in a working day: 50 calls',
    },
    {
      name: 'working_days',
      ruName: 'рабочих дней',
      kind: 'divisor',
      ru: 'Рабочих дней в периоде (MONTH_WORKDAYS_RU)',
      en: 'Working days in the period (MONTH_WORKDAYS_RU)',
    },
    {
      name: 'exact',
      ruName: 'без округления',
      kind: 'boolean',
      optional: true,
      default: false,
      ru: 'ИСТИНА — не округлять вверх (5,85 вместо 6)',
      en: 'TRUE to leave the count unrounded (5.85 instead of 6)',
    },
  ],
  result: { shape: 'scalar', ru: 'Менеджеров', en: 'Managers' },
  example: { formula: '=MANAGERS_NEEDED(6430, 50, 22)', result: 6 },
  compute: managersNeeded,
});
