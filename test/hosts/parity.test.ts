/**
 * The same cell gives the same result in Excel and in Sheets (SPEC.md §1), through the built bundles:
 * each host passes an empty cell, a block and a linked data type its own way.
 */
import { describe, expect, it } from 'vitest';
import { ExcelError, loadExcel, loadSheets } from './bundles';

const sheets = loadSheets();
const excel = loadExcel();

/** What a cell shows from an Excel result: a 1×1 matrix is its only value. */
const shownByExcel = (result: unknown) => {
  const grid = result as unknown[][];
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
};

describe('a single empty cell given for a list, in Excel ([[null]]) and Sheets ("")', () => {
  it('ROP_BONUS(B2, , C5) with C5 empty takes the default scheme: 110 % gives 2', () => {
    expect(shownByExcel(excel.get('ROP_BONUS')!([[1.1]], null, [[null]]))).toBe(2);
    expect(sheets.ROP_BONUS(1.1, '', '')).toBe(2);
  });

  it('SALES_COMMISSION with empty thresholds and rates cells takes the seed’s 0 / 1 % / 2 %', () => {
    // 1 200 000 of a plan of 1 000 000 is 120 %: 2 % of all revenue, 24 000.
    expect(
      shownByExcel(excel.get('SALES_COMMISSION')!([[1200000]], [[1000000]], [[null]], [[null]], null)),
    ).toBe(24000);
    expect(sheets.SALES_COMMISSION(1200000, 1000000, '', '', '')).toBe(24000);
  });

  it('KPI_INDEX over an empty weights cell is blank, like any blank required input', () => {
    expect(shownByExcel(excel.get('KPI_INDEX')!([[1.1, 0.85, 1.5]], [[null]]))).toBe('');
    expect(sheets.KPI_INDEX([[1.1, 0.85, 1.5]], '')).toBe('');
  });

  it('PLAN_SPLIT and NPS over an empty cell are blank, like any blank required input', () => {
    expect(shownByExcel(excel.get('PLAN_SPLIT')!([[1000]], [[null]], [[1]]))).toBe('');
    expect(sheets.PLAN_SPLIT(1000, '', 1)).toBe('');
    expect(shownByExcel(excel.get('NPS')!([[null]]))).toBe('');
    expect(sheets.NPS('')).toBe('');
  });
});

describe('lists over a block', () => {
  it('NPS(B19:M22) over a department’s table of scores', () => {
    // Promoters 10, 9, 9; detractors 6, 0; passives 8, 7, 7: (3 − 2) / 8 × 100 = 12.5.
    const excelTable = [
      [10, 9, 8, null],
      [7, 6, null, 9],
      [0, 7, null, null],
    ];
    const sheetsTable = excelTable.map((row) => row.map((cell) => cell ?? ''));
    expect(shownByExcel(excel.get('NPS')!(excelTable))).toBe(12.5);
    expect(sheets.NPS(sheetsTable)).toBe(12.5);
  });

  it('PLAN_SPLIT over a block of weights gives the block’s shape', () => {
    // 600 by weights 1, 2 | 3, blank: 100, 200 | 300, blank.
    const expected = [
      [100, 200],
      [300, ''],
    ];
    expect(
      excel.get('PLAN_SPLIT')!(
        [[600]],
        [
          [1, 2],
          [3, null],
        ],
        [[1]],
      ),
    ).toEqual(expected);
    expect(
      sheets.PLAN_SPLIT(
        600,
        [
          [1, 2],
          [3, ''],
        ],
        1,
      ),
    ).toEqual(expected);
  });
});

describe('SALARY_BAND with a stat over a column of regions', () => {
  it('gives N×1 in both hosts, not a blank second column that would spill', () => {
    // Medians of companies: Kazan 58 000, Moscow 105 000.
    const expected = [[58000], [105000]];
    expect(excel.get('SALARY_BAND')!([['Казань'], ['Москва']], [['компании']], [[3]], [['median']])).toEqual(
      expected,
    );
    expect(sheets.SALARY_BAND([['Казань'], ['Москва']], 'компании', 3, 'median')).toEqual(expected);
  });
});

describe('Excel linked data types', () => {
  it('are read as the value the cell shows (basicValue), not "[object Object]"', () => {
    const city = { type: 'Entity', text: 'Казань', basicValue: 'Казань', properties: {} };
    expect(excel.get('SALARY_BAND')!([[city]], [['компании']], [[2]], null)).toEqual([[39000, 66000]]);
    expect(shownByExcel(excel.get('ROP_BONUS')!([[{ type: 'Double', basicValue: 1.1 }]]))).toBe(2);
  });

  it('whose value is not a number give #VALUE! quoting what the cell shows', () => {
    const stock = { type: 'Entity', text: 'Microsoft Corp', basicValue: 'Microsoft Corp', properties: {} };
    let thrown: unknown;
    try {
      excel.get('ROP_BONUS')!([[stock]]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExcelError);
    expect((thrown as ExcelError).code).toBe('#VALUE!');
    expect((thrown as ExcelError).message).toContain('Microsoft Corp');
  });
});

describe('boundaries within the 1e-9 tolerance, in both hosts', () => {
  it('21.000000000000004 elapsed days of 21 is the whole period, not #NUM!', () => {
    expect(shownByExcel(excel.get('RUN_RATE')!([[980000]], [[21.000000000000004]], [[21]]))).toBeCloseTo(
      980000,
      6,
    );
    expect(sheets.RUN_RATE(980000, 21.000000000000004, 21)).toBeCloseTo(980000, 6);
  });

  it('DAILY_TARGET of a plan already met is 0 with no days left', () => {
    expect(shownByExcel(excel.get('DAILY_TARGET')!([[1000000]], [[1000000]], [[0]]))).toBe(0);
    expect(sheets.DAILY_TARGET(1000000, 1000000, 0)).toBe(0);
  });
});
