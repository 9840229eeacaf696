import { calendar } from '../../calendar/index';
import { dateParam, HOLIDAYS, uncovered, WORKDAYS, bothListsRule, outsideRule } from '../../calendar/params';
import { dayReaching, workCalendar } from '../../calendar/workCalendar';
import type { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula } from '../../spec';

const start = dateParam(
  'start',
  'начало',
  'Дата отсчёта (сама не считается)',
  'The date to count from (not counted itself)',
);

const both = bothListsRule('WORKDAY_RU', { holidays: '30.12.2026', workdays: '30.12.2026' });
const outside = outsideRule('WORKDAY_RU', start, { start: '30.12.2012' });
/** The day sought lies past the calendar's last year. */
const resultOutside = formulaRule(
  rules.resultOutsideCalendar,
  at('WORKDAY_RU'),
  { start: '30.12.2027', days: 5 },
  [calendar().firstYear, calendar().lastYear],
);

/**
 * The date `days` working days after start (before it when negative), start not counted, as WORKDAY;
 * a fractional count is truncated toward zero.
 * @example workdayRu(46386, 1, [], []) // 46398: 30.12.2026 → 11.01.2027
 */
export function workdayRu(
  startDay: number,
  days: number,
  holidays: readonly number[],
  workdays: readonly number[],
): number | FormulaError {
  const uncoveredStart = uncovered('WORKDAY_RU', [[start, startDay]]);
  if (uncoveredStart) return uncoveredStart;
  const steps = Math.trunc(days);
  if (steps === 0) return startDay;
  const cal = workCalendar(holidays, workdays);
  // The running count of working days through the answer: counted on from start, or back from the day before it.
  const target = steps > 0 ? cal.through(startDay) + steps : cal.through(startDay - 1) + steps + 1;
  const found = dayReaching(cal, target);
  if (found !== undefined) return found;
  const { firstYear, lastYear } = calendar();
  return resultOutside.error(firstYear, lastYear);
}

export const formula = defineFormula({
  id: 'WORKDAY_RU',
  area: 'calendar',
  ru: 'Дата через days рабочих дней после начала (до него при отрицательном days) по производственному календарю РФ; начало не считается, как в РАБДЕНЬ.',
  en: 'The date days working days after start (before it when negative) by the Russian production calendar; start itself is not counted, as in WORKDAY.',
  params: [
    start,
    {
      name: 'days',
      ruName: 'рабочих дней',
      kind: 'number',
      ru: 'Сколько рабочих дней отсчитать; дробная часть отбрасывается',
      en: 'How many working days to count; the fraction is dropped',
    },
    HOLIDAYS,
    WORKDAYS,
  ],
  errors: [outside, resultOutside, both.rule],
  checkLists: both.checkLists,
  result: { shape: 'scalar', date: true, ru: 'Дата', en: 'Date' },
  example: { formula: '=WORKDAY_RU("30.12.2026", 1)', result: 46398 },
  compute: workdayRu,
});
