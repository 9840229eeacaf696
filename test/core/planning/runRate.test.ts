import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as RUN_RATE } from '../../../core/formulas/planning/runRate';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(RUN_RATE, args);

describe('RUN_RATE', () => {
  it('forecasts the period at the current pace', () => {
    // 450 000 × 21 / 9 = 1 050 000.
    expect(run(450000, 9, 21)).toBe(1050000);
  });

  it('is the fact itself on the last day', () => {
    expect(run(980000, 21, 21)).toBe(980000);
  });

  it('refuses more elapsed days than the period has, naming both', () => {
    expectError(run(450000, 22, 21), 'partExceedsWhole', 'elapsed_days', 'total_days');
  });

  it('takes elapsed days equal to the period up to floating-point noise as the whole period', () => {
    // 21.000000000000004 of 21 days (a difference of dates) is the last day: the fact itself.
    expect(run(980000, 21.000000000000004, 21)).toBeCloseTo(980000, 6);
    expect((run(980000, 21.001, 21) as FormulaError).kind).toBe('#NUM!');
  });

  it('refuses zero elapsed days as a division by zero', () => {
    expect((run(0, 0, 21) as FormulaError).kind).toBe('#DIV/0!');
  });

  it('reads numbers typed as text', () => {
    expect(run('450 000,00', '9', '21')).toBe(1050000);
  });

  it('broadcasts over a column of managers’ facts with the day counts as scalars', () => {
    // 90 000 × 21 / 9 = 210 000; 0 stays 0.
    const result = run([[90000], [''], [0], ['n/a']], 9, 21) as unknown[][];
    expect(result[0]).toEqual([210000]);
    expect(result[1]).toEqual(['']);
    expect(result[2]).toEqual([0]);
    expect((result[3][0] as FormulaError).kind).toBe('#VALUE!');
  });

  it('keeps an elapsed > total row as its own error in a column', () => {
    const result = run(100, [[5], [30]], 21) as unknown[][];
    expect(result[0]).toEqual([420]);
    expect((result[1][0] as FormulaError).kind).toBe('#NUM!');
  });
});
