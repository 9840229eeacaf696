import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as KPI_SCORE } from '../../../core/formulas/design/kpiScore';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(KPI_SCORE, args);

describe('KPI_SCORE', () => {
  it('gives fact / plan when more is better, plan / fact when less is (SPEC examples)', () => {
    expect(run(90, 100)).toBe(0.9);
    // 4 complaints against at most 5: 5 / 4 = 1.25.
    expect(run(4, 5, 'less')).toBe(1.25);
    expect(run(4, 5, 'Меньше')).toBe(1.25);
    expect(run(120, 100, 'БОЛЬШЕ')).toBe(1.2);
  });

  it('caps the score', () => {
    expect(run(180, 100, '', 1.5)).toBe(1.5);
    expect(run(2, 5, 'less', 1.5)).toBe(1.5);
  });

  it('gives the cap for a "less" KPI with nothing to count, and asks for one when there is none', () => {
    expect(run(0, 5, 'less', 1.5)).toBe(1.5);
    const error = run(0, 5, 'less') as FormulaError;
    expectError(error, 'needsCap', 'fact', 'cap');
  });

  it('refuses an unknown direction and a zero plan', () => {
    expect(expectError(run(4, 5, 'up'), 'unknownChoice', 'direction').message).toContain('more, less');
    expect((run(4, 0) as FormulaError).kind).toBe('#DIV/0!');
  });

  it('scores a column of managers in one formula', () => {
    expect(run([[90], [110], ['']], 100)).toEqual([[0.9], [1.1], ['']]);
  });
});
