import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderTemplate } from '../../core/templates/render';
import { TEMPLATES, templateById } from '../../core/templates/registry';
import type { Lang } from '../../core/templates/model';
import type { Workbook } from '../../core/templates/workbook';
import { SheetsWorkbook } from '../../appsscript/workbook';
import { asSpreadsheet, type FakeSheet, FakeSpreadsheet, fakeAppsScript } from './fakeSpreadsheetApp';

let spreadsheet: FakeSpreadsheet;
let workbook: SheetsWorkbook;

beforeEach(() => {
  spreadsheet = new FakeSpreadsheet();
  const { globals } = fakeAppsScript(spreadsheet);
  vi.stubGlobal('SpreadsheetApp', globals.SpreadsheetApp);
  vi.stubGlobal('Charts', globals.Charts);
  workbook = new SheetsWorkbook(asSpreadsheet(spreadsheet));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The core's renderer over the synchronous adapter: finished when it returns, with the sheet's name. */
function insert(id: string, lang: Lang = 'ru'): FakeSheet {
  const name = renderTemplate(templateById(id)!, workbook, lang);
  if (typeof name !== 'string') throw new Error('the renderer did not finish synchronously');
  return spreadsheet.sheet(name);
}

const cell = (sheet: FakeSheet, a1: string) => sheet.cells.get(a1);
const callsNamed = (method: string) => spreadsheet.calls.filter(([name]) => name === method);

/** The async port over the synchronous adapter, to run the core's own renderer through it. */
function promised(sync: SheetsWorkbook): Workbook {
  return new Proxy(sync, {
    get: (target, key) => {
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? async (...args: unknown[]) => value.apply(target, args) : value;
    },
  }) as unknown as Workbook;
}

describe('SheetsWorkbook.writeBlock', () => {
  it('writes a column of formulas in one setFormulas call', () => {
    workbook.addSheet('S');
    workbook.writeBlock('S', 'A1', [
      ['x', { formula: '=ROP_BONUS(A1)' }, { formula: '=CHURN_RATE(1,2)' }],
      ['y', { formula: '=ROP_BONUS(A2)' }, { formula: '=CHURN_RATE(2,4)' }],
    ]);
    expect(callsNamed('setFormulas')).toEqual([
      [
        'setFormulas',
        'S',
        'B1:C2',
        [
          ['=ROP_BONUS(A1)', '=CHURN_RATE(1,2)'],
          ['=ROP_BONUS(A2)', '=CHURN_RATE(2,4)'],
        ],
      ],
    ]);
  });

  it('writes the values in one setValues call and the formulas with setFormulas, one call per rectangle', () => {
    workbook.addSheet('S');
    workbook.writeBlock('S', 'B2', [
      ['16%', '2025', '=not a formula', "'quoted"],
      [0.16, true, { formula: '=PLAN_SPLIT(B1,C1:C3)' }, null],
    ]);
    expect(callsNamed('setValues')).toEqual([
      [
        'setValues',
        'S',
        'B2:E3',
        [
          ["'16%", "'2025", "'=not a formula", "''quoted"],
          [0.16, true, '', ''],
        ],
      ],
    ]);
    // setFormulas, not setValues: it takes "," between arguments even in a Russian-locale spreadsheet.
    expect(callsNamed('setFormulas')).toEqual([['setFormulas', 'S', 'D3', [['=PLAN_SPLIT(B1,C1:C3)']]]]);
    const sheet = spreadsheet.sheet('S');
    expect(sheet.getRange('B2:E3').getValues()).toEqual([
      ['16%', '2025', '=not a formula', "'quoted"],
      [0.16, true, '', ''],
    ]);
    expect(sheet.getRange('B2:E3').getFormulas()).toEqual([
      ['', '', '', ''],
      ['', '', '=PLAN_SPLIT(B1,C1:C3)', ''],
    ]);
  });
});

describe('every template through SheetsWorkbook', () => {
  for (const lang of ['ru', 'en'] as Lang[]) {
    for (const template of TEMPLATES) {
      it(`inserts ${template.id} (${lang}) with one setValues per block and one call per format and style`, () => {
        const sheet = insert(template.id, lang);
        expect(sheet.getName()).toBe(template.sheet[lang]);
        expect(callsNamed('setValues').map(([, name, range]) => [name, range.split(':')[0]])).toEqual(
          template.blocks.map((block) => [template.sheet[lang], block.anchor]),
        );
        const formats = callsNamed('RangeList.setNumberFormat');
        expect(new Set(formats.map(([, , , code]) => code)).size).toBe(formats.length);
        expect(callsNamed('RangeList.setBackground').length).toBeLessThanOrEqual(2);
        // The fake has no per-cell setValue or setFormula: a few calls in all, plus one per note and per name.
        const notes = [...sheet.cells.values()].filter((cell) => cell.note).length;
        const names = Object.keys(template.names).length;
        expect(callsNamed('setNote')).toHaveLength(notes);
        expect(callsNamed('setNamedRange')).toHaveLength(names);
        expect(spreadsheet.calls.length - notes - names).toBeLessThan(50);
      });
    }
  }

  it('renders synchronously, exactly as the same renderer does over a host that answers with promises', async () => {
    for (const template of TEMPLATES) {
      const sync = new FakeSpreadsheet();
      const viaCore = new FakeSpreadsheet();
      const name = renderTemplate(template, new SheetsWorkbook(asSpreadsheet(sync)), 'en') as string;
      expect(typeof name).toBe('string');
      expect(await renderTemplate(template, promised(new SheetsWorkbook(asSpreadsheet(viaCore))), 'en')).toBe(
        name,
      );
      expect(sync.calls).toEqual(viaCore.calls);
      expect(sync.sheet(name).cells).toEqual(viaCore.sheet(name).cells);
      expect(sync.sheet(name).charts).toEqual(viaCore.sheet(name).charts);
    }
  });
});

describe('what each template writes into Sheets', () => {
  it('decomposition: inputs, live formulas, formats, styles, notes, names, frozen row, widths and the funnel chart', () => {
    const sheet = insert('decomposition');
    expect(sheet.contents('A4:B6')).toEqual([
      ['Исходные данные', ''],
      ['Цель по чистой прибыли за период, ₽', 450000],
      ['Маржа: доля прибыли в выручке', 0.16],
    ]);
    expect(cell(sheet, 'B15')?.formula).toBe('=SALES_DECOMPOSE(B5,B6,B7,B8,B9,B10,B11)');
    expect(cell(sheet, 'C16')?.formula).toBe('=ACTIVITY_PLAN(C15:E15,B11,B12)');
    expect(cell(sheet, 'B27')?.formula).toBe('=REVERSE_FUNNEL(B24,B26:F26)');
    expect(cell(sheet, 'B5')).toMatchObject({
      numberFormat: '#,##0" ₽"',
      background: '#FFF2CC',
      note: 'Сколько нужно заработать чистыми.',
    });
    expect(cell(sheet, 'B6')).toMatchObject({ numberFormat: '0.0%', background: '#FFF2CC' });
    expect(cell(sheet, 'F15')?.numberFormat).toBe('#,##0');
    expect(cell(sheet, 'A1')).toMatchObject({ fontWeight: 'bold', fontSize: 14 });
    expect(cell(sheet, 'B14')).toMatchObject({ fontWeight: 'bold', background: '#E7E6E6' });
    expect(spreadsheet.namedRanges.get('decomp_margin')?.a1).toBe('B6');
    expect(spreadsheet.namedRanges.get('decomp_funnel_conversions')?.a1).toBe('B26:F26');
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.columnWidths]).toEqual([
      [1, 390],
      [2, 130],
      [3, 110],
      [4, 110],
      [5, 110],
      [6, 110],
      [7, 110],
    ]);
    expect(callsNamed('setColumnWidths')).toHaveLength(3);
    expect(sheet.charts).toEqual([
      {
        type: 'BAR',
        mergeStrategy: 'MERGE_COLUMNS',
        numHeaders: 0,
        ranges: ['A19:A21', 'B19:B21'],
        position: [4, 9, 0, 0],
        options: {
          title: 'Воронка продаж: сколько нужно',
          width: 480,
          height: 300,
          series: { 0: { labelInLegend: 'Нужно' } },
        },
      },
    ]);
  });

  it('sales-plan: the month table, the report date as =TODAY() in a date format and a plan-vs-fact chart over non-adjacent columns', () => {
    const sheet = insert('sales-plan', 'en');
    expect(sheet.contents('A15:D15')).toEqual([
      ['January', 0.07, '=PLAN_SPLIT(B10,B15:B26,B6)', '=PLAN_SPLIT(B11,B15:B26,B6)'],
    ]);
    expect(cell(sheet, 'G27')?.formula).toBe('=B47');
    expect(cell(sheet, 'B30')?.formula).toBe('=TODAY()');
    expect(cell(sheet, 'B30')?.numberFormat).toBe('dd.mm.yyyy');
    expect(cell(sheet, 'B38')?.formula).toBe('=PACE(B35,B34,B30)');
    expect(sheet.charts[0]).toMatchObject({
      type: 'COLUMN',
      ranges: ['A15:A26', 'D15:D26', 'F15:F26'],
      position: [18, 9, 0, 0],
    });
    expect(sheet.charts[0].options.series).toEqual({
      0: { labelInLegend: 'Plan (realistic)' },
      1: { labelInLegend: 'Actual' },
    });
  });

  it('motivation: the KPI matrix, rates from TARGET_COMMISSION_RATE, MANAGER_PAY per manager, ROP_PAY', () => {
    const sheet = insert('motivation');
    expect(cell(sheet, 'K15')?.formula).toBe('=KPI_INDEX(H15:J18,B10:D10)');
    expect(cell(sheet, 'H22')?.formula).toBe('=TARGET_COMMISSION_RATE(B22:B25,C22:C25,B5,B6)');
    expect(cell(sheet, 'J23')?.formula).toBe('=MANAGER_PAY(B23,F23,D23,C23,B5,B6,B7:C7,G23:I23)');
    expect(cell(sheet, 'B53')?.formula).toBe('=ROP_PAY(B32,C32,D32,B35,B51,B36:D36,B37:E37)');
  });

  it('client-kpi: the KPI functions over the managers’ columns', () => {
    const sheet = insert('client-kpi');
    expect(cell(sheet, 'B11')?.formula).toBe('=CHURN_RATE(C4:C8,B4:B8)');
    expect(cell(sheet, 'F11')?.formula).toBe('=NPS(B19:M19)');
    expect(cell(sheet, 'B11')?.numberFormat).toBe('0.0%');
  });

  it('salary-benchmark: region and segment pickers as text and SALARY_BAND over them', () => {
    const sheet = insert('salary-benchmark');
    expect(sheet.contents('B5:B6')).toEqual([['Москва'], ['компании']]);
    expect(cell(sheet, 'B6')?.validation?.values).toEqual(['компании', 'агентства']);
    // IFERROR, not IFNA: Sheets shows a thrown custom-function error as #ERROR!, which IFNA lets through.
    expect(cell(sheet, 'B11')?.formula).toBe('=IFERROR(SALARY_BAND(B5,$B$6,$B$7,"min"),"только медиана")');
    expect(cell(sheet, 'B12')?.formula).toBe('=SALARY_BAND(B5,B6,B7,"median")');
  });
});

describe('inserting a template twice', () => {
  it('puts the copy on "Декомпозиция (2)" with suffixed names and leaves the first sheet as it was', () => {
    const first = insert('decomposition');
    const before = structuredClone([...first.cells]);
    const second = insert('decomposition');
    expect(second.getName()).toBe('Декомпозиция (2)');
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Лист1',
      'Декомпозиция',
      'Декомпозиция (2)',
    ]);
    expect(spreadsheet.namedRanges.get('decomp_margin_2')).toMatchObject({ a1: 'B6', sheet: second });
    expect(spreadsheet.namedRanges.get('decomp_margin')).toMatchObject({ sheet: first });
    expect([...first.cells]).toEqual(before);
  });
});

describe('what the wizard asks of Sheets', () => {
  it('isEmpty: true for blank cells, false for a value or a formula that shows nothing', () => {
    workbook.writeBlock('Лист1', 'A1', [[null, 5, { formula: '=""' }]]);
    expect(workbook.isEmpty('Лист1', 'A1')).toBe(true);
    expect(workbook.isEmpty('Лист1', 'D1:F9')).toBe(true);
    expect(workbook.isEmpty('Лист1', 'A1:B1')).toBe(false);
    expect(workbook.isEmpty('Лист1', 'C1')).toBe(false);
  });

  it('selection: the active range’s sheet and top-left cell, or A1 of the active sheet', () => {
    expect(workbook.selection()).toEqual({ sheet: 'Лист1', anchor: 'A1' });
    insert('motivation');
    spreadsheet.select('Мотивация', 'C5:D7');
    expect(workbook.selection()).toEqual({ sheet: 'Мотивация', anchor: 'C5' });
  });

  it('lists sheet and range names', () => {
    insert('salary-benchmark');
    expect(workbook.sheetNames()).toEqual(['Лист1', 'Зарплаты']);
    expect(workbook.rangeNames()).toEqual([
      'salary_region',
      'salary_segment',
      'salary_experience',
      'salary_current',
    ]);
  });
});
