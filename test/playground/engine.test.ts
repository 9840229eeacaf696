import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { createEngine } from '../../playground/engine';
import { runFormula } from '../../core/runner';
import { formula as ROP_BONUS } from '../../core/formulas/compensation/ropBonus';
import { FormulaError } from '../../core/errors';

const engine = createEngine(catalogue);
const sheet = engine.getSheetId(engine.addSheet('Examples'))!;

/** Puts `formula` at A1 of an empty sheet and reads back the block it spills into. */
function evaluate(formula: string, rows: number, columns: number): unknown[][] {
  engine.setSheetContent(sheet, [[formula]]);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, col) => engine.getCellValue({ sheet, row, col })),
  );
}

describe('the playground engine (HyperFormula with the ROP Kit plugin)', () => {
  it('gives every formula’s documented example, spilled to its declared size', () => {
    for (const spec of catalogue) {
      const expected = Array.isArray(spec.example.result) ? spec.example.result : [[spec.example.result]];
      const got = evaluate(spec.example.formula, expected.length, expected[0].length);
      expect(got, spec.example.formula).toEqual(expected);
    }
  });

  it('spills one row per line when SALES_DECOMPOSE gets columns', () => {
    engine.setSheetContent(sheet, [
      [450000, 0.16, '=SALES_DECOMPOSE(A1:A2, B1:B2, 2500, 0.35, 0.5, 50)'],
      [900000, 0.16],
    ]);
    expect(engine.getSheetValues(sheet)).toEqual([
      [450000, 0.16, 2812500, 1125, 3215, 6430, 129],
      [900000, 0.16, 5625000, 2250, 6429, 12858, 258],
    ]);
  });

  it('shows a bad element as its error, with the message, without blanking the other rows', () => {
    engine.setSheetContent(sheet, [[0.9, '=ROP_BONUS(A1:A3)'], ['abc'], [1.3]]);
    expect(engine.getCellValue({ sheet, row: 0, col: 1 })).toBe(1);
    const error = engine.getCellValue({ sheet, row: 1, col: 1 }) as { value: string; message: string };
    expect(error.value).toBe('#VALUE!');
    const core = runFormula(ROP_BONUS, ['abc']) as FormulaError;
    expect(error.message).toBe(core.message);
    expect(engine.getCellValue({ sheet, row: 2, col: 1 })).toBe(3);
  });
});

describe('PLAN_SPLIT in the engine', () => {
  it('spills a row of weights as a row and a column as a column', () => {
    engine.setSheetContent(sheet, [['=PLAN_SPLIT(1000, {1,1,1}, 1)'], [], ['=PLAN_SPLIT(1000, {1;1;2}, 1)']]);
    expect(engine.getSheetValues(sheet)).toEqual([[334, 333, 333], [], [250], [250], [500]]);
  });
});

describe('blocks and stats in the engine', () => {
  it('spills PLAN_SPLIT over a block of weights in the block’s shape', () => {
    // 600 by 1, 2 | 3, 0: 100, 200 | 300, 0.
    engine.setSheetContent(sheet, [['=PLAN_SPLIT(600, {1,2;3,0}, 1)']]);
    expect(engine.getSheetValues(sheet)).toEqual([
      [100, 200],
      [300, 0],
    ]);
  });

  it('spills SALARY_BAND with a stat over a column of regions as one column, nothing beside it', () => {
    // Medians of companies: Kazan 58 000, Moscow 105 000; C1 stays free for the user.
    engine.setSheetContent(sheet, [
      ['Казань', '=SALARY_BAND(A1:A2, "компании", 3, "median")', 'моё'],
      ['Москва'],
    ]);
    expect(engine.getSheetValues(sheet)).toEqual([
      ['Казань', 58000, 'моё'],
      ['Москва', 105000],
    ]);
  });

  it('reads NPS over a whole block of scores', () => {
    // Promoters 10, 9; detractors 6, 0: (2 − 2) / 5 × 100 = 0 with 8 passive.
    engine.setSheetContent(sheet, [[10, 9, 8], [6, 0], ['=NPS(A1:C2)']]);
    expect(engine.getCellValue({ sheet, row: 2, col: 0 })).toBe(0);
  });
});

describe('no stale values after an error', () => {
  it('fills a failing spill with its error, so a formula reading the spill shows it too', () => {
    engine.setSheetContent(sheet, [[1, '=PLAN_SPLIT(1000,{1;1;1},A1)', '=INDEX(B1:B3,2)', '=SUM(B1:B3)']]);
    // 1000 split 1:1:1 in steps of 1: 334, 333, 333.
    expect(engine.getSheetValues(sheet)).toEqual([
      [1, 334, 333, 1000],
      [null, 333],
      [null, 333],
    ]);
    engine.setCellContents({ sheet, row: 0, col: 0 }, 0);
    const shown = engine
      .getSheetValues(sheet)
      .flat()
      .map((value) => (value !== null && typeof value === 'object' ? value.value : value));
    expect(shown).toEqual([0, '#DIV/0!', '#DIV/0!', '#DIV/0!', null, '#DIV/0!', null, '#DIV/0!']);
  });

  it('passes an error argument to a spilling formula over its whole block', () => {
    engine.setSheetContent(sheet, [
      ['=1/0', '=SALES_DECOMPOSE(A1, 0.16, 2500, 0.35, 0.5, 50)', null, null, null, null, '=F1+1'],
    ]);
    const row = engine.getSheetValues(sheet)[0].map((value) => (value as { value: string }).value);
    expect(row).toEqual(['#DIV/0!', '#DIV/0!', '#DIV/0!', '#DIV/0!', '#DIV/0!', '#DIV/0!', '#DIV/0!']);
  });
});
