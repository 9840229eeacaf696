import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as FUNNEL_CONVERSION } from '../../../core/formulas/funnel/funnelConversion';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(FUNNEL_CONVERSION, args);
const column = (...values: unknown[]) => values.map((value) => [value]);

describe('FUNNEL_CONVERSION', () => {
  it('gives each stage conversion, then the overall one (SPEC example)', () => {
    // 300 / 1000 = 0.3; 60 / 300 = 0.2; overall 60 / 1000 = 0.06.
    expect(run(column(1000, 300, 60))).toEqual([[0.3, 0.2, 0.06]]);
    expect(run([[1000, 300, 60]])).toEqual([[0.3, 0.2, 0.06]]);
  });

  it('gives one row per manager for a block', () => {
    // Иванов 800 calls, 240 leads, 96 meetings, 24 deals: 0.3, 0.4, 0.25, overall 24 / 800 = 0.03.
    // Петров 900, 180, 90, 30: 0.2, 0.5, 0.3333, overall 30 / 900 = 0.0333.
    const result = run([
      [800, 240, 96, 24],
      [900, 180, 90, 30],
    ]) as number[][];
    expect(result[0]).toEqual([0.3, 0.4, 0.25, 0.03]);
    expect(result[1][0]).toBe(0.2);
    expect(result[1][1]).toBe(0.5);
    expect(result[1][2]).toBeCloseTo(0.333333, 6);
    expect(result[1][3]).toBeCloseTo(0.033333, 6);
  });

  it('leaves blank what cannot be known: out of a stage of 0, into or out of a blank stage', () => {
    expect(
      run([
        [500, 0, 0],
        [100, null, 10],
        [null, null, null],
        [100, 50, ''],
      ]),
    ).toEqual([
      // 0 / 500 = 0; nothing entered stage 2; a last stage of 0 gives an overall 0.
      [0, '', 0],
      // the blank stage 2 hides both conversions; overall 10 / 100 = 0.1.
      ['', '', 0.1],
      // a blank row stays blank.
      ['', '', ''],
      // the last stage is not filled in yet: the overall is blank too.
      [0.5, '', ''],
    ]);
  });

  it('allows a later stage to exceed an earlier one (a period is not a cohort)', () => {
    expect(run(column(100, 120))).toEqual([[1.2, 1.2]]);
  });

  it('refuses a negative count and a funnel of one stage', () => {
    const negative = run(column(1000, -5)) as FormulaError;
    expectError(negative, 'negative', 'counts[2]');
    const short = run([[1000]]) as FormulaError;
    expectError(short, 'tooFewStages', 'counts');
  });

  it('is blank when the argument is blank', () => {
    expect(run('')).toBe('');
  });
});
