import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as WORKDAYS_RU } from '../../../core/formulas/calendar/workdaysRu';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(WORKDAYS_RU, args);
const error = (...args: unknown[]) => run(...args) as FormulaError;

describe('WORKDAYS_RU', () => {
  it('gives SPEC.md’s examples', () => {
    // January 2026: 31 days − 1–11 January (holidays 1–8, moved day off 9, weekend 10–11) − 4 weekends of the rest = 15.
    expect(run('01.01.2026', '31.01.2026')).toBe(15);
    // 20.02.2027 is a Saturday made a working day.
    expect(run('20.02.2027', '20.02.2027')).toBe(1);
    expect(run('01.01.2026', '31.12.2026')).toBe(247);
  });

  it('takes dates as serials (time of day ignored), text, or Date', () => {
    // 46023 is 01.01.2026, 46053.75 is 31.01.2026 18:00.
    expect(run(46023, 46053.75)).toBe(15);
    expect(run(' 2026-01-01 ', new Date(2026, 0, 31))).toBe(15);
  });

  it('counts backwards as a negative number when end is before start, as NETWORKDAYS', () => {
    expect(run('31.01.2026', '01.01.2026')).toBe(-15);
  });

  it('gives 0 for a single day off and 1 for a single working day', () => {
    // 03.01.2026 is a Saturday inside the New Year holidays; 12.01.2026 the first working Monday.
    expect(run('03.01.2026', '03.01.2026')).toBe(0);
    expect(run('12.01.2026', '12.01.2026')).toBe(1);
  });

  it('knows 31 December moved days off and 29 February', () => {
    // 31.12.2026 (Thursday) is a day off moved from 3 January by decree № 1466; 31.12.2027 (Friday) likewise.
    expect(run('31.12.2026', '31.12.2026')).toBe(0);
    expect(run('31.12.2027', '31.12.2027')).toBe(0);
    // 29.02.2024 was a Thursday and a working day.
    expect(run('29.02.2024', '29.02.2024')).toBe(1);
    expect(error('29.02.2027', '01.03.2027').message).toContain('такой даты нет в календаре: «29.02.2027»');
  });

  it('counts a working Saturday: February 2027 has 20 weekdays − 22 and 23 off + Saturday 20 = 19', () => {
    expect(run('01.02.2027', '28.02.2027')).toBe(19);
  });

  it('takes extra days off and extra working days on top of the calendar', () => {
    // January 2026 with 30.01 a company day off, and the weekend 10–11.01 worked: 15 − 1 + 2 = 16.
    expect(run('01.01.2026', '31.01.2026', [['30.01.2026']], [['10.01.2026'], ['11.01.2026']])).toBe(16);
    // A holiday that is already a day off, or a working day listed as working, changes nothing.
    expect(run('01.01.2026', '31.01.2026', [['01.01.2026'], [''], ['03.01.2026']], [['12.01.2026']])).toBe(
      15,
    );
    // Tatarstan's Uraza Bayram on Friday 20.03.2026: March 21 − 1 = 20.
    expect(run('01.03.2026', '31.03.2026', '20.03.2026')).toBe(20);
  });

  it('reads list dates given as serials as their day, a time of day dropped', () => {
    // 46037 is 15.01.2026; 46037.75 is 18:00 that day, and 46030 is Thursday 08.01 (already a holiday).
    expect(run('01.01.2026', '31.01.2026', [[46037]])).toBe(14);
    expect(run('01.01.2026', '31.01.2026', [[46037.75], [46030]])).toBe(14);
  });

  it('refuses a date in both lists, naming it', () => {
    const both = error('01.01.2026', '31.01.2026', [['09.01.2026'], ['30.01.2026']], [['30.01.2026']]);
    expectError(both, 'dateInBothLists', 'holidays', 'workdays');
    expect(both.message).toContain('30.01.2026');
  });

  it('refuses what is not a date, saying whether the text is no date or a date that does not exist', () => {
    const none = expectError(error('32.01.2026', '31.01.2026'), 'notDate', 'start');
    const text = expectError(error('01.01.2026', 'abc'), 'notDate', 'end');
    // The same rule says two things: «32.01.2026» has a date's form, «abc» has not.
    expect(none.message).toContain('«32.01.2026»');
    expect(text.message).toContain('31.12.2026');
    expect(none.message).not.toBe(text.message.replace('abc', '32.01.2026'));
    expectError(error(true, '31.01.2026'), 'notDate', 'start');
    expectError(error('01.01.2026', '31.01.2026', [['01.05.2026'], ['abc']]), 'notDate', 'holidays[2]');
    for (const bad of [error('32.01.2026', 1), error('abc', 1), error(false, 1)])
      expect(bad.kind).toBe('#VALUE!');
  });

  it('gives #N/A outside 2013–2027, saying when a later year’s calendar appears', () => {
    const outside = error('01.01.2028', '31.01.2028');
    expect(outside.kind).toBe('#N/A');
    expect(outside.message).toContain(
      '01.01.2028 — вне производственного календаря, он есть за 2013–2027 годы',
    );
    expect(outside.message).toContain('утверждается постановлением Правительства осенью предыдущего года');
    expect(outside.message).toContain(
      "a later year's calendar is set by a Government decree in the autumn before it",
    );
    expect(error('31.12.2012', '31.01.2013').kind).toBe('#N/A');
    // A number is a serial day whatever it is: −1 and 10^300 are days no calendar covers.
    expect(error(-1, 46023).message).toContain('«начало» (start): 29.12.1899 — вне');
    expect(error(1e300, 46023).message).toContain('«начало» (start): 1e+300 — вне');
  });

  it('broadcasts over a column of start dates, blanks and bad rows in place', () => {
    const result = run([['01.01.2026'], ['01.02.2026'], [''], ['x']], '28.02.2026') as unknown[][];
    // 15 + 19 = 34 from January; 19 in February 2026 (23 off).
    expect(result.slice(0, 3)).toEqual([[34], [19], ['']]);
    expect((result[3][0] as FormulaError).kind).toBe('#VALUE!');
  });
});
