import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as MANAGERS_NEEDED } from '../../../core/formulas/funnel/managersNeeded';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(MANAGERS_NEEDED, args);

describe('MANAGERS_NEEDED', () => {
  it('rounds the headcount up (SPEC: 6 430 calls at 50 a day in 22 days → 6)', () => {
    // 6 430 / (50 × 22) = 6 430 / 1 100 = 5.845… → 6.
    expect(run(6430, 50, 22)).toBe(6);
    expect(run(6430, 50, 22, true)).toBeCloseTo(5.845455, 6);
  });

  it('does not add a manager for floating-point noise', () => {
    // 3 300 / (50 × 22) = 3 exactly.
    expect(run(3300, 50, 22)).toBe(3);
  });

  it('broadcasts over a column of plans', () => {
    // January 2026 has 15 working days: 6 430 / 750 = 8.57 → 9; 1 500 / 750 = 2.
    expect(run([[6430], [1500], ['']], 50, 15)).toEqual([[9], [2], ['']]);
  });

  it('refuses zero working days', () => {
    expect((run(6430, 50, 0) as FormulaError).kind).toBe('#DIV/0!');
  });
});
