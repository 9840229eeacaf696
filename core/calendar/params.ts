/**
 * What the working-day and pace formulas share: date parameters, the optional `holidays` / `workdays`
 * lists, the coverage check (SPEC.md §2, "Working days"), and the working days of a period elapsed by a
 * date.
 */
import type { FormulaError } from '../errors';
import { at, type FormulaRule, formulaRule, type Named, rules } from '../messages';
import type { ListParam, Lists, NumberParam } from '../spec';
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

/**
 * A date in both lists could be neither: said once per call, naming the date. `trigger` puts one date
 * in both lists of formula `fn`'s example.
 */
export function bothListsRule(fn: string, trigger: Readonly<Record<string, unknown>>) {
  const rule = formulaRule(rules.dateInBothLists, at(fn, HOLIDAYS, WORKDAYS), trigger);
  const checkLists = (lists: Lists): FormulaError | undefined => {
    const off = new Set(lists.holidays ?? []);
    const both = (lists.workdays ?? []).find((day) => off.has(day));
    return both === undefined ? undefined : rule.error(both);
  };
  return { rule, checkLists };
}

/**
 * The reference's line for dates the calendar does not cover, with `param` the date argument `trigger`
 * puts outside it; `uncovered` gives the error for whichever date argument is outside.
 */
export function outsideRule(fn: string, param: Named, trigger: Readonly<Record<string, unknown>>) {
  const { firstYear, lastYear } = calendar();
  return formulaRule(rules.outsideCalendar, at(fn, param), trigger, [undefined, firstYear, lastYear]);
}

/** The #N/A of the first date given that the calendar does not cover, naming its argument. */
export function uncovered(fn: string, dates: readonly (readonly [Named, number | undefined])[]) {
  for (const [param, serial] of dates) {
    if (serial !== undefined && !isCovered(serial)) {
      const { firstYear, lastYear } = calendar();
      return rules.outsideCalendar.error(at(fn, param), serial, firstYear, lastYear);
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

/** A plan period's own rules: it ends before it starts, or has no working day. */
export interface PeriodRules {
  reversed: FormulaRule<[]>;
  noWorkdays: FormulaRule<[start: number, end: number]>;
}

export function periodRules(fn: string): PeriodRules {
  const period = at(fn, PERIOD_START, PERIOD_END);
  return {
    reversed: formulaRule(rules.partExceedsWhole, period, {
      as_of: '23.01.2026',
      period_start: '31.01.2026',
      period_end: '01.01.2026',
    }),
    // The New Year holidays of 2026: 1–11 January have no working day.
    noWorkdays: formulaRule(rules.noWorkdaysInPeriod, period, {
      as_of: '05.01.2026',
      period_start: '01.01.2026',
      period_end: '11.01.2026',
    }),
  };
}

/** Working days of the plan period, and those of them up to and including `asOf`. */
export interface Progress {
  total: number;
  elapsed: number;
}

export function progress(
  fn: string,
  period: PeriodRules,
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
  if (last < first) return period.reversed.error();
  const cal = workCalendar(holidays, workdays);
  const total = workdaysBetween(cal, first, last);
  if (total === 0) return period.noWorkdays.error(first, last);
  const elapsed = asOf < first ? 0 : asOf >= last ? total : workdaysBetween(cal, first, asOf);
  return { total, elapsed };
}
