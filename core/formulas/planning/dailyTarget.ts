import type { FormulaError } from '../../errors';
import { at, defineRule, formulaRule } from '../../messages';
import { defineFormula, type NumberParam } from '../../spec';
import { isAbove } from '../../values';

const FN = 'DAILY_TARGET';
const daysLeftParam: NumberParam = {
  name: 'days_left',
  ruName: 'осталось дней',
  kind: 'amount',
  ru: 'Рабочих дней до конца периода',
  en: 'Working days left in the period',
};

/** No days left for a plan not met yet: nothing to divide the rest by (a plan met needs 0). */
const noDaysLeft = formulaRule(
  defineRule('noDaysLeft', {
    kind: '#DIV/0!',
    when: ({ args: [days] }) => ({
      ru: `значение «${days.ruName}» (${days.name}) — ноль, а план ещё не выполнен`,
      en: `${days.name} is zero and the plan is not met yet`,
    }),
    says: ({ fn, args: [days] }) => ({
      ru: `${fn}: значение «${days.ruName}» (${days.name}) — ноль, а план ещё не выполнен: остаток не на что разделить`,
      en: `${fn}: ${days.name} is zero and the plan is not met yet: nothing to divide the rest by`,
    }),
    sample: () => [],
  }),
  at(FN, daysLeftParam),
  { days_left: 0 },
);

/**
 * What each remaining day must bring to close the plan: max(plan − fact, 0) / days left.
 * A plan already met needs 0, even on the last day with no days left (SPEC.md §2).
 * @example dailyTarget(1000000, 640000, 8) // 45000
 */
export function dailyTarget(plan: number, fact: number, daysLeft: number): number | FormulaError {
  if (!isAbove(plan, fact)) return 0;
  if (daysLeft === 0) return noDaysLeft.error();
  return (plan - fact) / daysLeft;
}

export const formula = defineFormula({
  id: FN,
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
    daysLeftParam,
  ],
  errors: [noDaysLeft],
  result: { shape: 'scalar', ru: 'В день', en: 'Per day' },
  example: { formula: '=DAILY_TARGET(1000000, 640000, 8)', result: 45000 },
  compute: dailyTarget,
});
