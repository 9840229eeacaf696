/**
 * The project's calendar (core/calendar/data.ts) against the reference ../shared/calendar/ru.json, day by
 * day for every covered year, with the published counts: working days by month, by year, and hours.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calendar,
  isShortened,
  isWorkday,
  shortenedThrough,
  workdaysThrough,
} from '../../../core/calendar/index';
import { partsOf, serialOf, weekdayOf } from '../../../core/dates';

interface ReferenceYear {
  offWeekdays: string[];
  workingWeekends: string[];
  shortened: string[];
  workdaysByMonth: number[];
  workdays: number;
  hours40: number;
}

const reference = JSON.parse(
  readFileSync(new URL('../../../../shared/calendar/ru.json', import.meta.url), 'utf8'),
) as { years: Record<string, ReferenceYear> };

const iso = (serial: number) => {
  const { year, month, day } = partsOf(serial);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

describe('the production calendar in core', () => {
  it('covers exactly the reference’s years, 2013–2027', () => {
    expect(Object.keys(reference.years)).toEqual(Array.from({ length: 15 }, (_, i) => String(2013 + i)));
    const { firstYear, lastYear, first, last } = calendar();
    expect([firstYear, lastYear]).toEqual([2013, 2027]);
    expect([iso(first), iso(last)]).toEqual(['2013-01-01', '2027-12-31']);
  });

  it('classifies every day of 2013–2027 as the reference does (5 478 days)', () => {
    let days = 0;
    const mismatches: string[] = [];
    for (const [year, data] of Object.entries(reference.years)) {
      const off = new Set(data.offWeekdays);
      const working = new Set(data.workingWeekends);
      const short = new Set(data.shortened);
      for (let day = serialOf(Number(year), 1, 1); day <= serialOf(Number(year), 12, 31); day++) {
        const date = iso(day);
        const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
        const expectedWorking = weekend ? working.has(date) : !off.has(date);
        if (isWorkday(day) !== expectedWorking) mismatches.push(`${date} working`);
        if (isShortened(day) !== short.has(date)) mismatches.push(`${date} shortened`);
        days++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(days).toBe(5478);
  });

  it('counts every month’s working days as the reference', () => {
    for (const [year, data] of Object.entries(reference.years)) {
      const months = data.workdaysByMonth.map(
        (_, m) =>
          workdaysThrough(serialOf(Number(year), m + 2, 1) - 1) -
          workdaysThrough(serialOf(Number(year), m + 1, 1) - 1),
      );
      expect(months, year).toEqual(data.workdaysByMonth);
    }
  });

  it('gives every year’s working days and 40-hour norm: 8 × days − shortened days (2026: 8 × 247 − 4 = 1972)', () => {
    for (const [year, data] of Object.entries(reference.years)) {
      const last = serialOf(Number(year), 12, 31);
      const before = serialOf(Number(year), 1, 1) - 1;
      const days = workdaysThrough(last) - workdaysThrough(before);
      const shortened = shortenedThrough(last) - shortenedThrough(before);
      expect(days, year).toBe(data.workdays);
      expect(8 * days - shortened, year).toBe(data.hours40);
    }
    expect(8 * 247 - 4).toBe(reference.years['2026'].hours40);
  });

  it('names the decree of every year, 2026’s as SPEC.md does', () => {
    const { decrees } = calendar();
    expect([...decrees.keys()]).toHaveLength(15);
    expect(decrees.get(2026)).toBe('№ 1466 от 24.09.2025');
    expect(decrees.get(2027)).toBe('№ 1187 от 17.09.2026');
    for (const decree of decrees.values()) expect(decree).toMatch(/^№ \d+ от \d{2}\.\d{2}\.\d{4}$/);
  });
});
