/**
 * Reading one argument value as its parameter's kind says (SPEC.md §1): numbers typed as text,
 * empties, booleans and dates refused where a number is expected, range limits (with the 1e-9
 * tolerance of every boundary), Excel's linked data types read as the value they show. Each check is
 * a rule of core/messages.ts, listed here once: the readers apply them and the reference lists them
 * (`parameterRules`).
 */
import type { FormulaError } from './errors';
import { LOCAL_ZONE, parseDateText } from './dates';
import { at, type Named, type Rule, rules } from './messages';
import type { BooleanParam, ListParam, NumberKind, NumberParam, ParamSpec, TextParam } from './spec';
import { asGrid, cellValue, EMPTY, type Empty, isAbove, isBlank, isDate, parseNumberText } from './values';

export type Read<T> = T | Empty | FormulaError;
export type Reader = (raw: unknown) => Read<unknown>;

/** What a number is checked against: its kind, and for a list's items whole numbers and a maximum. */
interface NumberLimits {
  kind: NumberKind;
  whole?: boolean;
  max?: number;
}

/** A rule a reader may give for a parameter, with the values the reference's note shows. */
export interface ParameterRule {
  rule: Rule;
  noted: readonly unknown[];
}

interface NumberCheck {
  rule: Rule;
  applies(limits: NumberLimits): boolean;
  fails(value: number, limits: NumberLimits): boolean;
  error(arg: ReturnType<typeof at>, value: number, limits: NumberLimits): FormulaError;
  noted?(limits: NumberLimits): unknown[];
}

const isDivisor = (kind: NumberKind) => kind === 'divisor' || kind === 'fraction';
const isFraction = (kind: NumberKind) => kind === 'fraction' || kind === 'share';

/** The checks of a number, in the order they are tried (SPEC.md §1: amounts ≥ 0, fractions in (0, 1]…). */
const NUMBER_CHECKS: readonly NumberCheck[] = [
  {
    rule: rules.negative,
    applies: ({ kind }) => kind !== 'number',
    fails: (value) => value < 0,
    error: (arg, value) => rules.negative.error(arg, value),
  },
  {
    rule: rules.zero,
    applies: ({ kind }) => isDivisor(kind),
    fails: (value) => value === 0,
    error: (arg) => rules.zero.error(arg),
  },
  {
    rule: rules.aboveOne,
    applies: ({ kind }) => isFraction(kind),
    fails: (value) => isAbove(value, 1),
    error: (arg, value) => rules.aboveOne.error(arg, value),
  },
  {
    rule: rules.notWhole,
    applies: ({ whole }) => whole === true,
    fails: (value) => !Number.isInteger(value),
    error: (arg, value) => rules.notWhole.error(arg, value),
  },
  {
    rule: rules.aboveMax,
    applies: ({ max }) => max !== undefined,
    fails: (value, { max }) => isAbove(value, max!),
    error: (arg, value, { max }) => rules.aboveMax.error(arg, value, max!),
    noted: ({ max }) => [undefined, max],
  },
];

function numberChecker(
  fn: string,
  param: Named,
  limits: NumberLimits,
): (value: number) => number | FormulaError {
  const where = at(fn, param);
  const checks = NUMBER_CHECKS.filter((check) => check.applies(limits));
  return (value) => {
    for (let i = 0; i < checks.length; i++)
      if (checks[i].fails(value, limits)) return checks[i].error(where, value, limits);
    return value;
  };
}

/** The value as a number before range checks, or why it is not one. */
function toNumber(fn: string, param: Named, raw: unknown): Read<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : rules.notNumber.error(at(fn, param), raw);
  if (isBlank(raw)) return EMPTY;
  if (typeof raw === 'string') return parseNumberText(raw) ?? rules.notNumber.error(at(fn, param), raw);
  if (Array.isArray(raw)) return rules.notScalar.error(at(fn, param));
  const shown = cellValue(raw);
  if (shown !== raw) return toNumber(fn, param, shown);
  return rules.notNumber.error(at(fn, param), raw);
}

/**
 * A date (SPEC.md §1, "Dates") as its serial day: a number (time of day dropped), text "31.12.2026" or
 * "2026-12-31", or a `Date` read in the runtime's zone (Sheets converts its dates at the edge first).
 */
function toDate(fn: string, param: Named, raw: unknown): Read<number> {
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? Math.floor(raw) : rules.notDate.error(at(fn, param), raw);
  if (isBlank(raw)) return EMPTY;
  if (typeof raw === 'string') return parseDateText(raw) ?? rules.notDate.error(at(fn, param), raw);
  if (typeof raw === 'boolean') return rules.notDate.error(at(fn, param), raw);
  if (isDate(raw) && !Number.isNaN(raw.getTime())) return LOCAL_ZONE.serialAt(raw);
  if (Array.isArray(raw)) return rules.notScalar.error(at(fn, param));
  return rules.notDate.error(at(fn, param), raw);
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

const choiceNames = (param: TextParam) => Object.values(param.choices ?? {}).map((spellings) => spellings[0]);

function textReader(fn: string, param: TextParam): Reader {
  const choices = param.choices && Object.entries(param.choices);
  return (given) => {
    const raw = cellValue(given);
    if (isBlank(raw)) return EMPTY;
    if (Array.isArray(raw)) return rules.notScalar.error(at(fn, param));
    if (typeof raw !== 'string') return rules.notText.error(at(fn, param), raw);
    const text = raw.trim();
    if (!choices) return text;
    const key = text.toLowerCase();
    const found = choices.find(([, spellings]) => spellings.includes(key));
    return found ? found[0] : rules.unknownChoice.error(at(fn, param), raw, choiceNames(param));
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
    return rules.notBoolean.error(at(fn, param), raw);
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

/** A list's item as messages name it: `weights[2]`, «элемент 2 списка „веса“». */
const itemOf = (param: ListParam, position: number): Named => ({
  name: `${param.name}[${position}]`,
  ruName: param.ruName,
  item: position,
});

/**
 * A list argument (thresholds, rates, weights, scores…), read as one list (SPEC.md §1): a row, a column
 * or a block read row by row, blanks skipped. Returns `EMPTY` when nothing was given — an omitted
 * argument, or a single empty cell, which Excel passes as `[[null]]` and Sheets as `""` — so the
 * parameter's default applies alike in both hosts.
 */
export function readList(fn: string, param: ListParam, raw: unknown): Read<number[]> {
  const items = asGrid(raw).flat();
  if (items.length === 1 && isBlank(cellValue(items[0]))) return EMPTY;
  const limits: NumberLimits = { kind: param.of, whole: param.whole, max: param.max };
  const plain = plainNumber(param);
  /** A cell off the fast path: read and checked, named in any error as the list's item. */
  const readItem = (position: number, cell: unknown): Read<number> => {
    const item = itemOf(param, position);
    if (param.of === 'date') return toDate(fn, item, cell);
    const value = toNumber(fn, item, cell);
    return typeof value === 'number' ? numberChecker(fn, item, limits)(value) : value;
  };
  const list: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const cell = items[i];
    // The fast path, as in readInPlace: a number the checks would return as it is, no name built.
    const value = typeof cell === 'number' && plain(cell) ? cell : readItem(i + 1, cell);
    if (value === EMPTY) continue;
    if (typeof value !== 'number') return value;
    if (param.ascending && list.length > 0 && !isAbove(value, list[list.length - 1])) {
      return rules.notAscending.error(at(fn, param), i + 1);
    }
    list.push(value);
  }
  return list.length > 0 || param.mayBeEmpty ? list : rules.listEmpty.error(at(fn, param));
}

/** A number that a list of this kind takes as it is, with no check left to make (the fast path). */
function plainNumber(param: ListParam): (value: number) => boolean {
  if (param.whole || param.max !== undefined) return () => false;
  switch (param.of) {
    case 'number':
      return Number.isFinite;
    case 'divisor':
      return (value) => value > 0 && value < Infinity;
    case 'fraction':
      return (value) => value > 0 && value <= 1;
    case 'share':
      return (value) => value >= 0 && value <= 1;
    case 'date':
      // A serial day: what toDate would floor it to already.
      return Number.isInteger;
    default:
      return (value) => value >= 0 && value < Infinity;
  }
}

/** The cells of a list whose positions matter (`ListParam.inPlace`): numbers checked, blanks kept as `null`. */
export type InPlace = (number | null)[][];

/**
 * A list argument read with its blanks in place: the rows of a block (`rows`), or one row holding a
 * row, a column or a block read row by row (`line`). `EMPTY` when nothing was given.
 */
export function readInPlace(fn: string, param: ListParam, raw: unknown): Read<InPlace> {
  const grid = asGrid(raw);
  // As readList: nothing, or a single empty cell (Excel's [[null]], Sheets' ""), is an empty argument.
  if (grid.length === 1 && grid[0].length === 1 && isBlank(cellValue(grid[0][0]))) return EMPTY;
  const width = grid[0].length;
  const limits: NumberLimits = { kind: param.of, whole: param.whole, max: param.max };
  const plain = plainNumber(param);
  const rows: InPlace = new Array(grid.length);
  for (let i = 0; i < grid.length; i++) {
    const line = grid[i];
    // A row of plain numbers is taken as it is: no copy of a million-row block.
    let k = 0;
    while (k < line.length && typeof line[k] === 'number' && plain(line[k] as number)) k++;
    if (k === line.length) {
      rows[i] = line as number[];
      continue;
    }
    const row: (number | null)[] = line.slice(0, k) as number[];
    for (let j = k; j < line.length; j++) {
      // The fast path: a number the checks would return as it is.
      const cell = line[j];
      if (typeof cell === 'number' && plain(cell)) {
        row[j] = cell;
        continue;
      }
      const item = itemOf(param, i * width + j + 1);
      const value = toNumber(fn, item, cell);
      if (value === EMPTY) {
        row[j] = null;
        continue;
      }
      const checked = typeof value === 'number' ? numberChecker(fn, item, limits)(value) : value;
      if (typeof checked !== 'number') return checked;
      row[j] = checked;
    }
    rows[i] = row;
  }
  const oneItem = param.inPlace === 'line' || grid.length === 1 || width === 1;
  return oneItem ? [rows.flat()] : rows;
}

const numberRules = (limits: NumberLimits): ParameterRule[] =>
  limits.kind === 'date' ? [{ rule: rules.notDate as Rule, noted: [] }] : valueRules(limits);

const valueRules = (limits: NumberLimits): ParameterRule[] => [
  { rule: rules.notNumber as Rule, noted: [] },
  ...NUMBER_CHECKS.filter((check) => check.applies(limits)).map((check) => ({
    rule: check.rule,
    noted: check.noted?.(limits) ?? [],
  })),
];

/** Every rule the readers above may give for `param`, in the order they are tried. */
export function parameterRules(param: ParamSpec): ParameterRule[] {
  const one = (rule: Rule, noted: readonly unknown[] = []): ParameterRule => ({ rule, noted });
  switch (param.kind) {
    case 'text':
      return param.choices
        ? [one(rules.notText as Rule), one(rules.unknownChoice as Rule, [undefined, choiceNames(param)])]
        : [one(rules.notText)];
    case 'boolean':
      return [one(rules.notBoolean)];
    case 'list':
      return [
        ...(param.mayBeEmpty || param.inPlace ? [] : [one(rules.listEmpty)]),
        ...numberRules({ kind: param.of, whole: param.whole, max: param.max }),
        ...(param.ascending ? [one(rules.notAscending)] : []),
      ];
    default:
      return numberRules(param);
  }
}
