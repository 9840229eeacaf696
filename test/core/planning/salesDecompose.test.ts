import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as SALES_DECOMPOSE, salesDecompose } from '../../../core/formulas/planning/salesDecompose';
import { runFormula } from '../../../core/runner';
import type { RuleId } from '../../../core/messages';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(SALES_DECOMPOSE, args);

describe('SALES_DECOMPOSE', () => {
  it('reproduces the seed: 450 000 at 16%, check 2 500, 35%, 50%, 50 calls a day', () => {
    // 450 000 / 0.16 = 2 812 500; / 2 500 = 1 125 deals; / 0.35 = 3 214.29 → 3 215 leads;
    // / 0.5 = 6 430 calls; / 50 = 128.6 → 129 days. (The seed truncates to 3 214 and 6 428.)
    expect(run(450000, 0.16, 2500, 0.35, 0.5, 50)).toEqual([[2812500, 1125, 3215, 6430, 129]]);
  });

  it('leaves counts unrounded with exact TRUE', () => {
    const [[revenue, deals, leads, calls, days]] = run(
      450000,
      0.16,
      2500,
      0.35,
      0.5,
      50,
      '',
      true,
    ) as number[][];
    expect(revenue).toBe(2812500);
    expect(deals).toBe(1125);
    expect(leads).toBeCloseTo(3214.2857, 4);
    expect(calls).toBeCloseTo(6428.5714, 4);
    expect(days).toBeCloseTo(128.5714, 4);
  });

  it('splits the days among managers', () => {
    // 6 430 calls / (50 × 3) = 42.87 → 43 days.
    expect(run(450000, 0.16, 2500, 0.35, 0.5, 50, 3)).toEqual([[2812500, 1125, 3215, 6430, 43]]);
  });

  it('leaves days blank without calls per day', () => {
    expect(run(450000, 0.16, 2500, 0.35, 0.5)).toEqual([[2812500, 1125, 3215, 6430, '']]);
  });

  it('does not round floating-point noise up: 1 125.0000000000002 deals are 1 125', () => {
    expect(salesDecompose(0.1 * 3 * 1125, 1, 0.3, 1, 1, undefined, 1, false)[1]).toBe(1125);
    expect((0.1 * 3 * 1125) / 0.3).not.toBe(1125);
  });

  it('takes percentages and thousands typed as text', () => {
    expect(run('450 000', '16%', '2\u00a0500', '35%', '0,5', '50')).toEqual([
      [2812500, 1125, 3215, 6430, 129],
    ]);
  });

  it('computes a row per line of N×1 columns, blank and bad lines in place', () => {
    const result = run([[450000], [''], [900000], [-1]], 0.16, 2500, 0.35, 0.5, 50) as unknown[][];
    expect(result[0]).toEqual([2812500, 1125, 3215, 6430, 129]);
    expect(result[1]).toEqual(['', '', '', '', '']);
    expect(result[2]).toEqual([5625000, 2250, 6429, 12858, 258]);
    expect(result[3].map((cell) => (cell as FormulaError).kind)).toEqual([
      '#NUM!',
      '#NUM!',
      '#NUM!',
      '#NUM!',
      '#NUM!',
    ]);
  });

  it('refuses a row range where a column is expected, and columns of different lengths', () => {
    expectError(run([[1, 2]], 0.16, 2500, 0.35, 0.5), 'rowNeedsColumn', 'profit_target');
    const mismatch = run([[1], [2]], [[0.1], [0.2], [0.3]], 2500, 0.35, 0.5);
    expectError(mismatch, 'shapeMismatch', 'profit_target', 'margin');
  });

  it('gives each bad input its error kind and a message naming the argument', () => {
    const cases: [unknown[], RuleId, string][] = [
      [[450000, 16, 2500, 0.35, 0.5], 'aboveOne', 'margin'],
      [[450000, 0.16, 0, 0.35, 0.5], 'zero', 'avg_check'],
      [[450000, 0, 2500, 0.35, 0.5], 'zero', 'margin'],
      [[450000, 0.16, 2500, 0.35, 0.5, 50, 0], 'zero', 'managers'],
      [[-5, 0.16, 2500, 0.35, 0.5], 'negative', 'profit_target'],
      [[450000, 0.16, 'много', 0.35, 0.5], 'notNumber', 'avg_check'],
      [[450000, 0.16, 2500, 0.35, 0.5, 50, 1, 'может'], 'notBoolean', 'exact'],
    ];
    for (const [args, rule, param] of cases) expectError(run(...args), rule, param);
    expectError(run(450000, 0.16, 2500, 0.35, 0.5, 50, 1, false, 9), 'tooManyArguments');
  });

  it('is blank while a required input is empty', () => {
    expect(run(450000, '', 2500, 0.35, 0.5)).toBe('');
  });
});
