/**
 * The benchmark's calendar rows (issue 9): WORKDAYS_RU over a column of start dates and PACE over a
 * table of managers with a column of report dates, against hand-written loops over a day array
 * precomputed before timing (working days from 2013-01-01 through each day, each day's month bounds):
 * the least any implementation could do per row.
 */
import { calendar, isWorkday } from '../core/calendar/index';
import { serialOf } from '../core/dates';

export interface CalendarCase {
  id: 'WORKDAYS_RU' | 'PACE';
  args: unknown[];
  floor: () => unknown;
}

/** A serial day of 2013–2027 for row i, spread over the whole range. */
function dayOf(i: number, first: number, days: number): number {
  return first + ((i * 7919) % days);
}

/** The precomputed arrays of the floor: built here, outside the timing, with nothing from the core's index. */
function dayArrays() {
  const { first, last } = calendar();
  const through = new Int32Array(last - first + 2);
  const monthStart = new Int32Array(last - first + 1);
  const monthEnd = new Int32Array(last - first + 1);
  for (let day = first; day <= last; day++) {
    through[day - first + 1] = through[day - first] + (isWorkday(day) ? 1 : 0);
  }
  for (let year = calendar().firstYear; year <= calendar().lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      const start = serialOf(year, month, 1);
      const end = serialOf(year, month + 1, 1) - 1;
      monthStart.fill(start, start - first, end - first + 1);
      monthEnd.fill(end, start - first, end - first + 1);
    }
  }
  return { first, last, through, monthStart, monthEnd };
}

export function calendarCases(rows: number, wanted: (id: string) => boolean): CalendarCase[] {
  const { first, last, through, monthStart, monthEnd } = dayArrays();
  const days = last - first + 1;
  const starts = Array.from({ length: rows }, (_, i) => [dayOf(i, first, days)]);
  const end = last;
  const workdays: CalendarCase = {
    id: 'WORKDAYS_RU',
    args: [starts, end],
    floor: () => {
      const out = new Array(rows);
      for (let i = 0; i < rows; i++) {
        const start = starts[i][0];
        out[i] = [through[end - first + 1] - through[start - first]];
      }
      return out;
    },
  };
  const facts = Array.from({ length: rows }, (_, i) => [300000 + (i % 50) * 10000]);
  const plans = Array.from({ length: rows }, (_, i) => [1000000 + (i % 7) * 100000]);
  const pace: CalendarCase = {
    id: 'PACE',
    args: [facts, plans, starts],
    floor: () => {
      const out = new Array(rows);
      for (let i = 0; i < rows; i++) {
        const fact = facts[i][0];
        const plan = plans[i][0];
        const asOf = starts[i][0] - first;
        const before = through[monthStart[asOf] - first];
        const total = through[monthEnd[asOf] - first + 1] - before;
        const elapsed = through[asOf + 1] - before;
        const remaining = Math.max(plan - fact, 0);
        out[i] = [
          elapsed === total ? plan : (plan * elapsed) / total,
          elapsed === 0 ? '' : (fact * total) / (plan * elapsed),
          elapsed === 0 ? '' : (fact * total) / elapsed,
          remaining === 0 ? 0 : elapsed === total ? '' : remaining / (total - elapsed),
        ];
      }
      return out;
    },
  };
  return [workdays, pace].filter((entry) => wanted(entry.id));
}
