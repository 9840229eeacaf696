/**
 * Reading one argument value as its parameter's kind says (SPEC.md §1): numbers typed as text,
 * empties, booleans and dates refused where a number is expected, range limits (with the 1e-9
 * tolerance of every boundary), Excel's linked data types read as the value they show.
 */
import type { FormulaError } from './errors';
import { LOCAL_ZONE, parseDateText } from './dates';
import { messages, type Named } from './messages';
import type { BooleanParam, ListParam, NumberParam, ParamSpec, TextParam } from './spec';
import { cellValue, EMPTY, type Empty, isAbove, isBlank, isDate, parseNumberText } from './values';

export type Read<T> = T | Empty | FormulaError;
export type Reader = (raw: unknown) => Read<unknown>;

type NumberRules = Pick<NumberParam, 'kind' | 'whole' | 'max'>;

function numberChecker(
  fn: string,
  param: Named,
  rules: NumberRules,
): (value: number) => number | FormulaError {
  const arg = { fn, param };
  const { kind, whole, max } = rules;
  return (value) => {
    if (kind !== 'number' && value < 0) return messages.negative(arg, value);
    if (value === 0 && (kind === 'divisor' || kind === 'fraction')) return messages.zero(arg);
    if (isAbove(value, 1) && (kind === 'fraction' || kind === 'share'))
      return messages.fractionAboveOne(arg, value);
    if (whole && !Number.isInteger(value)) return messages.notWhole(arg, value);
    if (max !== undefined && isAbove(value, max)) return messages.aboveMax(arg, value, max);
    return value;
  };
}

/** The value as a number before range checks, or why it is not one. */
function toNumber(fn: string, param: Named, raw: unknown): Read<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : messages.notNumber({ fn, param }, raw);
  if (isBlank(raw)) return EMPTY;
  if (typeof raw === 'string') return parseNumberText(raw) ?? messages.notNumber({ fn, param }, raw);
  if (typeof raw === 'boolean') return messages.logical({ fn, param });
  if (isDate(raw)) return messages.date({ fn, param });
  if (Array.isArray(raw)) return messages.notScalar({ fn, param });
  const shown = cellValue(raw);
  if (shown !== raw) return toNumber(fn, param, shown);
  return messages.notNumber({ fn, param }, raw);
}

/**
 * A date (SPEC.md §1, "Dates") as its serial day: a number (time of day dropped), text "31.12.2026" or
 * "2026-12-31", or a `Date` read in the runtime's zone (Sheets converts its dates at the edge first).
 */
function toDate(fn: string, param: Named, raw: unknown): Read<number> {
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? Math.floor(raw) : messages.notDate({ fn, param }, raw);
  if (isBlank(raw)) return EMPTY;
  if (typeof raw === 'string') return parseDateText(raw) ?? messages.notDate({ fn, param }, raw);
  if (typeof raw === 'boolean') return messages.dateLogical({ fn, param });
  if (isDate(raw) && !Number.isNaN(raw.getTime())) return LOCAL_ZONE.serialAt(raw);
  if (Array.isArray(raw)) return messages.notScalar({ fn, param });
  return messages.notDate({ fn, param }, raw);
}

function numberReader(fn: string, param: NumberParam): Reader {
  if (param.kind === 'date') return (raw) => toDate(fn, param, raw);
  const check = numberChecker(fn, param, param);
  return (raw) => {
    // The fast path: a plain number, which is nearly every cell of a long column.
    if (typeof raw === 'number' && Number.isFinite(raw)) return check(raw);
    const value = toNumber(fn, param, raw);
    return typeof value === 'number' ? check(value) : value;
  };
}

function textReader(fn: string, param: TextParam): Reader {
  const choices = param.choices && Object.entries(param.choices);
  return (given) => {
    const raw = cellValue(given);
    if (isBlank(raw)) return EMPTY;
    if (Array.isArray(raw)) return messages.notScalar({ fn, param });
    if (typeof raw !== 'string') return messages.notText({ fn, param }, raw);
    const text = raw.trim();
    if (!choices) return text;
    const key = text.toLowerCase();
    const found = choices.find(([, spellings]) => spellings.includes(key));
    return found
      ? found[0]
      : messages.unknownChoice(
          { fn, param },
          raw,
          choices.map(([, s]) => s[0]),
        );
  };
}

const TRUE_TEXT = ['true', 'истина', 'да', 'yes'];
const FALSE_TEXT = ['false', 'ложь', 'нет', 'no'];

function booleanReader(fn: string, param: BooleanParam): Reader {
  return (given) => {
    const raw = cellValue(given);
    if (isBlank(raw)) return EMPTY;
    if (typeof raw === 'boolean') return raw;
    if (raw === 1 || raw === 0) return raw === 1;
    const key = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
    if (key && TRUE_TEXT.includes(key)) return true;
    if (key && FALSE_TEXT.includes(key)) return false;
    return messages.notBoolean({ fn, param }, raw);
  };
}

/** A scalar parameter's reader, built once per formula so a long column pays only for the checks. */
export function scalarReader(fn: string, param: Exclude<ParamSpec, ListParam>): Reader {
  switch (param.kind) {
    case 'text':
      return textReader(fn, param);
    case 'boolean':
      return booleanReader(fn, param);
    default:
      return numberReader(fn, param);
  }
}

/**
 * A list argument (thresholds, rates, weights, scores…), read as one list (SPEC.md §1): a row, a column
 * or a block read row by row, blanks skipped. Returns `EMPTY` when nothing was given — an omitted
 * argument, or a single empty cell, which Excel passes as `[[null]]` and Sheets as `""` — so the
 * parameter's default applies alike in both hosts.
 */
export function readList(fn: string, param: ListParam, raw: unknown): Read<number[]> {
  const items: unknown[] = Array.isArray(raw) ? raw.flat() : [raw];
  if (items.length <= 1 && isBlank(cellValue(items[0]))) return EMPTY;
  const list: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item: Named = { name: `${param.name}[${i + 1}]`, ruName: `${param.ruName}, элемент ${i + 1}` };
    const value = param.of === 'date' ? toDate(fn, item, items[i]) : toNumber(fn, item, items[i]);
    if (value === EMPTY) continue;
    if (param.of === 'date' && typeof value === 'number') {
      list.push(value);
      continue;
    }
    const checked =
      typeof value === 'number' ? numberChecker(fn, item, { ...param, kind: param.of })(value) : value;
    if (typeof checked !== 'number') return checked;
    if (param.ascending && list.length > 0 && !isAbove(checked, list[list.length - 1])) {
      return messages.listNotAscending({ fn, param }, i + 1);
    }
    list.push(checked);
  }
  return list.length > 0 || param.mayBeEmpty ? list : messages.listEmpty({ fn, param });
}

/** The cells of a list whose positions matter (`ListParam.inPlace`): numbers checked, blanks kept as `null`. */
export type InPlace = (number | null)[][];

/**
 * A list argument read with its blanks in place: the rows of a block (`rows`), or one row holding a
 * row, a column or a block read row by row (`line`). `EMPTY` when nothing was given.
 */
export function readInPlace(fn: string, param: ListParam, raw: unknown): Read<InPlace> {
  // As readList: nothing, or a single empty cell (Excel's [[null]], Sheets' ""), is an empty argument.
  const items: unknown[] = Array.isArray(raw) ? raw.flat() : [raw];
  if (items.length <= 1 && isBlank(cellValue(items[0]))) return EMPTY;
  const grid = (Array.isArray(raw) ? raw : [[raw]]).map((line: unknown) =>
    Array.isArray(line) ? line : [line],
  );
  const width = grid[0].length;
  const rows: InPlace = [];
  for (let i = 0; i < grid.length; i++) {
    const row: (number | null)[] = [];
    for (let j = 0; j < grid[i].length; j++) {
      const position = i * width + j + 1;
      const item: Named = {
        name: `${param.name}[${position}]`,
        ruName: `${param.ruName}, элемент ${position}`,
      };
      const value = toNumber(fn, item, grid[i][j]);
      if (value === EMPTY) {
        row.push(null);
        continue;
      }
      const checked =
        typeof value === 'number' ? numberChecker(fn, item, { ...param, kind: param.of })(value) : value;
      if (typeof checked !== 'number') return checked;
      row.push(checked);
    }
    rows.push(row);
  }
  const oneItem = param.inPlace === 'line' || grid.length === 1 || width === 1;
  return oneItem ? [rows.flat()] : rows;
}
