import { describe, expect, it } from 'vitest';
import { formula as PAY_STRUCTURE } from '../../core/formulas/compensation/payStructure';
import { formula as ROP_BONUS } from '../../core/formulas/compensation/ropBonus';
import { formula as SALES_DECOMPOSE } from '../../core/formulas/planning/salesDecompose';
import { runFormula } from '../../core/runner';
import { type Computed, defineFormula, type FormulaSpec } from '../../core/spec';
import { expectError } from './expectError';

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

describe('booleans (`exact`)', () => {
  // SALES_DECOMPOSE on the seed: 450 000 / 0,16 = 2 812 500; / 2 500 = 1 125 deals; / 0,35 =
  // 3 214,29 leads; / 0,5 = 6 428,57 calls; / 50 = 128,57 days. Rounded up: 3 215, 6 430, 129.
  const seed = [450000, 0.16, 2500, 0.35, 0.5, 50, 1];
  const leads = (exact: unknown) => (runFormula(SALES_DECOMPOSE, [...seed, exact]) as number[][])[0][2];

  it('read 1 and the texts TRUE, ИСТИНА, да, yes as TRUE: nothing rounded', () => {
    for (const exact of [true, 1, 'TRUE', 'истина', 'Да', ' yes '])
      expect(leads(exact), String(exact)).toBeCloseTo(3214.29, 2);
  });

  it('read 0 and the texts FALSE, ЛОЖЬ, нет, no as FALSE: counts rounded up', () => {
    for (const exact of [false, 0, 'FALSE', 'ложь', 'Нет', 'no'])
      expect(leads(exact), String(exact)).toBe(3215);
  });

  it('refuse other numbers and texts', () => {
    for (const exact of [2, 0.5, 'может быть'])
      expectError(runFormula(SALES_DECOMPOSE, [...seed, exact]), 'notBoolean', 'exact');
  });
});

describe('results that are not finite numbers', () => {
  /** A formula whose maths overflows, in each result shape the runner shapes. */
  const overflowing = (result: FormulaSpec['result'], computed: Computed): FormulaSpec =>
    defineFormula({
      id: 'OVERFLOW',
      area: 'kpi',
      ru: 'Переполнение',
      en: 'Overflow',
      params: [{ name: 'x', ruName: 'икс', kind: 'number', ru: 'Число', en: 'A number' }],
      result,
      example: { formula: '=OVERFLOW(1)', result: 1 },
      compute: () => computed,
    });
  const texts = { ru: 'Результат', en: 'Result' };
  const row: FormulaSpec['result'] = { shape: 'row', ...texts, columns: [texts, texts] };
  const table: FormulaSpec['result'] = { shape: 'table', ...texts };

  it('are an error, not NaN or Infinity, anywhere in a row or a table', () => {
    expectError(runFormula(overflowing({ shape: 'scalar', ...texts }, Infinity), [1]), 'resultOutOfRange');
    expectError(runFormula(overflowing(row, [1, NaN]), [1]), 'resultOutOfRange');
    expectError(runFormula(overflowing(table, [[1], [-Infinity]]), [1]), 'resultOutOfRange');
    expectError(runFormula(overflowing(table, [2, Infinity]), [1]), 'resultOutOfRange');
  });

  it('make only their own row an error when the arguments are a column', () => {
    const result = runFormula(overflowing(row, [1, NaN]), [[[1], [2]]]) as unknown[][];
    expect(result).toHaveLength(2);
    for (const line of result) for (const cell of line) expectError(cell, 'resultOutOfRange');
  });
});

describe('values shown in a message', () => {
  it('are cut to 40 characters with an ellipsis, so a pasted paragraph does not fill the tooltip', () => {
    const long = 'а'.repeat(100);
    const error = expectError(runFormula(ROP_BONUS, [long]), 'notNumber', 'fulfillment');
    expect(error.message).toContain(`«${'а'.repeat(37)}…»`);
    expect(error.message).not.toContain('а'.repeat(38));
    const forty = 'б'.repeat(40);
    expect(expectError(runFormula(ROP_BONUS, [forty]), 'notNumber', 'fulfillment').message).toContain(
      `«${forty}»`,
    );
  });
});
