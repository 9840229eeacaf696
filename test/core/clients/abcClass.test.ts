import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as ABC_CLASS } from '../../../core/formulas/clients/abcClass';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(ABC_CLASS, args);
const column = (...values: unknown[]) => values.map((value) => [value]);

describe('ABC_CLASS', () => {
  it('keeps the item that crosses 80% in A (SPEC example)', () => {
    // Total 1 000. Before 500: 0 → A; before 300: 50% → A; before 100: 80% → B; before 60: 90% → B;
    // before 40: 96% → C.
    expect(run(column(500, 300, 100, 60, 40))).toEqual([['A'], ['A'], ['B'], ['B'], ['C']]);
  });

  it('sorts by value whatever the order, and keeps the shape and the blanks', () => {
    expect(run([[40, '', 500, 100, 300, 60]])).toEqual([['C', '', 'A', 'B', 'A', 'B']]);
  });

  it('takes other boundaries', () => {
    // a_share 50%: before 300 the share is 50% → not below → B; b_share 90%: before 60 is 90% → C.
    expect(run(column(500, 300, 100, 60, 40), 0.5, 0.9)).toEqual([['A'], ['B'], ['B'], ['C'], ['C']]);
  });

  it('gives ties the order they come in', () => {
    // 4 × 250: before 0, 25%, 50%, 75% → A A A A (each is below 80% before it).
    expect(run(column(250, 250, 250, 250))).toEqual([['A'], ['A'], ['A'], ['A']]);
  });

  it('is all blank for all blanks, and refuses what breaks everyone’s share', () => {
    expect(run(column('', null))).toEqual([[''], ['']]);
    expect((run(column(500, -1)) as FormulaError).kind).toBe('#NUM!');
    expect((run(column(500, 'много')) as FormulaError).kind).toBe('#VALUE!');
    expect((run(column(0, 0)) as FormulaError).kind).toBe('#DIV/0!');
    const order = run(column(500, 300), 0.9, 0.8) as FormulaError;
    expectError(order, 'sharesOutOfOrder', 'a_share', 'b_share');
  });
});
