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

/** Excel with one selected range and one range the wizard would write into, holding `formulas`. */
function excelWith(selected: string, formulas: string[][]) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        selected: { address: selected, worksheet: { name: 'План продаж' } },
        target: { formulas },
        getSelectedRange() {
          return this.selected;
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

describe('ExcelWorkbook reads through office-addin-mock', () => {
  it('takes the selection’s sheet and top-left cell after a sync', async () => {
    const { context } = excelWith("'План продаж'!C5:D7", [['']]);
    expect(await new ExcelWorkbook(context).selection()).toEqual({ sheet: 'План продаж', anchor: 'C5' });
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
      range: 'B2:E15',
    });
  });
});
