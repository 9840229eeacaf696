/**
 * A block read one item per row (SPEC.md §1, "Ranges"): a whole managers table in one formula, through
 * both built bundles, with one bad row shown in its place — text in Sheets, an error element in Excel.
 */
import { describe, expect, it } from 'vitest';
import { ExcelError, loadExcel, loadSheets } from './bundles';

const sheets = loadSheets();
const excel = loadExcel();

// Calls, leads, meetings, deals per manager; the plan is 30% / 40% / 25%.
const funnels = [
  [800, 240, 96, 24],
  [900, 180, 90, 30],
  [1000, 300, 60, 15],
  ['', '', '', ''],
];
const plan = [[0.3, 0.4, 0.25]];

describe('a block of one item per row, in both hosts', () => {
  it('FUNNEL_CONVERSION gives a row of conversions per manager', () => {
    // 1000 → 300 → 60 → 15: 0.3, 0.2, 0.25, overall 15 / 1000 = 0.015.
    const expected = [0.3, 0.2, 0.25, 0.015];
    expect((sheets.FUNNEL_CONVERSION(funnels) as number[][])[2]).toEqual(expected);
    expect((excel.get('FUNNEL_CONVERSION')!(funnels) as number[][])[2]).toEqual(expected);
    expect((sheets.FUNNEL_CONVERSION(funnels) as string[][])[3]).toEqual(['', '', '', '']);
  });

  it('FUNNEL_BOTTLENECK gives the stage to fix per manager', () => {
    // Иванов meets every conversion → 0; Петров loses most at calls → leads → 1; Сидорова at leads → meetings → 2.
    const expected = [[0], [1], [2], ['']];
    expect(sheets.FUNNEL_BOTTLENECK(funnels, plan)).toEqual(expected);
    expect(excel.get('FUNNEL_BOTTLENECK')!(funnels, plan)).toEqual(expected);
  });

  it('KPI_INDEX gives an index per person and an error in the row of a half-filled one only', () => {
    const scores = [
      [1, 1, 1],
      [0.8, 1, 0.8],
      [1, '', 1],
    ];
    const weights = [[2, 1, 1]];
    // (0.8 × 2 + 1 + 0.8) / 4 = 0.85.
    const inSheets = sheets.KPI_INDEX(scores, weights) as unknown[][];
    expect(inSheets[0]).toEqual([1]);
    expect(inSheets[1][0]).toBeCloseTo(0.85, 12);
    expect(inSheets[2][0]).toMatch(/^#VALUE! KPI_INDEX: .*row 3 is blank in column 2/);
    const inExcel = excel.get('KPI_INDEX')!(scores, weights) as unknown[][];
    expect(inExcel[0]).toEqual([1]);
    expect(inExcel[2][0]).toBeInstanceOf(ExcelError);
    expect((inExcel[2][0] as ExcelError).code).toBe('#VALUE!');
  });

  it('ABC_CLASS keeps the shape of a row', () => {
    const expected = [['C', '', 'A', 'B', 'A', 'B']];
    expect(sheets.ABC_CLASS([[40, '', 500, 100, 300, 60]])).toEqual(expected);
    expect(excel.get('ABC_CLASS')!([[40, '', 500, 100, 300, 60]])).toEqual(expected);
  });
});
