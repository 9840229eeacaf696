import { dateParam, HOLIDAYS, uncovered, WORKDAYS, bothListsRule, outsideRule } from '../../calendar/params';
import { workCalendar, workdaysBetween } from '../../calendar/workCalendar';
import type { FormulaError } from '../../errors';
import { defineFormula } from '../../spec';

const start = dateParam('start', 'начало', 'Первый день, включительно', 'First day, included');
const end = dateParam('end', 'конец', 'Последний день, включительно', 'Last day, included');

const both = bothListsRule('WORKDAYS_RU', { holidays: '30.01.2026', workdays: [['30.01.2026']] });
const outside = outsideRule('WORKDAYS_RU', end, { end: '01.01.2028' });

/**
 * Working days from start to end, both included, by the Russian production calendar; negative when end
 * is before start, as NETWORKDAYS. Serial days in, a count out.
 * @example workdaysRu(46023, 46053, [], []) // 15: January 2026
 */
export function workdaysRu(
  startDay: number,
  endDay: number,
  holidays: readonly number[],
  workdays: readonly number[],
): number | FormulaError {
  return (
    uncovered('WORKDAYS_RU', [
      [start, startDay],
      [end, endDay],
    ]) ?? workdaysBetween(workCalendar(holidays, workdays), startDay, endDay)
  );
}

export const formula = defineFormula({
  id: 'WORKDAYS_RU',
  area: 'calendar',
  ru: 'Рабочие дни с начала по конец включительно по производственному календарю РФ (переносы, праздники, рабочие субботы); конец раньше начала — отрицательное число, как ЧИСТРАБДНИ.',
  en: 'Working days from start to end, both included, by the Russian production calendar (moved days off, holidays, working Saturdays); end before start gives a negative count, as NETWORKDAYS.',
  params: [start, end, HOLIDAYS, WORKDAYS],
  errors: [outside, both.rule],
  checkLists: both.checkLists,
  result: { shape: 'scalar', ru: 'Рабочих дней', en: 'Working days' },
  example: { formula: '=WORKDAYS_RU("01.01.2026", "31.01.2026")', result: 15 },
  compute: workdaysRu,
});
