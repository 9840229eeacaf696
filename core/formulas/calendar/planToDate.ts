import {
  dateParam,
  HOLIDAYS,
  PERIOD_END,
  PERIOD_START,
  progress,
  WORKDAYS,
  bothListsRule,
  outsideRule,
  periodRules,
} from '../../calendar/params';
import { FormulaError } from '../../errors';
import { defineFormula, type NumberParam } from '../../spec';

export const AS_OF: NumberParam = dateParam(
  'as_of',
  'на дату',
  'Дата отчёта: её результаты уже в факте (для утренней планёрки — вчера)',
  'Report date: its results are in the fact (for a morning meeting, yesterday)',
);

export const PLAN: NumberParam = {
  name: 'plan',
  ruName: 'план',
  kind: 'amount',
  ru: 'План на период, ₽ или шт.',
  en: 'Plan for the period, RUB or units',
};

const both = bothListsRule('PLAN_TO_DATE', { holidays: '23.01.2026', workdays: '23.01.2026' });
const outside = outsideRule('PLAN_TO_DATE', AS_OF, { as_of: '23.01.2028' });
const period = periodRules('PLAN_TO_DATE');

/**
 * The part of the plan due by the end of as_of, the plan spread evenly over the period's working days:
 * plan × working days elapsed / working days of the period.
 * @example planToDate(1000000, 46045, undefined, undefined, [], []) // 666 666.67: 10 of January 2026's 15
 */
export function planToDate(
  plan: number,
  asOf: number,
  start: number | undefined,
  end: number | undefined,
  holidays: readonly number[],
  workdays: readonly number[],
): number | FormulaError {
  const done = progress('PLAN_TO_DATE', period, AS_OF, asOf, start, end, holidays, workdays);
  if (done instanceof FormulaError) return done;
  return done.elapsed === done.total ? plan : (plan * done.elapsed) / done.total;
}

export const formula = defineFormula({
  id: 'PLAN_TO_DATE',
  area: 'calendar',
  ru: 'План на дату: часть плана, которая должна быть сделана к концу дня as_of, если план распределён поровну по рабочим дням периода (по умолчанию — месяца as_of).',
  en: 'Plan to date: the part of the plan due by the end of as_of, the plan spread evenly over the working days of the period (by default as_of’s month).',
  params: [PLAN, AS_OF, PERIOD_START, PERIOD_END, HOLIDAYS, WORKDAYS],
  errors: [outside, both.rule, period.noWorkdays, period.reversed],
  checkLists: both.checkLists,
  result: { shape: 'scalar', ru: 'План на дату', en: 'Plan to date' },
  example: { formula: '=PLAN_TO_DATE(1500000, "23.01.2026")', result: 1000000 },
  compute: planToDate,
});
