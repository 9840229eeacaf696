import { describe, expect, it } from 'vitest';
import { formula as ROP_BONUS } from '../../../core/formulas/compensation/ropBonus';
import { runFormula } from '../../../core/runner';
import { FormulaError } from '../../../core/errors';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(ROP_BONUS, args);

describe('ROP_BONUS', () => {
  it('gives the seed tiers: nothing up to 80%, then 1, 2 and 3 above 120%', () => {
    expect(run(0.5)).toBe(0);
    expect(run(0.9)).toBe(1);
    expect(run(1.1)).toBe(2);
    expect(run(1.3)).toBe(3);
  });

  it('keeps exactly 80%, 100% and 120% in the lower tier, even when computed as a ratio', () => {
    expect(run(0.8)).toBe(0);
    expect(run(800 / 1000)).toBe(0);
    expect(run(1)).toBe(1);
    expect(run(1.2)).toBe(2);
    expect(run(360 / 300)).toBe(2);
  });

  it('moves up a tier a hair above each threshold', () => {
    expect(run(0.8000001)).toBe(1);
    expect(run(1.0000001)).toBe(2);
    expect(run(1.2000001)).toBe(3);
  });

  it('multiplies a bonus base by the coefficient', () => {
    expect(run(1.1, 50_000)).toBe(100_000);
  });

  it('accepts a custom scheme as array constants', () => {
    expect(run(1.1, '', [[0.5], [1]], [[1], [2], [3]])).toBe(3);
  });

  it('reads fulfilment typed as text, as 1C exports it', () => {
    expect(run('110%')).toBe(2);
    expect(run('1,1')).toBe(2);
  });

  it('is blank for a blank fulfilment, so half-filled tables stay clean', () => {
    expect(run('')).toBe('');
    expect(run(null)).toBe('');
  });

  it('broadcasts over a column with blanks and keeps bad rows as errors in place', () => {
    const result = run([[0.9], [''], ['abc'], [1.25]]) as unknown[][];
    expect(result[0]).toEqual([1]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#VALUE!');
    expect(result[3]).toEqual([3]);
  });

  it('names the argument in Russian and English when the input is wrong, showing what was typed', () => {
    const error = expectError(run('abc'), 'notNumber', 'fulfillment');
    expect(error.message).toContain('«выполнение плана» (fulfillment)');
    expect(error.message).toContain('«abc»');
  });

  it('refuses a negative fulfilment, a boolean and a date', () => {
    expectError(run(-0.1), 'negative', 'fulfillment');
    expectError(run(true), 'notNumber', 'fulfillment');
    expectError(run(new Date(2024, 0, 1)), 'notNumber', 'fulfillment');
  });

  it('refuses unsorted thresholds and a coefficient list of the wrong length', () => {
    expectError(run(1, '', [[1], [0.8]]), 'notAscending', 'thresholds');
    expectError(run(1, '', [[0.8], [1]], [[0], [1]]), 'tierValues', 'coefficients', 'thresholds');
  });
});
