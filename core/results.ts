/**
 * Shaping what a formula computed into what a host shows (SPEC.md §1): numbers that must be finite,
 * one value per element of the ranges, one row per element of the columns, a list's parts over its
 * cells. The runner (core/runner.ts) reads the arguments and calls these.
 */
import { FormulaError } from './errors';
import { at, rules } from './messages';
import type { Cell, Computed } from './spec';
import { isBlank } from './values';

/** What a formula gives a host: one value, one error, or a 2-D array (errors converted per element). */
export type Outcome = Cell | FormulaError | unknown[][];

/** How an error inside an array result is shown: the host's error value, or the error itself. */
export type ErrorCell = (error: FormulaError) => unknown;

/** The element `(row, column)` of the ranges given, computed. */
export type Element = (row: number, column: number) => Computed;

export const BLANK = '';

/** Numbers a formula computed must be finite: a spreadsheet cannot show NaN or Infinity. */
export function finiteOrError(fn: string, computed: Computed): Computed {
  if (typeof computed === 'number') {
    return Number.isFinite(computed) ? computed : rules.resultOutOfRange.error(at(fn));
  }
  if (!Array.isArray(computed)) return computed;
  // A plain loop: this runs once per row of a long column, where allocating a flat copy would show.
  for (let i = 0; i < computed.length; i++) {
    const cell = computed[i];
    if (Array.isArray(cell)) {
      for (let j = 0; j < cell.length; j++)
        if (typeof cell[j] === 'number' && !Number.isFinite(cell[j]))
          return rules.resultOutOfRange.error(at(fn));
    } else if (typeof cell === 'number' && !Number.isFinite(cell)) {
      return rules.resultOutOfRange.error(at(fn));
    }
  }
  return computed;
}

/**
 * The result of scalar arguments: a row or table as a 2-D array, a 1×1 one as its only cell. An error
 * inside a table (one manager's row of KPI_INDEX) is converted in its place, as in a broadcast.
 */
export function outcomeOfOne(computed: Computed, errorCell: ErrorCell): Outcome {
  if (!Array.isArray(computed)) return computed as Cell | FormulaError;
  const grid = (Array.isArray(computed[0]) ? computed : [computed]) as unknown[][];
  if (grid.length === 1 && grid[0].length === 1) return grid[0][0] as Cell | FormulaError;
  return grid.map((line) => line.map((cell) => (cell instanceof FormulaError ? errorCell(cell) : cell)));
}

/** One value per number of a list, placed over the list's cells as given (`ListParam.shapesResult`). */
export function overListCells(computed: Computed, list: unknown[][] | undefined): Computed {
  if (!list || !Array.isArray(computed) || Array.isArray(computed[0])) return computed;
  const values = computed as readonly Cell[];
  let next = 0;
  return list.map((line) => line.map((cell) => (isBlank(cell) ? BLANK : values[next++])));
}

/** A single result per element, in the shape of the ranges. */
export function resultPerCell(grid: unknown[][], element: Element, errorCell: ErrorCell): unknown[][] {
  const out: unknown[][] = new Array(grid.length);
  for (let i = 0; i < grid.length; i++) {
    const width = grid[i].length;
    const line: unknown[] = new Array(width);
    for (let j = 0; j < width; j++) {
      const cell = element(i, j);
      line[j] = cell instanceof FormulaError ? errorCell(cell) : cell;
    }
    out[i] = line;
  }
  return out;
}

/** One row per element of the N×1 columns; a bad row is that error across its width. */
export function rowPerCell(
  count: number,
  fallbackWidth: number,
  element: Element,
  errorCell: ErrorCell,
): unknown[][] {
  const out: unknown[][] = new Array(count);
  /** Rows that are one error or one blank, to be repeated across the width. */
  const repeated: number[] = [];
  let width = 0;
  let ragged = false;
  for (let i = 0; i < count; i++) {
    const computed = element(i, 0);
    if (Array.isArray(computed)) {
      // Each compute returns a fresh row: kept as it is, not copied.
      out[i] = computed as unknown[];
      if (i > 0 && computed.length !== width) ragged = true;
      width = Math.max(width, computed.length);
    } else if (computed instanceof FormulaError || computed === BLANK) {
      out[i] = [computed instanceof FormulaError ? errorCell(computed) : computed];
      repeated.push(i);
    } else {
      out[i] = [computed];
      ragged = true;
    }
  }
  if (width === 0) width = fallbackWidth;
  // Errors and blanks fill the whole row, so that a column read from it never looks like a zero;
  // a shorter computed row (SALARY_BAND with a stat) is padded with blanks.
  for (const i of repeated) out[i] = new Array(width).fill(out[i][0]);
  if (ragged) {
    for (let i = 0; i < count; i++) {
      const line = out[i];
      if (line.length < width) out[i] = [...line, ...new Array(width - line.length).fill(BLANK)];
    }
  }
  return out;
}
