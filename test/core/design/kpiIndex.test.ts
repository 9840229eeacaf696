import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as KPI_INDEX } from '../../../core/formulas/design/kpiIndex';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(KPI_INDEX, args);

describe('KPI_INDEX', () => {
  it('weighs one person’s scores (SPEC example)', () => {
    // 1.1 × 0.5 + 0.85 × 0.25 + 1.5 × 0.25 = 0.55 + 0.2125 + 0.375 = 1.1375.
    expect(run([[1.1, 0.85, 1.5]], [[0.5, 0.25, 0.25]])).toBeCloseTo(1.1375, 12);
    // Relative weights: {50, 25, 25} is the same scheme.
    expect(run([[1.1, 0.85, 1.5]], [[50, 25, 25]])).toBe(1.1375);
    // A column of scores is one person too.
    expect(run([[1.1], [0.85], [1.5]], [[50], [25], [25]])).toBe(1.1375);
  });

  it('gives a column of indices for a table of people', () => {
    // Weights 2 : 1 : 1. Иванов (1, 1, 1) → 1; Петров (0.9, 1.2, 1) → (1.8 + 1.2 + 1) / 4 = 1.
    // Сидорова (0.8, 1, 0.8) → (1.6 + 1 + 0.8) / 4 = 0.85. A blank row is blank.
    const result = run(
      [
        [1, 1, 1],
        [0.9, 1.2, 1],
        [0.8, 1, 0.8],
        ['', '', ''],
      ],
      [[2, 1, 1]],
    ) as number[][];
    expect(result[0]).toEqual([1]);
    expect(result[1][0]).toBeCloseTo(1, 12);
    expect(result[2][0]).toBeCloseTo(0.85, 12);
    expect(result[3]).toEqual(['']);
  });

  it('shows a blank among filled scores as an error in that person’s row only', () => {
    const result = run(
      [
        [1, 1, 1],
        [1, '', 1],
      ],
      [[1, 1, 1]],
    ) as unknown[][];
    expect(result[0]).toEqual([1]);
    const error = result[1][0] as FormulaError;
    expectError(error, 'blankInRow', 'scores');
  });

  it('reads a blank weight as 0', () => {
    // (1.2 × 1 + 0.5 × 0 + 0.9 × 1) / 2 = 1.05.
    expect(run([[1.2, 0.5, 0.9]], [[1, '', 1]])).toBeCloseTo(1.05, 12);
  });

  it('refuses weights that do not match the scores, negative weights and weights all zero', () => {
    const length = run([[1, 1, 1]], [[1, 1]]) as FormulaError;
    expectError(length, 'listsDiffer', 'weights', 'scores');
    expect((run([[1, 1]], [[1, -1]]) as FormulaError).kind).toBe('#NUM!');
    expect((run([[1, 1]], [[0, 0]]) as FormulaError).kind).toBe('#DIV/0!');
  });
});
