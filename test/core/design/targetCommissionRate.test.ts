import { expectError } from '../expectError';
import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as TARGET_COMMISSION_RATE } from '../../../core/formulas/design/targetCommissionRate';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(TARGET_COMMISSION_RATE, args);

describe('TARGET_COMMISSION_RATE', () => {
  it('gives the rate that pays the bonus part at exactly the plan (SPEC example)', () => {
    // 100 000 × (1 − 0.3 − 0.1) / 1 000 000 = 60 000 / 1 000 000 = 0.06.
    expect(run(100000, 1000000)).toBe(0.06);
  });

  it('takes other shares', () => {
    // A head of sales: fixed 40%, soft 20% → 150 000 × 0.4 / 3 000 000 = 0.02.
    expect(run(150000, 3000000, 0.4, 0.2)).toBeCloseTo(0.02, 15);
  });

  it('broadcasts over a column of plans', () => {
    // 60 000 / 1 200 000 = 0.05; 60 000 / 800 000 = 0.075.
    expect(run(100000, [[1200000], [800000]])).toEqual([[0.05], [0.075]]);
  });

  it('refuses shares above 100% together and a zero plan', () => {
    expectError(run(100000, 1000000, 0.7, 0.4), 'sharesAboveOne', 'fixed_share', 'soft_share');
    expect((run(100000, 0) as FormulaError).kind).toBe('#DIV/0!');
  });
});
