import { monthOf } from '../../calendar/index';
import {
  BOTH_LISTS_NOTE,
  checkBothLists,
  dateParam,
  HOLIDAYS,
  OUTSIDE_NOTE,
  uncovered,
  WORKDAYS,
} from '../../calendar/params';
import { workCalendar, workdaysBetween } from '../../calendar/workCalendar';
import type { FormulaError } from '../../errors';
import { defineFormula } from '../../spec';

const date = dateParam('date', 'дата', 'Любой день месяца', 'Any day of the month');

/**
 * Working days in the month that holds the date, by the Russian production calendar.
 * @example monthWorkdaysRu(46037, [], []) // 15: January 2026
 */
export function monthWorkdaysRu(
  day: number,
  holidays: readonly number[],
  workdays: readonly number[],
): number | FormulaError {
  const outside = uncovered('MONTH_WORKDAYS_RU', [[date, day]]);
  if (outside) return outside;
  const [first, last] = monthOf(day);
  return workdaysBetween(workCalendar(holidays, workdays), first, last);
}

export const formula = defineFormula({
  id: 'MONTH_WORKDAYS_RU',
  area: 'calendar',
  ru: 'Рабочие дни в месяце, в котором лежит дата, по производственному календарю РФ.',
  en: 'Working days in the month that holds the date, by the Russian production calendar.',
  params: [date, HOLIDAYS, WORKDAYS],
  errors: [OUTSIDE_NOTE, BOTH_LISTS_NOTE],
  checkLists: checkBothLists('MONTH_WORKDAYS_RU'),
  result: { shape: 'scalar', ru: 'Рабочих дней в месяце', en: 'Working days in the month' },
  example: { formula: '=MONTH_WORKDAYS_RU("15.01.2026")', result: 15 },
  compute: monthWorkdaysRu,
});
