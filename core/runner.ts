/**
 * The one runner every host calls (SPEC.md §1): reads arguments as their spec says, applies
 * defaults, broadcasts ranges, and returns values with typed errors in place of bad elements.
 */
import { readInPlace, readList, scalarReader, type Reader } from './arguments';
import { FormulaError } from './errors';
import { messages } from './messages';
import type { Cell, Computed, FormulaSpec, Lists, ShapeHint } from './spec';
import { EMPTY, isBlank } from './values';

/** What a formula gives a host: one value, one error, or a 2-D array (errors converted per element). */
export type Outcome = Cell | FormulaError | unknown[][];

type ErrorCell = (error: FormulaError) => unknown;

const BLANK = '';
const keepError: ErrorCell = (error) => error;

interface Compiled {
  /** A reader per scalar parameter; `undefined` for list parameters, read once per call. */
  readers: readonly (Reader | undefined)[];
}

const compiledSpecs = new WeakMap<FormulaSpec, Compiled>();

function compile(spec: FormulaSpec): Compiled {
  let found = compiledSpecs.get(spec);
  if (!found) {
    found = {
      readers: spec.params.map((param) => (param.kind === 'list' ? undefined : scalarReader(spec.id, param))),
    };
    compiledSpecs.set(spec, found);
  }
  return found;
}

/** A range of more than one cell as rows of cells; `undefined` for a scalar or a 1×1 range. */
function asGrid(raw: unknown): unknown[][] | undefined {
  if (!Array.isArray(raw) || isEmptyArray(raw)) return undefined;
  const grid = Array.isArray(raw[0]) ? (raw as unknown[][]) : raw.map((cell) => [cell]);
  return grid.length === 1 && grid[0].length === 1 ? undefined : grid;
}

/** `[]` and `[[]]`: no host passes them, but a caller might; they read as a blank argument. */
const isEmptyArray = (raw: unknown[]) => raw.length === 0 || (Array.isArray(raw[0]) && raw[0].length === 0);

function single(raw: unknown): unknown {
  if (Array.isArray(raw)) return isEmptyArray(raw) ? null : single(raw[0]);
  return raw;
}

/**
 * The result of scalar arguments: a row or table as a 2-D array, a 1×1 one as its only cell. An error
 * inside a table (one manager's row of KPI_INDEX) is converted in its place, as in a broadcast.
 */
function alone(computed: Computed, errorCell: ErrorCell): Outcome {
  if (!Array.isArray(computed)) return computed as Cell | FormulaError;
  const grid = (Array.isArray(computed[0]) ? computed : [computed]) as unknown[][];
  if (grid.length === 1 && grid[0].length === 1) return grid[0][0] as Cell | FormulaError;
  return grid.map((line) => line.map((cell) => (cell instanceof FormulaError ? errorCell(cell) : cell)));
}

/** A list argument as the grid the user gave: a lone value is 1×1, a flat array a column. */
function listGrid(raw: unknown): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  return Array.isArray(raw[0]) ? (raw as unknown[][]) : raw.map((cell) => [cell]);
}

/** One value per number of a list, placed over the list's cells as given (`ListParam.shapesResult`). */
function laidOver(computed: Computed, list: unknown[][] | undefined): Computed {
  if (!list || !Array.isArray(computed) || Array.isArray(computed[0])) return computed;
  const values = computed as readonly Cell[];
  let next = 0;
  return list.map((line) => line.map((cell) => (isBlank(cell) ? BLANK : values[next++])));
}

const shapeOf = (grid: unknown[][] | undefined) => (grid ? `${grid.length}×${grid[0].length}` : '1×1');

/** Numbers a formula computed must be finite: a spreadsheet cannot show NaN or Infinity. */
function finished(spec: FormulaSpec, computed: Computed): Computed {
  if (typeof computed === 'number')
    return Number.isFinite(computed) ? computed : messages.resultOutOfRange(spec.id);
  if (!Array.isArray(computed)) return computed;
  // A plain loop: this runs once per row of a long column, where allocating a flat copy would show.
  for (let i = 0; i < computed.length; i++) {
    const cell = computed[i];
    if (Array.isArray(cell)) {
      for (let j = 0; j < cell.length; j++)
        if (typeof cell[j] === 'number' && !Number.isFinite(cell[j]))
          return messages.resultOutOfRange(spec.id);
    } else if (typeof cell === 'number' && !Number.isFinite(cell)) {
      return messages.resultOutOfRange(spec.id);
    }
  }
  return computed;
}

/** The arguments read once per call: scalars and lists as values, ranges kept for reading per element. */
interface Prepared {
  values: unknown[];
  lists: Record<string, readonly number[]>;
  grids: (unknown[][] | undefined)[];
  /** The parameters given as ranges, read per element. */
  broadcast: number[];
  /** The first of them, whose shape the others must share; -1 when every argument is a scalar. */
  shapeParam: number;
  /** A required argument is empty: the result is blank. */
  blank: boolean;
  /** The grid of a `shapesResult` list, which the result is laid over. */
  resultList?: unknown[][];
}

/** Reads every argument that is the same for all elements, and checks the ranges' shapes. */
function prepare(
  spec: FormulaSpec,
  args: readonly unknown[],
  readers: Compiled['readers'],
): Prepared | FormulaError {
  const { params, result } = spec;
  const prepared: Prepared = {
    values: new Array(params.length),
    lists: {},
    grids: new Array(params.length),
    broadcast: [],
    shapeParam: -1,
    blank: false,
  };
  const { values, lists, grids } = prepared;
  for (let k = 0; k < params.length; k++) {
    const param = params[k];
    const raw = args[k];
    if (param.kind === 'list' && param.inPlace) {
      const cells = readInPlace(spec.id, param, raw);
      if (cells instanceof FormulaError) return cells;
      if (cells === EMPTY && !param.optional) prepared.blank = true;
      values[k] = cells === EMPTY ? undefined : param.inPlace === 'line' ? cells[0] : cells;
      continue;
    }
    if (param.kind === 'list') {
      const list = readList(spec.id, param, raw);
      if (list instanceof FormulaError) return list;
      if (param.shapesResult && list !== EMPTY) prepared.resultList = listGrid(raw);
      values[k] = list === EMPTY ? param.default : list;
      if (values[k]) lists[param.name] = values[k] as number[];
      else prepared.blank = true;
      continue;
    }
    const grid = asGrid(raw);
    if (!grid) {
      // A scalar is the same for every element: read it once.
      const value = readers[k]!(single(raw));
      if (value instanceof FormulaError) return value;
      if (value === EMPTY && !param.optional) prepared.blank = true;
      values[k] = value === EMPTY ? param.default : value;
      continue;
    }
    if (result.shape === 'table') return messages.notScalar({ fn: spec.id, param });
    if (result.shape === 'row' && grid[0].length > 1)
      return messages.rowNeedsColumn({ fn: spec.id, param }, grid.length, grid[0].length);
    const first = prepared.shapeParam >= 0 ? grids[prepared.shapeParam]! : undefined;
    if (first && (grid.length !== first.length || grid[0].length !== first[0].length)) {
      return messages.shapeMismatch(
        spec.id,
        params[prepared.shapeParam],
        shapeOf(first),
        param,
        shapeOf(grid),
      );
    }
    if (!first) prepared.shapeParam = k;
    grids[k] = grid;
    prepared.broadcast.push(k);
  }
  return spec.checkLists?.(lists as Lists) ?? prepared;
}

export function runFormula(
  spec: FormulaSpec,
  args: readonly unknown[],
  errorCell: ErrorCell = keepError,
): Outcome {
  const { params, result } = spec;
  if (args.length > params.length) return messages.tooManyArguments(spec.id, params.length, args.length);
  const { readers } = compile(spec);
  const prepared = prepare(spec, args, readers);
  if (prepared instanceof FormulaError) return prepared;
  if (prepared.blank) return BLANK;
  const { values, lists, grids, broadcast, shapeParam } = prepared;

  const element = (row: number, column: number): Computed => {
    for (let b = 0; b < broadcast.length; b++) {
      const k = broadcast[b];
      const value = readers[k]!(grids[k]![row][column]);
      if (value instanceof FormulaError) return value;
      if (value === EMPTY) {
        if (!params[k].optional) return BLANK;
        values[k] = params[k].default;
      } else {
        values[k] = value;
      }
    }
    return finished(spec, spec.compute(...values));
  };

  if (shapeParam < 0) return alone(laidOver(element(0, 0), prepared.resultList), errorCell);
  const grid = grids[shapeParam]!;
  if (result.shape !== 'row') return cellsOf(grid, element, errorCell);
  const hint: ShapeHint = {
    given: (name) => {
      const k = params.findIndex((param) => param.name === name);
      return values[k] !== undefined || broadcast.includes(k);
    },
    listLength: (name) => lists[name]?.length ?? 0,
  };
  return rowsOf(grid.length, result.width?.(hint) ?? result.columns.length, element, errorCell);
}

/** A single result per element, in the shape of the ranges. */
function cellsOf(
  grid: unknown[][],
  element: (row: number, column: number) => Computed,
  errorCell: ErrorCell,
): unknown[][] {
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
function rowsOf(
  count: number,
  fallbackWidth: number,
  element: (row: number, column: number) => Computed,
  errorCell: ErrorCell,
): unknown[][] {
  const out: unknown[][] = new Array(count);
  /** Rows that are one error or one blank, to be repeated across the width. */
  const whole: number[] = [];
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
      whole.push(i);
    } else {
      out[i] = [computed];
      ragged = true;
    }
  }
  if (width === 0) width = fallbackWidth;
  // Errors and blanks fill the whole row, so that a column read from it never looks like a zero;
  // a shorter computed row (SALARY_BAND with a stat) is padded with blanks.
  for (const i of whole) out[i] = new Array(width).fill(out[i][0]);
  if (ragged) {
    for (let i = 0; i < count; i++) {
      const line = out[i];
      if (line.length < width) out[i] = [...line, ...new Array(width - line.length).fill(BLANK)];
    }
  }
  return out;
}
