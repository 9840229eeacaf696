import { isCovered, shortenedThrough, workdaysThrough } from '../../calendar/index';
import { dateParam, outsideRule, uncovered } from '../../calendar/params';
import type { FormulaError } from '../../errors';
import { defineFormula } from '../../spec';

const start = dateParam('start', 'начало', 'Первый день, включительно', 'First day, included');
const end = dateParam('end', 'конец', 'Последний день, включительно', 'Last day, included');

/** Working days and shortened days from `first` to `last`, both included (first ≤ last). */
const counted = (first: number, last: number) => [
  workdaysThrough(last) - workdaysThrough(first - 1),
  shortenedThrough(last) - shortenedThrough(first - 1),
];

const outside = outsideRule('WORKHOURS_RU', start, { start: '01.01.2028', end: '31.12.2028' });

/**
 * The working-time norm in hours: weekly_hours / 5 a working day, one hour less on each shortened
 * pre-holiday day (Labour Code art. 95); negative when end is before start.
 * @example workhoursRu(46023, 46387, 40) // 1972: 2026
 */
export function workhoursRu(startDay: number, endDay: number, weeklyHours: number): number | FormulaError {
  if (!isCovered(startDay) || !isCovered(endDay))
    return uncovered('WORKHOURS_RU', [
      [start, startDay],
      [end, endDay],
    ])!;
  const sign = startDay <= endDay ? 1 : -1;
  const [days, shortened] = sign > 0 ? counted(startDay, endDay) : counted(endDay, startDay);
  return sign * ((days * weeklyHours) / 5 - shortened);
}

export const formula = defineFormula({
  id: 'WORKHOURS_RU',
  area: 'calendar',
  ru: 'Норма рабочего времени в часах с начала по конец включительно по производственному календарю РФ: недельная норма / 5 за рабочий день, на час меньше в каждый предпраздничный день.',
  en: 'The working-time norm in hours from start to end, both included, by the Russian production calendar: weekly hours / 5 per working day, one hour less on each shortened pre-holiday day.',
  params: [
    start,
    end,
    {
      name: 'weekly_hours',
      ruName: 'часов в неделю',
      kind: 'amount',
      max: 40,
      optional: true,
      default: 40,
      ru: 'Норма часов в неделю: 40, 36, 24…',
      en: 'Weekly hours: 40, 36, 24…',
    },
  ],
  errors: [outside],
  result: { shape: 'scalar', ru: 'Часов', en: 'Hours' },
  example: { formula: '=WORKHOURS_RU("01.01.2026", "31.12.2026")', result: 1972 },
  compute: workhoursRu,
});
