import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formula as PLAN_SPLIT, planSplit } from '../../../core/formulas/planning/planSplit';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(PLAN_SPLIT, args);

describe('PLAN_SPLIT', () => {
  it('splits in proportion to the weights, in a column when the weights are a column', () => {
    // 1 200 000 × 1/6, 2/6, 3/6.
    expect(run(1200000, [[1], [2], [3]])).toEqual([[200000], [400000], [600000]]);
  });

  it('returns a row when the weights are a row', () => {
    expect(run(1200000, [[1, 2, 3]])).toEqual([[200000, 400000, 600000]]);
    expect(run(1000, [[1, 1, 1]], 1)).toEqual([[334, 333, 333]]);
  });

  it('with a step gives multiples of it that add up to exactly the total, the leftover to the earlier part', () => {
    // 1 000 / 3 = 333.33 each: floors 333 × 3 = 999, the one left goes to the first (remainders tie).
    expect(run(1000, [[1], [1], [1]], 1)).toEqual([[334], [333], [333]]);
  });

  it('gives the leftover units to the largest remainders, not simply the first parts', () => {
    // 7 × {0.1, 0.3, 0.6} = 0.7, 2.1, 4.2: floors 0, 2, 4 (6); the 1 left goes to the largest remainder, 0.7.
    expect(planSplit(7, [1, 3, 6], 1)).toEqual([1, 2, 4]);
    // 100 thousands over 7 equal months: 14.29 each, floors 98, the 2 left to the first two.
    expect(planSplit(100000, [1, 1, 1, 1, 1, 1, 1], 1000)).toEqual([
      15000, 15000, 14000, 14000, 14000, 14000, 14000,
    ]);
  });

  it('breaks ties between equal remainders in favour of the earlier part', () => {
    // 2 steps of 4 over {1; 2; 1}: quotas 0.5, 1, 0.5 → floors 0, 1, 0; the tie between 0.5 and 0.5 goes to the first.
    expect(planSplit(8, [1, 2, 1], 4)).toEqual([4, 4, 0]);
  });

  it('spreads a year plan over 12 seasonal months', () => {
    // Weights sum to 100, so each month is weight % of 12 000 000.
    const weights = [[6], [6], [8], [8], [9], [8], [7], [7], [9], [10], [10], [12]];
    expect(run(12000000, weights, 1000)).toEqual(weights.map(([w]) => [w * 120000]));
  });

  it('splits to kopecks with a step of 0.01, each part exactly as shown', () => {
    expect(run(1000, [[1], [1], [1]], 0.01)).toEqual([[333.34], [333.33], [333.33]]);
  });

  it('adds up to exactly the total for any weights and whole multiples of the step', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(1, 10, 1000),
        (weights, units, step) => {
          const parts = planSplit(units * step, weights, step) as number[];
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(units * step);
          expect(parts.every((part) => part % step === 0 && part >= 0)).toBe(true);
        },
      ),
    );
  });

  it('gives blank parts for blank weights, in place, and 0 for zero weights', () => {
    expect(run(1000, [[1], [''], [1], [0]], 1)).toEqual([[500], [''], [500], [0]]);
  });

  it('reads channel shares typed as text', () => {
    // интернет 35%, опт 25%, розница 25%, партнёры 15% of 2 500 000.
    expect(run('2 500 000', [['35%'], ['25%'], ['25%'], ['15%']], 1000)).toEqual([
      [875000],
      [625000],
      [625000],
      [375000],
    ]);
  });

  it('refuses a total that is not a multiple of the step, naming both', () => {
    const error = expectError(run(1001, [[1], [1]], 1000), 'notMultiple', 'total', 'step');
    expect(error.message).toContain('1001');
  });

  it('refuses all-zero weights as a division by zero', () => {
    expectError(run(1000, [[0], [0]]), 'allZero', 'weights');
  });

  it('refuses a negative weight, naming it', () => {
    expectError(run(1000, [[1], [-1]]), 'negative', 'weights[2]');
  });

  it('refuses a zero step and a range for the total', () => {
    expectError(run(1000, [[1], [1]], 0), 'zero', 'step');
    expectError(run([[1000], [2000]], [[1], [1]]), 'notScalar', 'total');
  });

  it('splits over a block of weights read row by row, giving the block’s shape with blanks in place', () => {
    // Weights 1, 2, 3 sum to 6: 600 × 1/6 = 100, 600 × 2/6 = 200, 600 × 3/6 = 300; the blank stays blank.
    expect(
      run(
        600,
        [
          [1, 2],
          [3, ''],
        ],
        1,
      ),
    ).toEqual([
      [100, 200],
      [300, ''],
    ]);
  });

  it('is blank for a single empty cell of weights, in Excel ([[null]]) as in Sheets ("")', () => {
    expect(run(1000, [[null]], 1)).toBe('');
    expect(run(1000, '', 1)).toBe('');
  });

  it('is blank for a blank total', () => {
    expect(run('', [[1], [2]])).toBe('');
  });

  it('refuses more than 2^53 steps, which cannot add up exactly (it used to loop for ever on 1e300 in steps of 1)', () => {
    expectError(run(1e300, [[0.1], [0.2], [0.3]], 1), 'tooManySteps', 'total', 'step');
    // 3e18 in steps of 1 used to come back as parts adding up to 2 999 999 999 999 999 500.
    expectError(run(3e18, [[1], [2]], 1), 'tooManySteps', 'total', 'step');
    // Just under 2^53 the parts still add up: 9 007 199 254 740 975 over {0.2; 85; 97}.
    const parts = planSplit(9007199254740975, [0.2, 85, 97], 1) as number[];
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(9007199254740975);
  });

  it('splits weights too large to add up (1e308 + 1e308) by their ratio, not into zeros', () => {
    expect(run(1000, [[1e308], [1e308]], 1)).toEqual([[500], [500]]);
    expect(run(1000, [[1e308], [1.5e308]], 1)).toEqual([[400], [600]]);
    // total × weight overflows, total × (weight / sum) does not.
    expect(run(1e300, [[1e10], [1e10]])).toEqual([[5e299], [5e299]]);
  });
});
