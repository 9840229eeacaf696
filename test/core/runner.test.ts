import { describe, expect, it } from 'vitest';
import { formula as PAY_STRUCTURE } from '../../core/formulas/compensation/payStructure';
import { formula as ROP_BONUS } from '../../core/formulas/compensation/ropBonus';
import { runFormula } from '../../core/runner';

describe('the runner', () => {
  it('reads an empty array as a blank argument instead of failing', () => {
    expect(runFormula(PAY_STRUCTURE, [[]])).toBe('');
    expect(runFormula(PAY_STRUCTURE, [[[]]])).toBe('');
    expect(runFormula(ROP_BONUS, [[]])).toBe('');
    expect(runFormula(ROP_BONUS, [[[0.9], [1.1]], []])).toEqual([[1], [2]]);
  });

  it('reads a one-dimensional array as a column', () => {
    expect(runFormula(ROP_BONUS, [[0.9, 1.1, 1.3]])).toEqual([[1], [2], [3]]);
  });
});

describe('list arguments', () => {
  it('take their default for an empty array, like a blank', () => {
    expect(runFormula(ROP_BONUS, [1.1, '', []])).toBe(2);
  });
});
