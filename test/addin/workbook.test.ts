import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExcelWorkbook } from '../../addin/workbook';
import { parseCell, parseRange, rangeName } from '../../core/templates/a1';
import { TEMPLATES, insertTemplate } from '../../core/templates/registry';
import type { Lang } from '../../core/templates/model';
import { defaultInputs } from '../../core/wizard/inputs';
import { insertWizard } from '../../core/wizard/sheet';
import { type ExcelSheet, FakeExcel } from './fakeExcel';

/** Office.js's `Office` global, reporting ExcelApi 1.1 to 1.`newest` as supported. */
function officeWithExcelApi(newest: number) {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === 'ExcelApi' && Number(version.split('.')[1]) <= newest,
      },
    },
  });
}

let excel: FakeExcel;
let workbook: ExcelWorkbook;

beforeEach(() => {
  vi.stubGlobal('Office', officeWithExcelApi(18));
  excel = new FakeExcel();
  workbook = new ExcelWorkbook(excel.context);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function insert(id: string, lang: Lang = 'ru'): Promise<ExcelSheet> {
  return excel.sheet(await insertTemplate(id, workbook, lang));
}

const formula = (sheet: ExcelSheet, a1: string) => sheet.cells.get(a1)?.formula;
const received = (what: string) => excel.received.filter((call) => call.what === what);

describe('ExcelWorkbook.writeBlock', () => {
  it('sets the whole block’s formulas in one assignment, queued until commit', async () => {
    await workbook.writeBlock('Лист1', 'B2', [
      ['16%', '2025', '=not a formula', "'quoted"],
      [0.16, true, { formula: '=KPI.PLAN_SPLIT(B1,C1:C3)' }, null],
    ]);
    expect(excel.syncs).toBe(0);
    expect(excel.sheet('Лист1').cells.size).toBe(0);
    await workbook.commit();
    expect(excel.syncs).toBe(1);
    expect(received('formulas')).toEqual([
      {
        sheet: 'Лист1',
        range: 'B2:E3',
        what: 'formulas',
        value: [
          ["'16%", "'2025", "'=not a formula", "''quoted"],
          [0.16, true, '=KPI.PLAN_SPLIT(B1,C1:C3)', null],
        ],
      },
    ]);
    expect(excel.sheet('Лист1').formulas('B2:E3')).toEqual([
      ['16%', '2025', '=not a formula', "'quoted"],
      [0.16, true, '=KPI.PLAN_SPLIT(B1,C1:C3)', ''],
    ]);
  });
});

describe('every template through ExcelWorkbook', () => {
  for (const lang of ['ru', 'en'] as Lang[]) {
    for (const template of TEMPLATES) {
      it(`inserts ${template.id} (${lang}) in three syncs: sheet names, range names, commit`, async () => {
        const sheet = await insert(template.id, lang);
        expect(sheet.name).toBe(template.sheet[lang]);
        expect(excel.syncs).toBe(3);
        // Cells go in one write per block, never per cell: exactly as many `formulas` writes as the
        // template has blocks, each over its block's whole rectangle, with a row of values per row.
        const writes = received('formulas');
        expect(writes).toHaveLength(template.blocks.length);
        template.blocks.forEach((block, i) => {
          const from = parseCell(block.anchor);
          const width = Math.max(...block.rows.map((row) => row.length));
          const to = { row: from.row + block.rows.length - 1, col: from.col + width - 1 };
          expect(writes[i].range, `${template.id} block ${block.anchor}`).toBe(rangeName(from, to));
          const rows = writes[i].value as unknown[][];
          expect(rows.map((row) => row.length)).toEqual(block.rows.map(() => width));
        });
        // Every value and formula on the sheet came from those writes.
        const written = (address: string) =>
          writes.some(({ range }) => {
            const { from, to } = parseRange(range);
            const { row, col } = parseCell(address);
            return row >= from.row && row <= to.row && col >= from.col && col <= to.col;
          });
        const filled = [...sheet.cells].filter(([, cell]) => cell.formula !== '');
        expect(filled.length).toBeGreaterThan(0);
        for (const [address] of filled) expect(written(address), address).toBe(true);
        expect(received('names.add').map(({ value }) => value)).toEqual(Object.keys(template.names));
      });
    }
  }
});

describe('what each template writes into Excel', () => {
  it('decomposition: KPI. formulas, inputs, formats, styles, notes, names, frozen row, widths in points, the funnel chart', async () => {
    const sheet = await insert('decomposition');
    expect(formula(sheet, 'B15')).toBe('=KPI.SALES_DECOMPOSE(B5,B6,B7,B8,B9,B10,B11)');
    expect(formula(sheet, 'C16')).toBe('=KPI.ACTIVITY_PLAN(C15:E15,B11,B12)');
    expect(formula(sheet, 'B19')).toBe('=E15');
    expect(formula(sheet, 'B27')).toBe('=KPI.REVERSE_FUNNEL(B24,B26:F26)');
    expect(sheet.formulas('A5:B6')).toEqual([
      ['Цель по чистой прибыли за период, ₽', 450000],
      ['Маржа: доля прибыли в выручке', 0.16],
    ]);
    expect(sheet.cells.get('B5')).toMatchObject({ numberFormat: '#,##0" ₽"', fill: '#FFF2CC' });
    expect(sheet.cells.get('B6')?.numberFormat).toBe('0.0%');
    expect(sheet.cells.get('F15')?.numberFormat).toBe('#,##0');
    expect(sheet.cells.get('A1')).toMatchObject({ bold: true, fontSize: 14 });
    expect(sheet.cells.get('B14')).toMatchObject({ bold: true, fill: '#E7E6E6' });
    expect(received('numberFormat')).toContainEqual({
      sheet: 'Декомпозиция',
      range: 'B8:B9',
      what: 'numberFormat',
      value: [['0.0%'], ['0.0%']],
    });
    expect(sheet.notes.get('B6')).toBe('16% — из каждых 100 ₽ выручки 16 ₽ прибыли.');
    expect(excel.names.get('decomp_margin')).toEqual({ sheet: 'Декомпозиция', range: 'B6' });
    expect(excel.names.get('decomp_funnel_conversions')).toEqual({ sheet: 'Декомпозиция', range: 'B26:F26' });
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.columnWidths]).toEqual([
      ['A', 292.5],
      ['B', 97.5],
      ['C', 82.5],
      ['D', 82.5],
      ['E', 82.5],
      ['F', 82.5],
      ['G', 82.5],
    ]);
    expect(sheet.charts).toEqual([
      {
        type: 'BarClustered',
        seriesBy: 'Columns',
        title: 'Воронка продаж: сколько нужно',
        position: 'I4',
        width: 360,
        height: 225,
        reversePlotOrder: true,
        series: [{ name: 'Нужно', values: 'B19:B21', xValues: 'A19:A21' }],
      },
    ]);
  });

  it('sales-plan: PLAN_SPLIT prefixed, standard functions not, the report date in a date format, a chart over non-adjacent columns', async () => {
    const sheet = await insert('sales-plan', 'en');
    expect(sheet.formulas('A15:D15')).toEqual([
      ['January', 0.07, '=KPI.PLAN_SPLIT(B10,B15:B26,B6)', '=KPI.PLAN_SPLIT(B11,B15:B26,B6)'],
    ]);
    expect(formula(sheet, 'G27')).toBe('=B47');
    expect(formula(sheet, 'B30')).toBe('=TODAY()');
    expect(formula(sheet, 'B33')).toBe('=KPI.WORKDAYS_RU(DATE(YEAR(B30),MONTH(B30),1),B30)');
    expect(sheet.cells.get('B30')).toMatchObject({ numberFormat: 'dd.mm.yyyy', fill: '#FFF2CC' });
    expect(sheet.charts[0]).toMatchObject({
      type: 'ColumnClustered',
      position: 'I18',
      series: [
        { name: 'Plan (realistic)', values: 'D15:D26', xValues: 'A15:A26' },
        { name: 'Actual', values: 'F15:F26', xValues: 'A15:A26' },
      ],
    });
    expect(sheet.charts[0].reversePlotOrder).toBeUndefined();
  });

  it('motivation: the KPI matrix, rates from TARGET_COMMISSION_RATE, MANAGER_PAY per manager, ROP_PAY', async () => {
    const sheet = await insert('motivation');
    expect(formula(sheet, 'K15')).toBe('=KPI.KPI_INDEX(H15:J18,B10:D10)');
    expect(formula(sheet, 'H22')).toBe('=KPI.TARGET_COMMISSION_RATE(B22:B25,C22:C25,B5,B6)');
    expect(formula(sheet, 'J23')).toBe('=KPI.MANAGER_PAY(B23,F23,D23,C23,B5,B6,B7:C7,G23:I23)');
    // Standard functions keep their names; only ROP Kit's get the namespace.
    expect(formula(sheet, 'O22')).toBe('=IF(E22>MAX(B7:C7),"—",KPI.NEXT_TIER_GAP(D22,C22,B7:C7))');
    expect(formula(sheet, 'B53')).toBe('=KPI.ROP_PAY(B32,C32,D32,B35,B51,B36:D36,B37:E37)');
  });

  it('client-kpi and salary-benchmark: the KPI and salary functions over their inputs', async () => {
    const kpi = await insert('client-kpi');
    expect(formula(kpi, 'B11')).toBe('=KPI.CHURN_RATE(C4:C8,B4:B8)');
    expect(formula(kpi, 'F11')).toBe('=KPI.NPS(B19:M19)');
    const salary = await insert('salary-benchmark');
    expect(salary.formulas('B5:B6')).toEqual([['Москва'], ['компании']]);
    expect(formula(salary, 'B11')).toBe('=IFERROR(KPI.SALARY_BAND(B5,$B$6,$B$7,"min"),"только медиана")');
    expect(formula(salary, 'B12')).toBe('=KPI.SALARY_BAND(B5,B6,B7,"median")');
    expect(formula(salary, 'B13')).toBe('=KPI.SALARY_COMPA(B8,B5,B6)');
  });
});

describe('inserting a template twice', () => {
  it('puts the copy on "Декомпозиция (2)" with suffixed names, the first sheet untouched', async () => {
    const first = await insert('decomposition');
    const before = structuredClone([...first.cells]);
    const second = await insert('decomposition');
    expect(second.name).toBe('Декомпозиция (2)');
    expect(excel.sheets.map(({ name }) => name)).toEqual(['Лист1', 'Декомпозиция', 'Декомпозиция (2)']);
    expect(excel.names.get('decomp_margin_2')).toEqual({ sheet: 'Декомпозиция (2)', range: 'B6' });
    expect(excel.names.get('decomp_margin')).toEqual({ sheet: 'Декомпозиция', range: 'B6' });
    expect([...first.cells]).toEqual(before);
  });
});

describe('older Excel', () => {
  it('skips notes without ExcelApi 1.18 and charts without 1.7, and inserts the rest', async () => {
    vi.stubGlobal('Office', officeWithExcelApi(17));
    const withoutNotes = await insert('decomposition');
    expect(withoutNotes.notes.size).toBe(0);
    expect(withoutNotes.charts).toHaveLength(1);
    vi.stubGlobal('Office', officeWithExcelApi(6));
    const withoutChart = await insert('decomposition');
    expect(withoutChart.charts).toHaveLength(0);
    expect(formula(withoutChart, 'B15')).toBe('=KPI.SALES_DECOMPOSE(B5,B6,B7,B8,B9,B10,B11)');
  });
});

describe('drop-downs', () => {
  it('refuses a value with a comma, which Excel’s list source cannot hold', async () => {
    await expect(workbook.setValidationList('Лист1', 'A1', ['1,5', '2'])).rejects.toThrow(
      'cannot contain a comma: 1,5',
    );
  });

  it('no template offers a value with a comma', () => {
    const values = TEMPLATES.flatMap((template) => template.blocks.flatMap((block) => block.rows.flat()));
    for (const cell of values)
      if (cell?.kind === 'input' && cell.choices)
        expect([...cell.choices.ru, ...cell.choices.en].filter((value) => value.includes(','))).toEqual([]);
  });
});

describe('what the wizard asks of Excel', () => {
  it('isEmpty: loads the range’s formulas in one sync; a value or a formula makes it not empty', async () => {
    await workbook.writeBlock('Лист1', 'A1', [[null, 5, { formula: '=""' }]]);
    await workbook.commit();
    const syncs = excel.syncs;
    expect(await workbook.isEmpty('Лист1', 'A1')).toBe(true);
    expect(await workbook.isEmpty('Лист1', 'D1:F9')).toBe(true);
    expect(await workbook.isEmpty('Лист1', 'A1:B1')).toBe(false);
    expect(await workbook.isEmpty('Лист1', 'C1')).toBe(false);
    expect(excel.syncs - syncs).toBe(4);
  });

  it('selection: the selected range’s sheet and top-left cell, even when the sheet name has a "!"', async () => {
    excel.selection = { sheet: 'Лист1', range: 'C5:D7' };
    expect(await workbook.selection()).toEqual({ sheet: 'Лист1', anchor: 'C5' });
    await workbook.addSheet('План! Q1');
    await workbook.commit();
    excel.selection = { sheet: 'План! Q1', range: 'B3' };
    expect(await workbook.selection()).toEqual({ sheet: 'План! Q1', anchor: 'B3' });
  });

  it('selection: a whole column, a whole row or several areas give the first area’s top-left cell', async () => {
    excel.selection = { sheet: 'Лист1', range: 'C:C' };
    expect(await workbook.selection()).toEqual({ sheet: 'Лист1', anchor: 'C1' });
    excel.selection = { sheet: 'Лист1', range: '4:6' };
    expect(await workbook.selection()).toEqual({ sheet: 'Лист1', anchor: 'A4' });
    excel.selection = { sheet: 'Лист1', range: 'B2:C3,E5' };
    expect(await workbook.selection()).toEqual({ sheet: 'Лист1', anchor: 'B2' });
  });

  it('lists sheet and workbook names', async () => {
    await insert('salary-benchmark');
    expect(await workbook.sheetNames()).toEqual(['Лист1', 'Зарплаты']);
    expect(await workbook.rangeNames()).toEqual([
      'salary_region',
      'salary_segment',
      'salary_experience',
      'salary_current',
    ]);
  });
});

describe('the wizard in Excel', () => {
  const inputs = defaultInputs('ru');

  it('inserts labelled inputs and live KPI. formulas at an empty selection, in few syncs', async () => {
    excel.selection = { sheet: 'Лист1', range: 'B2' };
    expect(await insertWizard(inputs, workbook, 'ru', 'selection')).toEqual({
      status: 'inserted',
      sheet: 'Лист1',
      range: 'B2:E16',
    });
    const sheet = excel.sheet('Лист1');
    expect(sheet.cells.get('C3')?.formula).toBe(450000);
    expect(formula(sheet, 'C12')).toBe('=C3/C4');
    expect(formula(sheet, 'C14')).toBe('=KPI.REVERSE_FUNNEL(C12/C5,C6:C7)');
    expect(formula(sheet, 'C11')).toBe('=KPI.MONTH_WORKDAYS_RU(C10)');
    expect(formula(sheet, 'C16')).toBe('=KPI.ACTIVITY_PLAN(C14,C8,C11)');
    // Selection and emptiness are read; every write goes in the one sync of commit().
    expect(excel.syncs).toBe(3);
  });

  it('refuses a selection that is not all empty and writes nothing', async () => {
    await workbook.writeBlock('Лист1', 'D9', [['мои данные']]);
    await workbook.commit();
    excel.selection = { sheet: 'Лист1', range: 'B2:C3' };
    const writes = excel.received.length;
    expect(await insertWizard(inputs, workbook, 'ru', 'selection')).toEqual({
      status: 'occupied',
      sheet: 'Лист1',
      range: 'B2:E16',
    });
    expect(excel.received.length).toBe(writes);
    expect(excel.sheet('Лист1').formulas('D9')).toEqual([['мои данные']]);
  });

  it('goes into a new sheet when asked, under a free name', async () => {
    expect(await insertWizard(inputs, workbook, 'ru', 'new-sheet')).toMatchObject({
      sheet: 'Декомпозиция',
      range: 'A1:D15',
    });
    expect(await insertWizard(inputs, workbook, 'ru', 'new-sheet')).toMatchObject({
      sheet: 'Декомпозиция (2)',
    });
    expect(excel.activeSheet).toBe('Декомпозиция (2)');
    expect(formula(excel.sheet('Декомпозиция (2)'), 'B13')).toBe('=KPI.REVERSE_FUNNEL(B11/B4,B5:B6)');
  });
});
