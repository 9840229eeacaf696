/**
 * The production calendar as a cumulative index over serial days: working days and shortened days from
 * the first covered day through any day, so a count between two dates is two look-ups (O(1) per row of
 * a long column). Built once, on first use, from the lines of ./data.ts.
 */
import { serialOf, weekdayOf } from '../dates';
import { CALENDAR_YEARS } from './data';

interface YearLine {
  year: number;
  decree: string;
  off: number[];
  work: number[];
  short: number[];
}

function parseLine(line: string): YearLine {
  const [year, decree, ...lists] = line.split('|').map((part) => part.trim());
  const days = (label: string) => {
    const list = lists.find((part) => part.startsWith(`${label} `))!.slice(label.length + 1);
    return list === '—'
      ? []
      : list
          .split(' ')
          .map((monthDay) => serialOf(Number(year), Number(monthDay.slice(0, 2)), Number(monthDay.slice(3))));
  };
  return { year: Number(year), decree, off: days('off'), work: days('work'), short: days('short') };
}

export interface Calendar {
  firstYear: number;
  lastYear: number;
  /** Serials of the first and last covered days: 1 January of the first year, 31 December of the last. */
  first: number;
  last: number;
  /** The decree on moving days off, by year: «№ 1466 от 24.09.2025». */
  decrees: ReadonlyMap<number, string>;
  /** `workdays[i]`: working days from `first` up to, not including, `first + i`. */
  workdays: Int32Array;
  /** The same for the shortened pre-holiday days. */
  shortened: Int32Array;
  /** `month[i]`: the month (0 for January of the first year) that holds `first + i`. */
  month: Uint16Array;
  /** `monthStarts[m]`: the serial of the first day of month m; one more entry closes the last month. */
  monthStarts: Int32Array;
}

function build(): Calendar {
  const years = CALENDAR_YEARS.map(parseLine);
  const firstYear = years[0].year;
  const lastYear = years[years.length - 1].year;
  const first = serialOf(firstYear, 1, 1);
  const last = serialOf(lastYear, 12, 31);
  const off = new Set(years.flatMap((y) => y.off));
  const work = new Set(years.flatMap((y) => y.work));
  const short = new Set(years.flatMap((y) => y.short));
  const size = last - first + 2;
  const workdays = new Int32Array(size);
  const shortened = new Int32Array(size);
  const monthStarts = new Int32Array((lastYear - firstYear + 1) * 12 + 1);
  for (let m = 0; m < monthStarts.length; m++) monthStarts[m] = serialOf(firstYear, m + 1, 1);
  const month = new Uint16Array(size - 1);
  for (let m = 0; m + 1 < monthStarts.length; m++)
    month.fill(m, monthStarts[m] - first, monthStarts[m + 1] - first);
  for (let i = 1; i < size; i++) {
    const day = first + i - 1;
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    const working = weekend ? work.has(day) : !off.has(day);
    workdays[i] = workdays[i - 1] + (working ? 1 : 0);
    shortened[i] = shortened[i - 1] + (working && short.has(day) ? 1 : 0);
  }
  return {
    firstYear,
    lastYear,
    first,
    last,
    decrees: new Map(years.map((y) => [y.year, y.decree])),
    workdays,
    shortened,
    month,
    monthStarts,
  };
}

let built: Calendar | undefined;

export function calendar(): Calendar {
  return (built ??= build());
}

export const isCovered = (serial: number) => serial >= calendar().first && serial <= calendar().last;

/** Working days from the first covered day through `serial`, which is covered or the day before. */
export const workdaysThrough = (serial: number) => calendar().workdays[serial - calendar().first + 1];

export const shortenedThrough = (serial: number) => calendar().shortened[serial - calendar().first + 1];

export const isWorkday = (serial: number) => workdaysThrough(serial) > workdaysThrough(serial - 1);

export const isShortened = (serial: number) => shortenedThrough(serial) > shortenedThrough(serial - 1);

/** The first and last day of the month that holds a covered `serial`. */
export function monthOf(serial: number): [first: number, last: number] {
  const { month, monthStarts, first } = calendar();
  const m = month[serial - first];
  return [monthStarts[m], monthStarts[m + 1] - 1];
}
