import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as PACE } from '../../../core/formulas/calendar/pace';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(PACE, args);
/** The one row of a call over single values. */
const row = (...args: unknown[]) => (run(...args) as unknown[][])[0];

describe('PACE', () => {
  it('gives SPEC.md’s example: 300 000 of 1 000 000 by 23.01.2026', () => {
    // January 2026: 15 working days, 10 elapsed (12–16, 19–23). Plan to date 1 000 000 × 10/15 = 666 666.67;
    // fulfilment 300 000 / 666 666.67 = 0.45; forecast 300 000 × 15/10 = 450 000; 700 000 / 5 days = 140 000.
    expect(row(300000, 1000000, '23.01.2026')).toEqual([666666.6666666666, 0.45, 450000, 140000]);
  });

  it('leaves fulfilment and forecast blank before the first working day', () => {
    // 09.01.2026 is a holiday: nothing elapsed, all 15 days ahead: 1 000 000 / 15 a day.
    const [toDate, fulfilment, forecast, daily] = row(0, 1000000, '09.01.2026');
    expect([toDate, fulfilment, forecast]).toEqual([0, '', '']);
    expect(daily).toBeCloseTo(66666.67, 2);
  });

  it('on the last working day has nothing left to do per day: blank if unmet, 0 if met', () => {
    // 30.01.2026 is January's last working day: the forecast is the fact.
    expect(row(900000, 1000000, '30.01.2026')).toEqual([1000000, 0.9, 900000, '']);
    expect(row(1100000, 1000000, '30.01.2026')).toEqual([1000000, 1.1, 1100000, 0]);
  });

  it('after the period is the plan’s final account', () => {
    expect(row(950000, 1000000, '10.02.2026', '01.01.2026', '31.01.2026')).toEqual([
      1000000,
      0.95,
      950000,
      '',
    ]);
  });

  it('needs 0 a day once the plan is met, with days left', () => {
    expect(row(1200000, 1000000, '23.01.2026')).toEqual([666666.6666666666, 1.8, 1800000, 0]);
  });

  it('with a plan of 0 gives plan to date 0, no fulfilment, a forecast and 0 a day', () => {
    expect(row(300000, 0, '23.01.2026')).toEqual([0, '', 450000, 0]);
  });

  it('runs over a table of managers in one formula, blank and bad rows in place', () => {
    const result = run(
      [[300000], [900000], [''], [50000]],
      [[1000000], [900000], [500000], ['много']],
      '23.01.2026',
    ) as unknown[][];
    expect(result[0]).toEqual([666666.6666666666, 0.45, 450000, 140000]);
    // 900 000 of 900 000: plan to date 600 000, fulfilment 1.5, forecast 1 350 000, nothing left.
    expect(result[1]).toEqual([600000, 1.5, 1350000, 0]);
    expect(result[2]).toEqual(['', '', '', '']);
    expect(result[3].every((cell) => (cell as FormulaError).kind === '#VALUE!')).toBe(true);
  });

  it('moves with the report date', () => {
    const [, on16] = row(300000, 1000000, '16.01.2026') as number[];
    const [, on23] = row(300000, 1000000, '23.01.2026') as number[];
    // 5 of 15 days by 16.01: 300 000 / 333 333.33 = 0.9; by 23.01, 0.45.
    expect(on16).toBeCloseTo(0.9, 12);
    expect(on23).toBe(0.45);
  });

  it('refuses a period with no working day as #DIV/0!', () => {
    expect((run(1, 1, '05.01.2026', '01.01.2026', '08.01.2026') as FormulaError).kind).toBe('#DIV/0!');
  });
});
