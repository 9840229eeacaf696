/**
 * The port the template renderer talks to: what a host (Excel, Google Sheets, the playground) must do
 * to a workbook, and nothing more. A host answers synchronously (Apps Script) or with promises
 * (Office.js, the playground); the renderer handles both (./steps.ts). Every write takes a whole block or a list of ranges, so a host can
 * batch: the Excel adapter queues everything on one `RequestContext` and syncs in `commit()`; Apps
 * Script applies each call server-side; the playground applies it to HyperFormula at once.
 *
 * Addresses are A1 strings on the named sheet (`B5`, `B5:C7`). Sizes are pixels.
 */
import type { NumberFormat } from './model';
import type { MaybePromise } from './steps';

/** A value (text is always written as text, never parsed), a formula, or `null` for a cell left empty. */
export type CellContent = string | number | boolean | null | { formula: string };

/**
 * A cell's content as a user types it, for the hosts that read a written string as typed input (Excel's
 * `Range.formulas`, Sheets' `setValues`, HyperFormula): a formula as its text, and text behind an
 * apostrophe, so "16%", "2025" or "=x" stay text — every host keeps the apostrophe out of the value.
 * (A text number format would do too, but would also turn a number typed there later into text.)
 * `null` stays null: each host says what an untouched cell is.
 */
export function asTyped(content: CellContent): string | number | boolean | null {
  if (content !== null && typeof content === 'object') return content.formula;
  return typeof content === 'string' ? `'${content}` : content;
}

/** How a cell looks: hosts apply `CELL_STYLES[style]`. */
export type CellStyle = 'title' | 'header' | 'input';

export interface CellNote {
  cell: string;
  text: string;
}

export interface NamedRange {
  name: string;
  range: string;
}

/** A chart in the host's language: categories and each series are single columns of equal height. */
export interface Chart {
  type: 'column' | 'bar';
  title: string;
  categories: string;
  series: readonly { name: string; values: string }[];
  anchor: string;
  width: number;
  height: number;
}

export interface Workbook {
  /** Put before each ROP Kit function in formulas: `KPI.` in Excel, `` in Sheets and the playground. */
  readonly functionPrefix: string;
  sheetNames(): MaybePromise<readonly string[]>;
  /** Workbook-level names already defined (named ranges, named expressions). */
  rangeNames(): MaybePromise<readonly string[]>;
  /** Adds an empty sheet at the end; the name is new (the renderer made sure). */
  addSheet(name: string): MaybePromise<void>;
  /** Writes a rectangular block whose top-left cell is `anchor`: one call per block. */
  writeBlock(sheet: string, anchor: string, rows: readonly (readonly CellContent[])[]): MaybePromise<void>;
  setNumberFormat(sheet: string, format: NumberFormat, ranges: readonly string[]): MaybePromise<void>;
  setStyle(sheet: string, style: CellStyle, ranges: readonly string[]): MaybePromise<void>;
  setNotes(sheet: string, notes: readonly CellNote[]): MaybePromise<void>;
  /** A drop-down list of allowed values on `range`. */
  setValidationList(sheet: string, range: string, values: readonly string[]): MaybePromise<void>;
  /** Workbook-level names for ranges of `sheet`; the names are new (the renderer made sure). */
  addNamedRanges(sheet: string, names: readonly NamedRange[]): MaybePromise<void>;
  freezeRows(sheet: string, count: number): MaybePromise<void>;
  /** Widths of columns A, B, C… in pixels. */
  setColumnWidths(sheet: string, widths: readonly number[]): MaybePromise<void>;
  addChart(sheet: string, chart: Chart): MaybePromise<void>;
  /** Called once after the last write: a host that queued its writes applies them here. */
  commit(): MaybePromise<void>;
}

/** Format codes Excel (`Range.numberFormat`) and Sheets (`setNumberFormat`) both read the same way. */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  money: '#,##0" ₽"',
  percent: '0.0%',
  integer: '#,##0',
  number: '#,##0.0#',
  date: 'dd.mm.yyyy',
};

/** The look of each style, shared by the hosts so a template looks the same everywhere. */
export const CELL_STYLES: Readonly<Record<CellStyle, { bold?: boolean; fontSize?: number; fill?: string }>> =
  {
    title: { bold: true, fontSize: 14 },
    header: { bold: true, fill: '#E7E6E6' },
    input: { fill: '#FFF2CC' },
  };
