/**
 * The one runner every host calls (SPEC.md §1): reads arguments as their spec says, applies
 * defaults, broadcasts ranges, and returns values with typed errors in place of bad elements. Reading
 * is here; shaping the results is core/results.ts.
 */
import { readInPlace, readList, scalarReader, type Reader } from './arguments';
import { FormulaError } from './errors';
import { at, rules } from './messages';
import {
  BLANK,
  type Element,
  type ErrorCell,
  finiteOrError,
  type Outcome,
  outcomeOfOne,
  overListCells,
  resultPerCell,
  rowPerCell,
} from './results';
import type { FormulaSpec, Lists, ShapeHint } from './spec';
import { asGrid, EMPTY } from './values';

export type { Outcome };

const keepError: ErrorCell = (error) => error;

/** A reader per scalar parameter; `undefined` for list parameters, read once per call. */
type Readers = readonly (Reader | undefined)[];

const readersOfSpec = new WeakMap<FormulaSpec, Readers>();

function readersOf(spec: FormulaSpec): Readers {
  let found = readersOfSpec.get(spec);
  if (!found) {
    found = spec.params.map((param) => (param.kind === 'list' ? undefined : scalarReader(spec.id, param)));
    readersOfSpec.set(spec, found);
  }
  return found;
}

const shapeOf = (grid: unknown[][] | undefined) => (grid ? `${grid.length}×${grid[0].length}` : '1×1');

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
function prepare(spec: FormulaSpec, args: readonly unknown[], readers: Readers): Prepared | FormulaError {
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
      if (param.shapesResult && list !== EMPTY) prepared.resultList = asGrid(raw);
      values[k] = list === EMPTY ? param.default : list;
      if (values[k]) lists[param.name] = values[k] as number[];
      else prepared.blank = true;
      continue;
    }
    const grid = asGrid(raw);
    if (grid.length === 1 && grid[0].length === 1) {
      // A scalar is the same for every element: read it once.
      const value = readers[k]!(grid[0][0]);
      if (value instanceof FormulaError) return value;
      if (value === EMPTY && !param.optional) prepared.blank = true;
      values[k] = value === EMPTY ? param.default : value;
      continue;
    }
    if (result.shape === 'table') return rules.notScalar.error(at(spec.id, param));
    if (result.shape === 'row' && grid[0].length > 1)
      return rules.rowNeedsColumn.error(at(spec.id, param), grid.length, grid[0].length);
    const first = prepared.shapeParam >= 0 ? grids[prepared.shapeParam]! : undefined;
    if (first && (grid.length !== first.length || grid[0].length !== first[0].length)) {
      const where = at(spec.id, params[prepared.shapeParam], param);
      return rules.shapeMismatch.error(where, shapeOf(first), shapeOf(grid));
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
  if (args.length > params.length)
    return rules.tooManyArguments.error(at(spec.id), params.length, args.length);
  const readers = readersOf(spec);
  const prepared = prepare(spec, args, readers);
  if (prepared instanceof FormulaError) return prepared;
  if (prepared.blank) return BLANK;
  const { values, lists, grids, broadcast, shapeParam } = prepared;

  const element: Element = (row, column) => {
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
    return finiteOrError(spec.id, spec.compute(...values));
  };

  if (shapeParam < 0) return outcomeOfOne(overListCells(element(0, 0), prepared.resultList), errorCell);
  const grid = grids[shapeParam]!;
  if (result.shape !== 'row') return resultPerCell(grid, element, errorCell);
  const hint: ShapeHint = {
    given: (name) => {
      const k = params.findIndex((param) => param.name === name);
      return values[k] !== undefined || broadcast.includes(k);
    },
    listLength: (name) => lists[name]?.length ?? 0,
  };
  return rowPerCell(grid.length, result.width?.(hint) ?? result.columns.length, element, errorCell);
}
