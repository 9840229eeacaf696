/**
 * The template and wizard port on SpreadsheetApp, server side. Apps Script's services are synchronous
 * and a server function must return its result before it ends, so this adapter answers with results,
 * not promises, and the core's renderer then runs synchronously too (core/templates/steps.ts). Writes
 * go one call per block and one per range list; Apps Script batches them until the function returns.
 */
import { cellName, parseCell, parseRange, type Position, rectangles } from '../core/templates/a1';
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

const CHART_TYPES = { column: 'COLUMN', bar: 'BAR' } as const;

/**
 * What `setValues` takes for a cell: as typed (core's `asTyped`), so "=…" becomes a formula — which is
 * how a block's formulas go in with its values, in one call — and an empty cell is ''.
 */
const typed = (content: CellContent) => asTyped(content) ?? '';

/** Consecutive columns of the same width, for one `setColumnWidths` call each: 1-based first column. */
function runs(widths: readonly number[]): { first: number; count: number; width: number }[] {
  const found: { first: number; count: number; width: number }[] = [];
  widths.forEach((width, col) => {
    const last = found[found.length - 1];
    if (last?.width === width) last.count++;
    else found.push({ first: col + 1, count: 1, width });
  });
  return found;
}

export class SheetsWorkbook implements WizardWorkbook {
  readonly functionPrefix = '';

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActive(),
  ) {}

  sheetNames(): readonly string[] {
    return this.spreadsheet.getSheets().map((sheet) => sheet.getName());
  }

  rangeNames(): readonly string[] {
    return this.spreadsheet.getNamedRanges().map((range) => range.getName());
  }

  addSheet(name: string): void {
    this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
  }

  /**
   * The block's values in one `setValues`, then its formulas with `setFormulas`, one call per rectangle
   * of formula cells. `setFormulas` takes English syntax (`,` between arguments) whatever the
   * spreadsheet's locale, where `setValues` reads "=…" as typed input — with `;` in a Russian sheet.
   */
  writeBlock(sheet: string, anchor: string, rows: readonly (readonly CellContent[])[]): void {
    const origin = parseCell(anchor);
    const target = this.sheet(sheet);
    const isFormula = (content: CellContent): content is { formula: string } =>
      content !== null && typeof content === 'object';
    target
      .getRange(origin.row + 1, origin.col + 1, rows.length, rows[0].length)
      .setValues(rows.map((cells) => cells.map((content) => (isFormula(content) ? '' : typed(content)))));
    const formulas: Position[] = [];
    rows.forEach((cells, r) =>
      cells.forEach(
        (content, c) => isFormula(content) && formulas.push({ row: origin.row + r, col: origin.col + c }),
      ),
    );
    for (const box of rectangles(formulas)) {
      const { from, to } = parseRange(box);
      const grid = rows
        .slice(from.row - origin.row, to.row - origin.row + 1)
        .map((cells) => cells.slice(from.col - origin.col, to.col - origin.col + 1));
      target
        .getRange(box)
        .setFormulas(grid.map((cells) => cells.map((content) => (content as { formula: string }).formula)));
    }
  }

  setNumberFormat(sheet: string, format: NumberFormat, ranges: readonly string[]): void {
    this.sheet(sheet)
      .getRangeList([...ranges])
      .setNumberFormat(NUMBER_FORMAT_CODES[format]);
  }

  setStyle(sheet: string, style: CellStyle, ranges: readonly string[]): void {
    const { bold, fontSize, fill } = CELL_STYLES[style];
    const list = this.sheet(sheet).getRangeList([...ranges]);
    if (bold) list.setFontWeight('bold');
    if (fontSize) list.setFontSize(fontSize);
    if (fill) list.setBackground(fill);
  }

  /** One call per note: notes are few and scattered, and a rectangle of them would clear the others. */
  setNotes(sheet: string, notes: readonly CellNote[]): void {
    const target = this.sheet(sheet);
    for (const { cell, text } of notes) target.getRange(cell).setNote(text);
  }

  /** A picker: only the listed values, as in Excel. */
  setValidationList(sheet: string, range: string, values: readonly string[]): void {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      .setAllowInvalid(false)
      .build();
    this.sheet(sheet).getRange(range).setDataValidation(rule);
  }

  addNamedRanges(sheet: string, names: readonly NamedRange[]): void {
    const target = this.sheet(sheet);
    for (const { name, range } of names) this.spreadsheet.setNamedRange(name, target.getRange(range));
  }

  freezeRows(sheet: string, count: number): void {
    this.sheet(sheet).setFrozenRows(count);
  }

  setColumnWidths(sheet: string, widths: readonly number[]): void {
    const target = this.sheet(sheet);
    for (const { first, count, width } of runs(widths)) target.setColumnWidths(first, count, width);
  }

  /** Categories then each series as its own range, merged as columns: the columns need not be adjacent. */
  addChart(sheet: string, chart: Chart): void {
    const target = this.sheet(sheet);
    const { row, col } = parseCell(chart.anchor);
    const builder = target
      .newChart()
      .setChartType(Charts.ChartType[CHART_TYPES[chart.type]])
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS)
      .setNumHeaders(0)
      .addRange(target.getRange(chart.categories));
    for (const series of chart.series) builder.addRange(target.getRange(series.values));
    builder
      .setPosition(row + 1, col + 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('width', chart.width)
      .setOption('height', chart.height)
      .setOption(
        'series',
        Object.fromEntries(chart.series.map(({ name }, i) => [i, { labelInLegend: name }])),
      );
    target.insertChart(builder.build());
  }

  /** Nothing to send: Apps Script applies the calls above itself. */
  commit(): void {}

  /** The selection's sheet and top-left cell; with no selection (`getActiveRange` null), the active sheet's A1. */
  selection(): Selection {
    const range = this.spreadsheet.getActiveRange();
    if (!range) return { sheet: this.spreadsheet.getActiveSheet().getName(), anchor: 'A1' };
    return {
      sheet: range.getSheet().getName(),
      anchor: cellName({ row: range.getRow() - 1, col: range.getColumn() - 1 }),
    };
  }

  /** A formula can show '' as its value, so the formulas are checked too. */
  isEmpty(sheet: string, range: string): boolean {
    const cells = this.sheet(sheet).getRange(range);
    return [cells.getValues(), cells.getFormulas()].every((grid) =>
      grid.every((row) => row.every((cell) => cell === '')),
    );
  }

  private sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const found = this.spreadsheet.getSheetByName(name);
    if (!found) throw new Error(`No sheet named ${name}`);
    return found;
  }
}
