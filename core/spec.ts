/**
 * What a formula declares about itself. The runner validates arguments from these declarations, the
 * hosts' wrappers, `functions.json`, the Apps Script JSDoc and docs/functions.md are generated from them.
 */
import type { Area as AreaName } from './areas';
import type { FormulaError } from './errors';
import type { Texts } from './lang';
import type { FormulaRule } from './messages';

/**
 * How a numeric argument is checked (SPEC.md §1):
 * - `number`: any finite number;
 * - `amount`: ≥ 0 (money, counts);
 * - `divisor`: > 0, and 0 is `#DIV/0!` (average check, plan, days);
 * - `fraction`: (0, 1], 0 is `#DIV/0!` (margin, conversion: both divide);
 * - `share`: [0, 1];
 * - `ratio`: ≥ 0 and may exceed 1 (plan fulfilment);
 * - `date`: a date (SPEC.md §1, "Dates") — a serial day, a `Date`, or text "31.12.2026" / "2026-12-31" —
 *   read as a whole serial day (a time of day is dropped).
 */
export type NumberKind = 'number' | 'amount' | 'divisor' | 'fraction' | 'share' | 'ratio' | 'date';

interface ParamBase {
  /** As in SPEC.md and in the hosts' tooltips: `profit_target`. */
  name: string;
  /** Short Russian name used in error messages: «целевая прибыль». */
  ruName: string;
  ru: string;
  en: string;
  optional?: boolean;
}

export interface NumberParam extends ParamBase {
  kind: NumberKind;
  default?: number;
  /** The largest value allowed (WORKHOURS_RU's 40 weekly hours). */
  max?: number;
}

/** Thresholds, coefficients, rates, weights, conversions, scores, holidays: one list, never broadcast. */
export interface ListParam extends ParamBase {
  kind: 'list';
  of: NumberKind;
  default?: readonly number[];
  ascending?: boolean;
  /** A range of blanks is an empty list for the formula to judge (NPS: no scores), not an error. */
  mayBeEmpty?: boolean;
  /**
   * The result has one cell per cell of this list as given: its row or column, blank where it is blank
   * (PLAN_SPLIT's parts beside their weights). `compute` returns one value per number in the list.
   */
  shapesResult?: boolean;
  /** Whole numbers only (NPS scores). */
  whole?: boolean;
  max?: number;
  /**
   * Positions matter: blanks are kept in place as `null`, not skipped (a funnel's stages, a person's
   * KPI scores, the months of a plan). `line`: one list — a row, a column, or a block read row by row —
   * and `compute` gets `(number | null)[]`; `rows`: a block is one item per row (a funnel, a person), a
   * single row or column is one item, and `compute` gets `(number | null)[][]` (SPEC.md §1, "Ranges").
   */
  inPlace?: 'line' | 'rows';
}

export interface TextParam extends ParamBase {
  kind: 'text';
  default?: string;
  /** Canonical value → the spellings accepted for it (case-insensitive). */
  choices?: Readonly<Record<string, readonly string[]>>;
}

export interface BooleanParam extends ParamBase {
  kind: 'boolean';
  default?: boolean;
}

export type ParamSpec = NumberParam | ListParam | TextParam | BooleanParam;

/**
 * - `scalar`: one value; any argument may be a range and the result takes its shape.
 * - `row`: one row of `columns`; scalar arguments may be N×1 columns, giving N rows.
 * - `table`: a table (or one value) from scalar arguments only.
 */
export type ResultSpec =
  | ({
      shape: 'scalar';
      /** A serial day: a `Date` in Sheets, a serial with a date format in Excel. */ date?: boolean;
    } & Texts)
  | ({ shape: 'row'; columns: readonly Texts[]; width?: (hint: ShapeHint) => number } & Texts)
  | ({
      shape: 'table';
      columns?: readonly Texts[];
      size?: (hint: ShapeHint) => [rows: number, columns: number];
    } & Texts);

/**
 * What is known of the arguments before they are read: an engine that lays out a spilled result
 * before computing it (HyperFormula) sizes it from this, and the runner sizes blank rows with it.
 */
export interface ShapeHint {
  /** The argument is given: not omitted, not blank (SALARY_BAND's `stat` makes its row one number). */
  given(name: string): boolean;
  listLength(name: string): number;
  /** A list argument's [rows, columns] as given, blanks included; an engine that sizes results in advance gives it. */
  listShape?(name: string): [rows: number, columns: number];
}

export type Cell = number | string | boolean;
export type Lists = Readonly<Record<string, readonly number[]>>;
/** A table may hold an error in one cell (one manager's row); the runner converts it in place. */
export type Computed = Cell | readonly Cell[] | readonly (readonly (Cell | FormulaError)[])[] | FormulaError;

/** The reference's sections: one entry in core/areas.ts. */
export type Area = AreaName;

export interface FormulaSpec {
  /** UPPER_SNAKE, never changes once shipped. */
  id: string;
  area: Area;
  ru: string;
  en: string;
  params: readonly ParamSpec[];
  result: ResultSpec;
  /** Shown in the reference and checked by the tests in a real formula engine. */
  example: { formula: string; result: Cell | readonly (readonly Cell[])[] };
  /**
   * The formula's own rules (part > whole, unknown region…), each made once with `formulaRule` and
   * given by `compute` or `checkLists`. Those that follow from the parameters' kinds (text where a
   * number is expected, a negative count…) come from core/arguments.ts; core/errorRules.ts lists both.
   */
  errors?: readonly FormulaRule[];
  /** Relations between list arguments, checked once per call (not once per row). */
  checkLists?: (lists: Lists) => FormulaError | undefined;
  /** The maths, on arguments already checked; optional arguments left empty arrive as `undefined`. */
  // The runner calls every formula the same way, so the signature cannot be narrower here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  compute: (...args: any[]) => Computed;
}

/** Identity with a type: keeps each formula module's spec checked where it is written. */
export function defineFormula(spec: FormulaSpec): FormulaSpec {
  return spec;
}
