import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as NEXT_TIER_GAP, nextTierGap } from '../../../core/formulas/compensation/nextTierGap';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(NEXT_TIER_GAP, args);
const PLAN = 1_000_000;

describe('NEXT_TIER_GAP', () => {
  it('gives the revenue still needed to the next threshold of ROP_BONUS’s scheme', () => {
    // 500 000 → 80%: 800 000 − 500 000; 900 000 → 100%: 1 000 000 − 900 000; 1 100 000 → 120%.
    expect(run(500000, PLAN)).toBe(300000);
    expect(run(900000, PLAN)).toBe(100000);
    expect(run(1100000, PLAN)).toBe(100000);
  });

  it('is 0 at exactly a threshold: the next tier starts once the gap is exceeded', () => {
    expect(run(800000, PLAN)).toBe(0);
    expect(run(800, 1000)).toBe(0);
    expect(run(1000000, PLAN)).toBe(0);
    expect(run(1200000, PLAN)).toBe(0);
    // 0.8 × 3 is 2.4000000000000004: at 80% within the tolerance, so 0, not a negative dust.
    expect(nextTierGap(0.8 * 3, 3, [0.8, 1, 1.2])).toBe(0);
  });

  it('a hair below a threshold gives that hair, a hair above gives the gap to the following one', () => {
    expect(run(799999.99, PLAN) as number).toBeCloseTo(0.01, 6);
    // Above 80%, the next is 100%: 1 000 000 − 800 000.01.
    expect(run(800000.01, PLAN) as number).toBeCloseTo(199999.99, 6);
  });

  it('is 0 past the last threshold', () => {
    expect(run(1300000, PLAN)).toBe(0);
    expect(run(1200000.01, PLAN)).toBe(0);
  });

  it('takes a custom scheme, such as the commission’s {80%; 100%}', () => {
    expect(run(950000, PLAN, [[0.8], [1]])).toBe(50000);
    expect(run(1100000, PLAN, [[0.8, 1]])).toBe(0);
  });

  it('reads numbers typed as text', () => {
    expect(run('900 000', '1 000 000', [['80%'], ['100%']])).toBe(100000);
  });

  it('broadcasts over a team’s fact and plan columns', () => {
    const result = run(
      [[500000], [''], [-1], [1500000]],
      [[1000000], [1000000], [1000000], [1000000]],
    ) as unknown[][];
    expect(result[0]).toEqual([300000]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#NUM!');
    expect(result[3]).toEqual([0]);
  });

  it('refuses a zero plan and unsorted thresholds, naming them', () => {
    expectError(run(500000, 0), 'zero', 'plan');
    expectError(run(500000, PLAN, [[1], [0.8]]), 'notAscending', 'thresholds');
  });
});
