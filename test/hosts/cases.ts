/** Argument lists for host parity: each formula's example, and its broadcast form over a column. */
import { LOCAL_ZONE } from '../../core/dates';
import type { FormulaSpec } from '../../core/spec';
import { exampleArgs } from '../../scripts/examples';

/** The example result as a host returns it: a 1×1 result is its only cell. */
export function expectedExample(spec: FormulaSpec): unknown {
  const { result } = spec.example;
  return Array.isArray(result) && result.length === 1 && result[0].length === 1 ? result[0][0] : result;
}

/**
 * The example with every scalar argument turned into a column holding the value, a blank, text
 * that is not a number, and a date: one good row, one blank, two errors (or a lookup miss).
 */
export function columnArgs(spec: FormulaSpec): unknown[] {
  return exampleArgs(spec.example.formula).map((arg, k) =>
    spec.params[k]?.kind === 'list' || arg === null ? arg : [[arg], [''], ['abc'], [new Date(2024, 4, 17)]],
  );
}

export const broadcasts = (spec: FormulaSpec) =>
  spec.result.shape !== 'table' && spec.params.some((param) => param.kind !== 'list');

/**
 * A core result as Sheets returns it: a date result's serials as `Date`s (SPEC.md §1, "Dates"), here in
 * the test's own zone, which the bundle uses when no spreadsheet is there to name one.
 */
export function asSheets(spec: FormulaSpec, result: unknown): unknown {
  if (!(spec.result.shape === 'scalar' && spec.result.date)) return result;
  const dated = (cell: unknown): unknown =>
    Array.isArray(cell) ? cell.map(dated) : typeof cell === 'number' ? LOCAL_ZONE.startOf(cell) : cell;
  return dated(result);
}
