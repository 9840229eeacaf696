/**
 * The adapter's reads against office-addin-mock's Excel object model: values are only there after
 * `load` and `context.sync()`, as in Excel. (The write-side tests use test/addin/fakeExcel.ts, which
 * also records what each sync sends; office-addin-mock needs its object tree fixed up front.)
 */
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../addin/workbook';
import { defaultInputs } from '../../core/wizard/inputs';
import { insertWizard } from '../../core/wizard/sheet';

interface Cell {
  row: number;
  column: number;
}

/**
 * Excel with a selection and one range the wizard would write into, holding `formulas`. The selection
 * is its areas' addresses and each area's top-left cell (zero-based), which is what Excel's range API
 * answers for `getCell(0, 0)`; the address texts are there to tempt an adapter into parsing them.
 */
function excelWith(selected: string | { address: string; topLeft: Cell }[], formulas: string[][]) {
  const areas =
    typeof selected === 'string' ? [{ address: selected, topLeft: topLeftOf(selected) }] : selected;
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        // office-addin-mock models objects, not arrays: the areas are area0, area1… of `areas`.
        selectedRanges: {
          areas: {
            ...Object.fromEntries(
              areas.map(({ address, topLeft }, index) => [
                `area${index}`,
                {
                  address,
                  topLeft: {
                    rowIndex: topLeft.row,
                    columnIndex: topLeft.column,
                    worksheet: { name: 'План продаж' },
                  },
                  getCell(row: number, column: number) {
                    if (row !== 0 || column !== 0)
                      throw new Error('The adapter needs the top-left cell only');
                    return this.topLeft;
                  },
                },
              ]),
            ),
            getItemAt(index: number) {
              return (this as unknown as Record<string, unknown>)[`area${index}`];
            },
          },
        },
        target: { formulas },
        getSelectedRanges() {
          return this.selectedRanges;
        },
        worksheets: {
          getItem() {
            return { getRange: () => mock.context.workbook.target };
          },
        },
      },
    },
  }) as unknown as { context: Excel.RequestContext & { workbook: { target: { formulas: string[][] } } } };
  return mock;
}

/** "'План продаж'!C5:D7" → C5, for the single-area cases whose top-left is plain. */
function topLeftOf(address: string): Cell {
  const [, letter, digits] = /(?:^|!)\$?([A-Z])\$?(\d+)/.exec(address)!;
  return { row: Number(digits) - 1, column: letter.charCodeAt(0) - 65 };
}

describe('ExcelWorkbook reads through office-addin-mock', () => {
  it('takes the selection’s sheet and top-left cell after a sync', async () => {
    const { context } = excelWith("'План продаж'!C5:D7", [['']]);
    expect(await new ExcelWorkbook(context).selection()).toEqual({ sheet: 'План продаж', anchor: 'C5' });
  });

  it('takes the top-left cell of a whole selected column by the range API', async () => {
    const { context } = excelWith([{ address: 'Sheet1!A:A', topLeft: { row: 0, column: 0 } }], [['']]);
    expect(await new ExcelWorkbook(context).selection()).toEqual({ sheet: 'План продаж', anchor: 'A1' });
  });

  it('takes the top-left cell of the first of several selected areas', async () => {
    const { context } = excelWith(
      [
        { address: "'План продаж'!D4:E6", topLeft: { row: 3, column: 3 } },
        { address: "'План продаж'!H9", topLeft: { row: 8, column: 7 } },
      ],
      [['']],
    );
    expect(await new ExcelWorkbook(context).selection()).toEqual({ sheet: 'План продаж', anchor: 'D4' });
  });

  it('finds a range empty only when every cell has no value or formula', async () => {
    const empty = excelWith('A1', [
      ['', ''],
      ['', ''],
    ]);
    expect(await new ExcelWorkbook(empty.context).isEmpty('План продаж', 'A1:B2')).toBe(true);
    const taken = excelWith('A1', [
      ['', ''],
      ['', '=SUM(1,2)'],
    ]);
    expect(await new ExcelWorkbook(taken.context).isEmpty('План продаж', 'A1:B2')).toBe(false);
  });

  it('makes the wizard refuse an occupied selection before writing anything', async () => {
    const { context } = excelWith("'План продаж'!B2", [['', 'мои данные']]);
    expect(await insertWizard(defaultInputs('ru'), new ExcelWorkbook(context), 'ru', 'selection')).toEqual({
      status: 'occupied',
      sheet: 'План продаж',
      range: 'B2:E16',
    });
  });
});
