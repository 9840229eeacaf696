/**
 * What the working-day and pace formulas share: date parameters, the optional `holidays` / `workdays`
 * lists, the coverage check (SPEC.md §2, "Working days"), and the working days of a period elapsed by a
 * date.
 */
import { FormulaError } from '../errors';
import { messages, type Named } from '../messages';
import type { ErrorNote, ListParam, Lists, NumberParam } from '../spec';
import { calendar, isCovered, monthOf } from './index';
import { workCalendar, workdaysBetween } from './workCalendar';

export const dateParam = (
  name: string,
  ruName: string,
  ru: string,
  en: string,
  optional?: boolean,
): NumberParam => ({ name, ruName, kind: 'date', ru, en, ...(optional ? { optional } : {}) });

export const HOLIDAYS: ListParam = {
  name: 'holidays',
  ruName: 'доп. выходные',
  kind: 'list',
  of: 'date',
  optional: true,
  default: [],
  mayBeEmpty: true,
  ru: 'Дополнительные выходные поверх календаря (региональные, корпоративные): список дат',
  en: 'Extra days off on top of the calendar (regional, company): a list of dates',
};

export const WORKDAYS: ListParam = {
  name: 'workdays',
  ruName: 'доп. рабочие дни',
  kind: 'list',
  of: 'date',
  optional: true,
  default: [],
  mayBeEmpty: true,
  ru: 'Дополнительные рабочие дни поверх календаря: список дат',
  en: 'Extra working days on top of the calendar: a list of dates',
};

/** A date in both lists could be neither: said once per call, naming the date. */
export function checkBothLists(fn: string) {
  return (lists: Lists): FormulaError | undefined => {
    const off = new Set(lists.holidays ?? []);
    const both = (lists.workdays ?? []).find((day) => off.has(day));
    return both === undefined ? undefined : messages.dateInBothLists(fn, HOLIDAYS, WORKDAYS, both);
  };
}

export const OUTSIDE_NOTE: ErrorNote = {
  kind: '#N/A',
  ru: 'дата вне производственного календаря (2013–2027 годы)',
  en: 'a date outside the production calendar (2013–2027)',
};

export const BOTH_LISTS_NOTE: ErrorNote = {
  kind: '#VALUE!',
  ru: 'одна и та же дата и в holidays, и в workdays',
  en: 'the same date in both holidays and workdays',
};

/** The #N/A of the first date given that the calendar does not cover, naming its argument. */
export function uncovered(fn: string, dates: readonly (readonly [Named, number | undefined])[]) {
  for (const [param, serial] of dates) {
    if (serial !== undefined && !isCovered(serial)) {
      const { firstYear, lastYear } = calendar();
      return messages.outsideCalendar({ fn, param }, serial, firstYear, lastYear);
    }
  }
  return undefined;
}

export const PERIOD_START = dateParam(
  'period_start',
  'начало периода',
  'Первый день периода плана; по умолчанию 1-е число месяца as_of',
  'First day of the plan period; defaults to the 1st of as_of’s month',
  true,
);
export const PERIOD_END = dateParam(
  'period_end',
  'конец периода',
  'Последний день периода плана; по умолчанию последний день месяца as_of',
  'Last day of the plan period; defaults to the last day of as_of’s month',
  true,
);

export const NO_WORKDAYS_NOTE: ErrorNote = {
  kind: '#DIV/0!',
  ru: 'в периоде нет ни одного рабочего дня',
  en: 'the period has no working day',
};

export const REVERSED_NOTE: ErrorNote = {
  kind: '#NUM!',
  ru: 'конец периода раньше начала',
  en: 'the period ends before it starts',
};

/** Working days of the plan period, and those of them up to and including `asOf`. */
export interface Progress {
  total: number;
  elapsed: number;
}

export function progress(
  fn: string,
  asOfParam: Named,
  asOf: number,
  start: number | undefined,
  end: number | undefined,
  holidays: readonly number[],
  workdays: readonly number[],
): Progress | FormulaError {
  const outside = uncovered(fn, [
    [asOfParam, asOf],
    [PERIOD_START, start],
    [PERIOD_END, end],
  ]);
  if (outside) return outside;
  const [monthStart, monthEnd] = monthOf(asOf);
  const first = start ?? monthStart;
  const last = end ?? monthEnd;
  if (last < first) return messages.partExceedsWhole(fn, PERIOD_START, PERIOD_END);
  const cal = workCalendar(holidays, workdays);
  const total = workdaysBetween(cal, first, last);
  if (total === 0) return messages.noWorkdaysInPeriod(fn, first, last);
  const elapsed = asOf < first ? 0 : asOf >= last ? total : workdaysBetween(cal, first, asOf);
  return { total, elapsed };
}
