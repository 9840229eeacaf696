/**
 * The template and wizard port on Office.js. Every write is queued on one `RequestContext` and sent by
 * `commit()`; only reads sync (sheet and range names, the selection, emptiness). So a template costs
 * three round trips however many cells it has, and a template that fails half-way writes nothing.
 */
import { EXCEL_PREFIX } from '../core/excel';
import { cellName, columnName, parseCell, parseRange, rangeName } from '../core/templates/a1';
import type { NumberFormat } from '../core/templates/model';
import {
  asTyped,
  CELL_STYLES,
  NUMBER_FORMAT_CODES,
  type CellContent,
  type CellNote,
  type CellStyle,
  type Chart,
  type NamedRange,
} from '../core/templates/workbook';
import type { Selection, WizardWorkbook } from '../core/wizard/workbook';

/** Excel sizes widths and charts in points, the port in pixels: 96 px and 72 pt to the inch. */
const POINTS_PER_PIXEL = 0.75;

const CHART_TYPES = { column: 'ColumnClustered', bar: 'BarClustered' } as const;

/** A range's size filled with one value: what `numberFormat` takes. */
function filled<T>(range: string, value: T): T[][] {
  const { from, to } = parseRange(range);
  return Array.from({ length: to.row - from.row + 1 }, () => Array<T>(to.col - from.col + 1).fill(value));
}

const supports = (version: string) => Office.context.requirements.isSetSupported('ExcelApi', version);

export class ExcelWorkbook implements WizardWorkbook {
  readonly functionPrefix = EXCEL_PREFIX;

  constructor(private readonly context: Excel.RequestContext) {}

  async sheetNames(): Promise<readonly string[]> {
    const sheets = this.context.workbook.worksheets.load('items/name');
    await this.context.sync();
    return sheets.items.map((sheet) => sheet.name);
  }

  async rangeNames(): Promise<readonly string[]> {
    const names = this.context.workbook.names.load('items/name');
    await this.context.sync();
    return names.items.map((name) => name.name);
  }

  /** The new sheet is shown, as Sheets' `insertSheet` does: the user sees what was just inserted. */
  async addSheet(name: string): Promise<void> {
    this.context.workbook.worksheets.add(name).activate();
  }

  /** One assignment for the whole block: values and formulas together. */
  async writeBlock(sheet: string, anchor: string, rows: readonly (readonly CellContent[])[]): Promise<void> {
    const from = parseCell(anchor);
    const to = { row: from.row + rows.length - 1, col: from.col + rows[0].length - 1 };
    // Excel reads what `formulas` is given as typed input; a `null` leaves its cell as it is.
    this.range(sheet, rangeName(from, to)).formulas = rows.map((row) => row.map(asTyped));
  }

  async setNumberFormat(sheet: string, format: NumberFormat, ranges: readonly string[]): Promise<void> {
    for (const range of ranges)
      this.range(sheet, range).numberFormat = filled(range, NUMBER_FORMAT_CODES[format]);
  }

  async setStyle(sheet: string, style: CellStyle, ranges: readonly string[]): Promise<void> {
    const { bold, fontSize, fill } = CELL_STYLES[style];
    for (const range of ranges) {
      const { format } = this.range(sheet, range);
      if (bold) format.font.bold = true;
      if (fontSize) format.font.size = fontSize;
      if (fill) format.fill.color = fill;
    }
  }

  /**
   * Notes (hover hints) need ExcelApi 1.18; older Excel gets none. Threaded comments exist from 1.10,
   * but each would be a conversation signed by the user, waiting to be resolved — not a hint. The
   * labels say what every input is; the notes only add detail.
   */
  async setNotes(sheet: string, notes: readonly CellNote[]): Promise<void> {
    if (!supports('1.18')) return;
    const added = this.worksheet(sheet).notes;
    for (const { cell, text } of notes) added.add(cell, text);
  }

  /** Excel's list source is one comma-separated text, with no way to escape a comma. */
  async setValidationList(sheet: string, range: string, values: readonly string[]): Promise<void> {
    const withComma = values.find((value) => value.includes(','));
    if (withComma !== undefined)
      throw new Error(`An Excel drop-down value cannot contain a comma: ${withComma}`);
    this.range(sheet, range).dataValidation.rule = {
      list: { inCellDropDown: true, source: values.join(',') },
    };
  }

  async addNamedRanges(sheet: string, names: readonly NamedRange[]): Promise<void> {
    for (const { name, range } of names) this.context.workbook.names.add(name, this.range(sheet, range));
  }

  async freezeRows(sheet: string, count: number): Promise<void> {
    this.worksheet(sheet).freezePanes.freezeRows(count);
  }

  async setColumnWidths(sheet: string, widths: readonly number[]): Promise<void> {
    widths.forEach((pixels, col) => {
      this.range(sheet, `${columnName(col)}:${columnName(col)}`).format.columnWidth =
        pixels * POINTS_PER_PIXEL;
    });
  }

  /**
   * Built from the first series, then every series is given its own values and categories, so the
   * columns need not be adjacent. That takes ExcelApi 1.7 (every Excel with custom functions has it);
   * an older Excel gets no chart rather than one without categories.
   */
  async addChart(sheet: string, chart: Chart): Promise<void> {
    if (!supports('1.7')) return;
    const [first, ...others] = chart.series;
    const added = this.worksheet(sheet).charts.add(
      CHART_TYPES[chart.type],
      this.range(sheet, first.values),
      'Columns',
    );
    added.title.text = chart.title;
    added.setPosition(chart.anchor);
    added.width = chart.width * POINTS_PER_PIXEL;
    added.height = chart.height * POINTS_PER_PIXEL;
    // Excel draws a bar chart's first category at the bottom; the port's order is top to bottom.
    if (chart.type === 'bar') added.axes.categoryAxis.reversePlotOrder = true;
    const categories = this.range(sheet, chart.categories);
    const series = added.series.getItemAt(0);
    series.name = first.name;
    series.setXAxisValues(categories);
    for (const { name, values } of others) {
      const more = added.series.add(name);
      more.setValues(this.range(sheet, values));
      more.setXAxisValues(categories);
    }
  }

  async commit(): Promise<void> {
    await this.context.sync();
  }

  /**
   * The top-left cell of the selection's first area, by the range API: a whole column ("Sheet1!A:A"), a
   * whole row or several areas ("B2:C3, E5") all have one, which their address text does not spell.
   * `getSelectedRanges` is ExcelApi 1.9, which every Excel with the shared runtime has.
   */
  async selection(): Promise<Selection> {
    const cell = this.context.workbook
      .getSelectedRanges()
      .areas.getItemAt(0)
      .getCell(0, 0)
      .load('rowIndex,columnIndex');
    const worksheet = cell.worksheet.load('name');
    await this.context.sync();
    return { sheet: worksheet.name, anchor: cellName({ row: cell.rowIndex, col: cell.columnIndex }) };
  }

  /** `formulas` is '' only for a cell with neither a value nor a formula. */
  async isEmpty(sheet: string, range: string): Promise<boolean> {
    const cells = this.range(sheet, range).load('formulas');
    await this.context.sync();
    return cells.formulas.every((row) => row.every((cell) => cell === ''));
  }

  private worksheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  private range(sheet: string, address: string): Excel.Range {
    return this.worksheet(sheet).getRange(address);
  }
}
