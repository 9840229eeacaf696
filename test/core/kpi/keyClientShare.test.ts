import { describe, expect, it } from 'vitest';
import { formula as KEY_CLIENT_SHARE } from '../../../core/formulas/kpi/keyClientShare';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(KEY_CLIENT_SHARE, args);

describe('KEY_CLIENT_SHARE', () => {
  it('divides key clients’ revenue by all revenue', () => {
    // 1 800 000 / 3 000 000 = 0.6.
    expect(run(1800000, 3000000)).toBe(0.6);
  });

  it('reads revenue exported from 1C as text', () => {
    expect(run('1 800 000,00', '3\u00a0000\u00a0000,00')).toBe(0.6);
  });

  it('refuses key revenue above all revenue, naming both', () => {
    expectError(run(3000001, 3000000), 'partExceedsWhole', 'key_revenue', 'total_revenue');
  });

  it('refuses zero revenue as a division by zero', () => {
    expectError(run(0, 0), 'zero', 'total_revenue');
  });

  it('broadcasts over a column, a bad row staying an error in place', () => {
    const result = run([[1800000], [true], [500000]], 3000000) as unknown[][];
    expect(result[0]).toEqual([0.6]);
    expectError(result[1][0], 'notNumber', 'key_revenue');
    expect(result[2][0] as number).toBeCloseTo(0.1667, 4);
  });
});
