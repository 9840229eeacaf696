import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as LTV } from '../../../core/formulas/kpi/ltv';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(LTV, args);

describe('LTV', () => {
  it('multiplies average revenue, margin and lifetime', () => {
    // 150 000 × 0.25 × 18 = 675 000.
    expect(run(150000, 0.25, 18)).toBe(675000);
  });

  it('takes a lifetime of 1 / CHURN_RATE periods', () => {
    // Churn 5% a month → 20 months: 100 000 × 0.3 × 20 = 600 000.
    expect(run(100000, 0.3, 1 / 0.05) as number).toBeCloseTo(600000, 6);
  });

  it('is 0 for a zero margin, not a division by zero', () => {
    expect(run(150000, 0, 18)).toBe(0);
  });

  it('reads numbers typed as text', () => {
    expect(run('150 000', '25%', '18')).toBe(675000);
  });

  it('refuses a margin typed as 25 for 25%', () => {
    expectError(run(150000, 25, 18), 'aboveOne', 'margin');
  });

  it('refuses a negative lifetime', () => {
    expectError(run(150000, 0.25, -1), 'negative', 'lifetime_periods');
  });

  it('broadcasts over clients, keeping bad rows in place', () => {
    const result = run([[150000], [''], [100000]], [[0.25], [0.2], [2]], 12) as unknown[][];
    expect(result[0]).toEqual([450000]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#NUM!');
  });
});
