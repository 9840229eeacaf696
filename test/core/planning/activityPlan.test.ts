import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { activityPlan, formula as ACTIVITY_PLAN } from '../../../core/formulas/planning/activityPlan';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(ACTIVITY_PLAN, args);

describe('ACTIVITY_PLAN', () => {
  it('rounds daily activity up: 6 430 calls by 2 managers in 22 days are 147 a day', () => {
    // 6 430 / (2 × 22) = 146.14 → 147.
    expect(run(6430, 2, 22)).toBe(147);
  });

  it('matches the seed: 6 428 calls in 129 days by one manager need 50 a day', () => {
    // 6 428 / 129 = 49.8 → 50.
    expect(run(6428, 1, 129)).toBe(50);
  });

  it('leaves the result unrounded with exact TRUE', () => {
    expect(run(6430, 2, 22, true) as number).toBeCloseTo(146.1364, 4);
    expect(run(6430, 2, 22, 'ИСТИНА') as number).toBeCloseTo(146.1364, 4);
  });

  it('does not round floating-point noise up to one more', () => {
    // 0.1 × 3 × 1 000 = 300.00000000000006; / 30 = 10.000000000000002 → 10, not 11.
    expect(activityPlan(0.1 * 3 * 1000, 1, 30, false)).toBe(10);
  });

  it('reads numbers typed as text', () => {
    expect(run('1 100', '2', '22')).toBe(25);
  });

  it('broadcasts over a column of totals with blanks and bad rows', () => {
    const result = run([[1100], [''], ['abc'], [1000]], 2, 22) as unknown[][];
    expect(result[0]).toEqual([25]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#VALUE!');
    // 1 000 / 44 = 22.7 → 23.
    expect(result[3]).toEqual([23]);
  });

  it('refuses zero managers or days as a division by zero, naming the argument', () => {
    expectError(run(6430, 0, 22), 'zero', 'managers');
    expectError(run(6430, 2, 0), 'zero', 'working_days');
  });

  it('refuses a negative total and a date', () => {
    expectError(run(-1, 2, 22), 'negative', 'total');
    expectError(run(6430, 2, new Date(2024, 0, 22)), 'notNumber', 'working_days');
  });

  it('is blank while an input is blank', () => {
    expect(run(6430, '', 22)).toBe('');
  });
});
