import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as CHURN_RATE } from '../../../core/formulas/kpi/churnRate';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(CHURN_RATE, args);

describe('CHURN_RATE', () => {
  it('is lost clients over all clients (Kотс / Kобщ)', () => {
    expect(run(12, 240)).toBe(0.05);
    expect(run(0, 240)).toBe(0);
    expect(run(240, 240)).toBe(1);
  });

  it('refuses more lost clients than clients, negative counts and zero clients', () => {
    expectError(run(250, 240), 'partExceedsWhole', 'lost_clients', 'total_clients');
    expectError(run(-1, 240), 'negative', 'lost_clients');
    expectError(run(0, 0), 'zero', 'total_clients');
  });

  it('takes a part equal to the whole up to floating-point noise as the whole', () => {
    // 0.1 + 0.2 = 0.30000000000000004 lost of 0.3 (thousands of clients, summed): all of them, 100 %.
    expect(run(0.1 + 0.2, 0.3)).toBe(1);
    expect((run(0.3 + 1e-6, 0.3) as FormulaError).kind).toBe('#NUM!');
  });

  it('broadcasts over two columns of a manager table, row by row', () => {
    const result = run([[12], [''], [5], [9]], [[240], [100], [0], [3]]) as unknown[][];
    expect(result[0]).toEqual([0.05]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#DIV/0!');
    expect((result[3][0] as FormulaError).kind).toBe('#NUM!');
  });

  it('takes a whole-number scalar with a column, the scalar repeated', () => {
    expect(run([[12], [24]], 240)).toEqual([[0.05], [0.1]]);
  });
});
