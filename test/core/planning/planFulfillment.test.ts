import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as PLAN_FULFILLMENT } from '../../../core/formulas/planning/planFulfillment';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(PLAN_FULFILLMENT, args);

describe('PLAN_FULFILLMENT', () => {
  it('divides fact by plan, and may exceed 100%', () => {
    expect(run(1150000, 1000000)).toBe(1.15);
    expect(run(640000, 1000000)).toBe(0.64);
    expect(run(1000000, 1000000)).toBe(1);
  });

  it('reads numbers typed as text', () => {
    // 1 234.5 / 1 000 = 1.2345.
    expect(run('1 234,5', '1000')).toBe(1.2345);
  });

  it('broadcasts over plan-fact columns, keeping per-row errors without blanking other rows', () => {
    const result = run([[900], [''], [500], [300]], [[1000], [1000], [0], [200]]) as unknown[][];
    expect(result[0]).toEqual([0.9]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#DIV/0!');
    expect(result[3]).toEqual([1.5]);
  });

  it('refuses a zero plan as a division by zero, naming it', () => {
    expectError(run(100, 0), 'zero', 'plan');
  });

  it('refuses columns of different sizes', () => {
    const error = expectError(run([[1], [2]], [[1], [2], [3]]), 'shapeMismatch', 'fact', 'plan');
    expect(error.message).toContain('2×1');
    expect(error.message).toContain('3×1');
  });

  it('refuses a negative fact and a boolean plan', () => {
    expectError(run(-5, 100), 'negative', 'fact');
    expectError(run(5, true), 'notNumber', 'plan');
  });
});
