import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as REVERSE_FUNNEL, reverseFunnel } from '../../../core/formulas/planning/reverseFunnel';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(REVERSE_FUNNEL, args);
const seedConversions = [[0.5], [0.35]];

describe('REVERSE_FUNNEL', () => {
  it('gives the seed funnel top to bottom: 6 430 calls, 3 215 leads, 1 125 deals', () => {
    // 1 125 / 0.35 = 3 214.29 → 3 215 leads; 3 215 / 0.5 = 6 430 calls.
    expect(run(1125, seedConversions)).toEqual([[6430, 3215, 1125]]);
  });

  it('reads the conversions from a row as well as from a column', () => {
    expect(run(1125, [[0.5, 0.35]])).toEqual([[6430, 3215, 1125]]);
  });

  it('leaves counts unrounded with exact TRUE', () => {
    // 1 125 / 0.35 = 3 214.2857…; / 0.5 = 6 428.5714…
    const [[calls, leads, deals]] = run(1125, seedConversions, true) as number[][];
    expect(leads).toBeCloseTo(3214.2857, 4);
    expect(calls).toBeCloseTo(6428.5714, 4);
    expect(deals).toBe(1125);
  });

  it('works for a funnel of any depth', () => {
    // 20 deals / 25% = 80 meetings; / 40% = 200 leads; / 10% = 2 000 visits.
    expect(run(20, [[0.1], [0.4], [0.25]])).toEqual([[2000, 200, 80, 20]]);
  });

  it('does not round floating-point noise up to one more', () => {
    // 21 / 0.7 is 30.000000000000004 in floating point: 30 meetings, not 31; 30 / 0.3 = 100 calls.
    expect(reverseFunnel(21, [0.3, 0.7], false)).toEqual([100, 30, 21]);
  });

  it('with one conversion gives two stages', () => {
    // 10 / 0.3 = 33.3 → 34.
    expect(run(10, [[0.3]])).toEqual([[34, 10]]);
  });

  it('reads numbers typed as text', () => {
    expect(run('1 125', [['50%'], ['0,35']])).toEqual([[6430, 3215, 1125]]);
  });

  it('broadcasts over a column of targets, keeping blank rows blank and bad rows as errors', () => {
    // 100 / 0.35 = 285.7 → 286; 286 / 0.5 = 572.
    const result = run([[1125], [''], [-5], [100]], seedConversions) as unknown[][];
    expect(result[0]).toEqual([6430, 3215, 1125]);
    expect(result[1]).toEqual(['', '', '']);
    expect(result[2].map((cell) => (cell as FormulaError).kind)).toEqual(['#NUM!', '#NUM!', '#NUM!']);
    expect(result[3]).toEqual([572, 286, 100]);
  });

  it('is blank for a blank target', () => {
    expect(run('', seedConversions)).toBe('');
  });

  it('refuses a conversion above 100%, naming it and saying how to enter it', () => {
    const error = expectError(run(1125, [[0.5], [35]]), 'aboveOne', 'conversions[2]');
    expect(error.message).toContain('0,35');
    expect(error.message).toContain('0.35');
  });

  it('refuses a zero conversion as a division by zero', () => {
    expectError(run(1125, [[0], [0.35]]), 'zero', 'conversions[1]');
  });

  it('refuses a range of blank conversions', () => {
    expectError(run(1125, [[''], ['']]), 'listEmpty', 'conversions');
  });

  it('reads a block of conversions row by row, blanks skipped', () => {
    // 0.5 then 0.35, as in the seed: 1 125 / 0.35 = 3 214.3 → 3 215; 3 215 / 0.5 = 6 430.
    expect(
      run(1125, [
        [0.5, ''],
        [0.35, ''],
      ]),
    ).toEqual([[6430, 3215, 1125]]);
  });

  it('refuses a negative or text target', () => {
    expectError(run(-1, seedConversions), 'negative', 'target');
    expectError(run('много', seedConversions), 'notNumber', 'target');
  });
});

describe('REVERSE_FUNNEL with a fractional target', () => {
  it('rounds the target up like every count, so it agrees with SALES_DECOMPOSE', () => {
    // 2 812 000 / 2 500 = 1 124.8 deals → 1 125; then 3 215 leads and 6 430 calls, as SALES_DECOMPOSE.
    expect(runFormula(REVERSE_FUNNEL, [2812000 / 2500, [[0.5], [0.35]]])).toEqual([[6430, 3215, 1125]]);
    expect(runFormula(REVERSE_FUNNEL, [1124.8, [[0.5], [0.35]], true])).toEqual([
      [1124.8 / 0.35 / 0.5, 1124.8 / 0.35, 1124.8],
    ]);
  });
});
