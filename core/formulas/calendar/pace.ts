import {
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
import { defineFormula } from '../../spec';
import { AS_OF, PLAN } from './planToDate';

const both = bothListsRule('PACE', { holidays: '23.01.2026', workdays: '23.01.2026' });
const outside = outsideRule('PACE', PERIOD_START, { period_start: '01.01.2012' });
const period = periodRules('PACE');

/**
 * The pace of a plan on a date (the seed's «план-прогноз»): plan to date, fulfilment to date, forecast
 * at the current pace in working days, and what each working day left must bring. Before the first
 * working day fulfilment and forecast are blank; with no plan, fulfilment is blank; with no working day
 * left and the plan not met, the daily target is blank.
 * @example pace(300000, 1000000, 46045, undefined, undefined, [], []) // [666666.67, 0.45, 450000, 140000]
 */
export function pace(
  fact: number,
  plan: number,
  asOf: number,
  start: number | undefined,
  end: number | undefined,
  holidays: readonly number[],
  workdays: readonly number[],
): (number | string)[] | FormulaError {
  const done = progress('PACE', period, AS_OF, asOf, start, end, holidays, workdays);
  if (done instanceof FormulaError) return done;
  const { total, elapsed } = done;
  const toDate = elapsed === total ? plan : (plan * elapsed) / total;
  // fact / (plan × elapsed / total), in one division so that 300 000 of 10/15 of 1 000 000 is exactly 0.45.
  const fulfilment = elapsed === 0 || plan === 0 ? '' : (fact * total) / (plan * elapsed);
  const forecast = elapsed === 0 ? '' : (fact * total) / elapsed;
  const remaining = Math.max(plan - fact, 0);
  const daysLeft = total - elapsed;
  const daily = remaining === 0 ? 0 : daysLeft === 0 ? '' : remaining / daysLeft;
  return [toDate, fulfilment, forecast, daily];
}

export const formula = defineFormula({
  id: 'PACE',
  area: 'calendar',
  ru: 'Темп плана на дату по рабочим дням: план на дату, выполнение на дату, прогноз на период при текущем темпе и сколько нужно в каждый оставшийся рабочий день.',
  en: 'The pace of a plan on a date, in working days: plan to date, fulfilment to date, the period’s forecast at the current pace, and what each working day left must bring.',
  params: [
    {
      name: 'fact',
      ruName: 'факт',
      kind: 'amount',
      ru: 'Факт с начала периода по as_of включительно',
      en: 'Actual from the start of the period through as_of',
    },
    PLAN,
    AS_OF,
    PERIOD_START,
    PERIOD_END,
    HOLIDAYS,
    WORKDAYS,
  ],
  errors: [outside, both.rule, period.noWorkdays, period.reversed],
  checkLists: both.checkLists,
  result: {
    shape: 'row',
    ru: 'Темп плана',
    en: 'Pace',
    columns: [
      { ru: 'План на дату', en: 'Plan to date' },
      { ru: 'Выполнение на дату', en: 'Fulfilment to date' },
      { ru: 'Прогноз', en: 'Forecast' },
      { ru: 'Нужно в день', en: 'Daily target' },
    ],
  },
  example: {
    formula: '=PACE(300000, 1500000, "23.01.2026")',
    result: [[1000000, 0.3, 450000, 240000]],
  },
  compute: pace,
});
