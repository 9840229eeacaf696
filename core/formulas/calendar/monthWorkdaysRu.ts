import { monthOf } from '../../calendar/index';
import { dateParam, HOLIDAYS, uncovered, WORKDAYS, bothListsRule, outsideRule } from '../../calendar/params';
import { workCalendar, workdaysBetween } from '../../calendar/workCalendar';
import type { FormulaError } from '../../errors';
import { defineFormula } from '../../spec';

const date = dateParam('date', 'дата', 'Любой день месяца', 'Any day of the month');

const both = bothListsRule('MONTH_WORKDAYS_RU', { holidays: '30.01.2026', workdays: '30.01.2026' });
const outside = outsideRule('MONTH_WORKDAYS_RU', date, { date: '15.01.2012' });

/**
 * Working days in the month that holds the date, by the Russian production calendar.
 * @example monthWorkdaysRu(46037, [], []) // 15: January 2026
 */
export function monthWorkdaysRu(
  day: number,
  holidays: readonly number[],
  workdays: readonly number[],
): number | FormulaError {
  const uncoveredDate = uncovered('MONTH_WORKDAYS_RU', [[date, day]]);
  if (uncoveredDate) return uncoveredDate;
  const [first, last] = monthOf(day);
  return workdaysBetween(workCalendar(holidays, workdays), first, last);
}

export const formula = defineFormula({
  id: 'MONTH_WORKDAYS_RU',
  area: 'calendar',
  ru: 'Рабочие дни в месяце, в котором лежит дата, по производственному календарю РФ.',
  en: 'Working days in the month that holds the date, by the Russian production calendar.',
  params: [date, HOLIDAYS, WORKDAYS],
  errors: [outside, both.rule],
  checkLists: both.checkLists,
  result: { shape: 'scalar', ru: 'Рабочих дней в месяце', en: 'Working days in the month' },
  example: { formula: '=MONTH_WORKDAYS_RU("15.01.2026")', result: 15 },
  compute: monthWorkdaysRu,
});
