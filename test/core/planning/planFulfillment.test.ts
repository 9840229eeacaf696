import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as PLAN_FULFILLMENT } from '../../../core/formulas/planning/planFulfillment';
import { runFormula } from '../../../core/runner';

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
    const error = run(100, 0) as FormulaError;
    expect(error.kind).toBe('#DIV/0!');
    expect(error.message).toContain('«план» (plan)');
  });

  it('refuses columns of different sizes', () => {
    const error = run([[1], [2]], [[1], [2], [3]]) as FormulaError;
    expect(error.kind).toBe('#VALUE!');
    expect(error.message).toContain('ranges fact (2×1) and plan (3×1) differ in size');
  });

  it('refuses a negative fact and a boolean plan', () => {
    expect((run(-5, 100) as FormulaError).message).toContain('fact cannot be negative');
    expect((run(5, true) as FormulaError).message).toContain('plan must be a number, got a TRUE/FALSE value');
  });
});
