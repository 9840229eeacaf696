/**
 * The working-day and pace functions through both built bundles (SPEC.md §1 "Dates", §2 "Working days",
 * "Pace"): dates given as a Sheets `Date` in the spreadsheet's time zone, an Excel serial, or text; a date
 * result as a `Date` in Sheets and a serial in Excel.
 */
import { describe, expect, it } from 'vitest';
import { formula as WORKDAY_RU } from '../../core/formulas/calendar/workdayRu';
import { formula as WORKDAYS_RU } from '../../core/formulas/calendar/workdaysRu';
import type { RuleId } from '../../core/messages';
import { runFormula } from '../../core/runner';
import { expectError } from '../core/expectError';
import { sheetsInZone } from '../zones';
import { ExcelError, loadExcel, loadSheets, outcome } from './bundles';

const excel = loadExcel();
/** Excel passes every argument as a matrix, an omitted one as null. */
const inExcel = (id: string, ...args: unknown[]) =>
  excel.get(id)!(...args.map((arg) => (arg === null || Array.isArray(arg) ? arg : [[arg]])));

// A cell showing 15.01.2026 reaches a custom function as the instant that date begins in the spreadsheet's zone.
const MOSCOW_15_JAN = new Date(Date.UTC(2026, 0, 14, 21));
const NEW_YORK_15_JAN = new Date(Date.UTC(2026, 0, 15, 5));
const MOSCOW_1_JAN = new Date(Date.UTC(2025, 11, 31, 21));
const NEW_YORK_31_JAN = new Date(Date.UTC(2026, 0, 31, 5));

describe('SPEC.md’s examples through both bundles', () => {
  const sheets = loadSheets(sheetsInZone('Europe/Moscow'));
  const cases: [string, unknown[], unknown][] = [
    ['WORKDAYS_RU', ['01.01.2026', '31.01.2026'], 15],
    ['WORKDAYS_RU', ['20.02.2027', '20.02.2027'], 1],
    ['WORKDAYS_RU', ['01.01.2026', '31.12.2026'], 247],
    ['MONTH_WORKDAYS_RU', ['15.01.2026'], 15],
    ['MONTH_WORKDAYS_RU', ['2027-03-01'], 22],
    ['WORKHOURS_RU', ['01.01.2026', '31.12.2026'], 1972],
    ['PLAN_TO_DATE', [1500000, '23.01.2026'], 1000000],
  ];
  it.each(cases)('%s(%j) → %j', (id, args, expected) => {
    expect(sheets[id](...args)).toBe(expected);
    expect(inExcel(id, ...args)).toEqual([[expected]]);
  });

  it('PACE(300000, 1000000, "23.01.2026") → 666 666.67; 0.45; 450 000; 140 000', () => {
    const row = [[666666.6666666666, 0.45, 450000, 140000]];
    expect(sheets.PACE(300000, 1000000, '23.01.2026')).toEqual(row);
    expect(inExcel('PACE', 300000, 1000000, '23.01.2026')).toEqual(row);
  });

  it('WORKDAY_RU("30.12.2026", 1) → 11.01.2027: a Date at that midnight in Sheets, serial 46398 in Excel', () => {
    expect((sheets.WORKDAY_RU('30.12.2026', 1) as Date).toISOString()).toBe('2027-01-10T21:00:00.000Z');
    expect(inExcel('WORKDAY_RU', '30.12.2026', 1)).toEqual([[46398]]);
    expect(inExcel('WORKDAY_RU', 46386, 1)).toEqual([[46398]]);
  });
});

describe('a Sheets date cell is the date it shows, whatever the time zones', () => {
  it('in a Moscow spreadsheet, midnight in Moscow is that day', () => {
    const sheets = loadSheets(sheetsInZone('Europe/Moscow'));
    expect(sheets.MONTH_WORKDAYS_RU(MOSCOW_15_JAN)).toBe(15);
    expect(sheets.WORKDAYS_RU(MOSCOW_1_JAN, MOSCOW_15_JAN)).toBe(4);
    // The same instant read in New York would be 14 January, 3 working days.
    expect(loadSheets(sheetsInZone('America/New_York')).WORKDAYS_RU(MOSCOW_1_JAN, MOSCOW_15_JAN)).toBe(3);
  });

  it('in a New York spreadsheet, midnight in New York is that day, and a result is New York’s midnight', () => {
    const sheets = loadSheets(sheetsInZone('America/New_York'));
    // 15–16, 19–23 and 26–30 January: 12.
    expect(sheets.WORKDAYS_RU(NEW_YORK_15_JAN, NEW_YORK_31_JAN)).toBe(12);
    const next = sheets.WORKDAY_RU(NEW_YORK_15_JAN, 1) as Date;
    expect(next.toISOString()).toBe('2026-01-16T05:00:00.000Z');
  });

  it('holidays given as date cells are read the same way', () => {
    const sheets = loadSheets(sheetsInZone('Europe/Moscow'));
    // January 2026 with 15.01 a regional day off: 14.
    expect(sheets.WORKDAYS_RU('01.01.2026', '31.01.2026', [[MOSCOW_15_JAN], ['']])).toBe(14);
  });

  it('a column of date cells gives a column of Dates from WORKDAY_RU, errors as text in place', () => {
    const sheets = loadSheets(sheetsInZone('Europe/Moscow'));
    const result = sheets.WORKDAY_RU([[MOSCOW_15_JAN], [''], ['32.01.2026']], 1) as unknown[][];
    expect((result[0][0] as Date).toISOString()).toBe('2026-01-15T21:00:00.000Z');
    expect(result[1]).toEqual(['']);
    const core = expectError(runFormula(WORKDAY_RU, ['32.01.2026', 1]), 'notDate', 'start');
    expect(result[2][0]).toBe(`${core.kind} ${core.message}`);
  });
});

describe('bad dates in both bundles', () => {
  const sheets = loadSheets(sheetsInZone('Europe/Moscow'));
  const cases: [unknown, RuleId][] = [
    ['32.01.2026', 'notDate'],
    ['abc', 'notDate'],
    [true, 'notDate'],
    ['01.01.2028', 'outsideCalendar'],
  ];
  it.each(cases)('%j → %s', (bad, rule) => {
    const core = expectError(runFormula(WORKDAYS_RU, [bad, '31.12.2027']), rule, 'start');
    const inSheets = outcome(() => sheets.WORKDAYS_RU(bad, '31.12.2027'));
    expect((inSheets.thrown as Error).message).toBe(`${core.kind} ${core.message}`);
    const thrown = outcome(() => inExcel('WORKDAYS_RU', bad, '31.12.2027')).thrown as ExcelError;
    expect(thrown).toBeInstanceOf(ExcelError);
    expect({ ...thrown }).toEqual({ code: core.kind, message: core.message });
  });
});
