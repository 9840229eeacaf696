import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as RHYTHM_COEFF } from '../../../core/formulas/design/rhythmCoeff';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(RHYTHM_COEFF, args);
const column = (...values: unknown[]) => values.map((value) => [value]);

describe('RHYTHM_COEFF', () => {
  it('counts each period at most at its plan (SPEC example)', () => {
    // min(90, 100) + min(110, 100) + min(100, 100) = 290; 290 / 300 = 0.9667.
    expect(run(column(90, 110, 100), column(100, 100, 100))).toBeCloseTo(0.966667, 6);
  });

  it('is 1 when every period meets its plan', () => {
    expect(run([[1.2e6, 1.1e6, 1e6]], [[1e6, 1e6, 1e6]])).toBe(1);
  });

  it('skips the periods not closed yet, and is blank when none is', () => {
    // March not closed: (90 + 100) / 200 = 0.95.
    expect(run(column(90, 110, ''), column(100, 100, 100))).toBe(0.95);
    expect(run(column('', ''), column(100, 100))).toBe('');
  });

  it('names a closed period without a plan', () => {
    const error = run(column(90, 110, 5), column(100, 100, '')) as FormulaError;
    expectError(error, 'blankPlan', 'plans');
  });

  it('refuses lists of different lengths and plans all zero', () => {
    const length = run(column(1, 2, 3), column(1, 2)) as FormulaError;
    expectError(length, 'listsDiffer', 'facts', 'plans');
    expect((run(column(5, 5), column(0, 0)) as FormulaError).kind).toBe('#DIV/0!');
  });
});
