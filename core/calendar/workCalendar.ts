/**
 * The calendar a formula counts on: the production calendar with the user's `holidays` (extra days off:
 * a region's or a company's) and `workdays` (extra working days) on top. The changes are kept as a
 * sorted list with running totals, so a count stays two look-ups plus a binary search over the user's
 * few dates; one is built per pair of lists, and a column of dates reuses it.
 */
import { calendar, isCovered, isShortened, isWorkday, workdaysThrough } from './index';

export interface WorkCalendar {
  /** Working days from the first covered day through `serial` (a covered day or the one before). */
  through(serial: number): number;
  isWorkday(serial: number): boolean;
  /** A working day one hour shorter (shortened days are never moved by the user's lists). */
  isShortened(serial: number): boolean;
}

const BASE: WorkCalendar = { through: workdaysThrough, isWorkday, isShortened };

/** Index of the first element of sorted `list` greater than `value`. */
function upperBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function adjusted(holidays: readonly number[], workdays: readonly number[]): WorkCalendar {
  const extraOff = new Set(holidays.filter((day) => isCovered(day) && isWorkday(day)));
  const extraOn = new Set(workdays.filter((day) => isCovered(day) && !isWorkday(day)));
  const changes = [...extraOff, ...extraOn].sort((a, b) => a - b);
  const totals: number[] = [];
  let total = 0;
  for (const day of changes) totals.push((total += extraOn.has(day) ? 1 : -1));
  return {
    through(serial) {
      const found = upperBound(changes, serial);
      return workdaysThrough(serial) + (found > 0 ? totals[found - 1] : 0);
    },
    isWorkday: (serial) => !extraOff.has(serial) && (extraOn.has(serial) || isWorkday(serial)),
    isShortened: (serial) => !extraOff.has(serial) && isShortened(serial),
  };
}

const built = new WeakMap<readonly number[], WeakMap<readonly number[], WorkCalendar>>();

export function workCalendar(
  holidays: readonly number[] = [],
  workdays: readonly number[] = [],
): WorkCalendar {
  if (holidays.length === 0 && workdays.length === 0) return BASE;
  let byWorkdays = built.get(holidays);
  if (!byWorkdays) built.set(holidays, (byWorkdays = new WeakMap()));
  let found = byWorkdays.get(workdays);
  if (!found) byWorkdays.set(workdays, (found = adjusted(holidays, workdays)));
  return found;
}

/** Working days from `start` to `end`, both included; negative when end is before start, as NETWORKDAYS. */
export function workdaysBetween(cal: WorkCalendar, start: number, end: number): number {
  return start <= end
    ? cal.through(end) - cal.through(start - 1)
    : -(cal.through(start) - cal.through(end - 1));
}

/**
 * The first day on which the running count of working days reaches `target` (a count as `through`
 * gives it), or `undefined` when the covered years end first.
 */
export function dayReaching(cal: WorkCalendar, target: number): number | undefined {
  const { first, last } = calendar();
  if (target < 1 || cal.through(last) < target) return undefined;
  let lo = first;
  let hi = last;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cal.through(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
