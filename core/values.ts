/**
 * Reading spreadsheet values: emptiness, Excel's linked data types, numbers typed as text, and the 1e-9
 * tolerance that SPEC.md §1 applies to every comparison with a boundary and to rounding counts up.
 */

/** Marks an empty argument: `null`, `undefined` and `""` (SPEC.md §1, "Empty cells"). */
export const EMPTY: unique symbol = Symbol('empty');
export type Empty = typeof EMPTY;

export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === '' || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Any argument as rows of cells, the one way every reader sees a range: a lone value is 1×1, a flat
 * array a column, and `[]` or `[[]]` (no host passes them, but a caller might) one blank cell.
 */
export function asGrid(raw: unknown): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  if (hasNoCells(raw)) return [[null]];
  return Array.isArray(raw[0]) ? (raw as unknown[][]) : raw.map((cell) => [cell]);
}

/** `[]` and `[[]]`: an array of no cells, which reads as a blank argument. */
const hasNoCells = (raw: unknown): boolean =>
  Array.isArray(raw) && (raw.length === 0 || (Array.isArray(raw[0]) && raw[0].length === 0));

/**
 * The value a cell shows. Excel passes a linked data type (Stocks, Geography, an entity) as an object
 * whose `basicValue` is what the cell displays (SPEC.md §1); every other value is itself.
 */
export function cellValue(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || isDate(raw)) return raw;
  return 'basicValue' in raw ? (raw as { basicValue: unknown }).basicValue : raw;
}

/** Sheets passes date cells as `Date`; the check works across realms (the bundles run in `node:vm`). */
export function isDate(raw: unknown): raw is Date {
  return Object.prototype.toString.call(raw) === '[object Date]';
}

// Regular, no-break, narrow no-break and thin spaces: what 1C and CRM exports put between thousands.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;
const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * A number typed as text, or `undefined` when the text is not one.
 * "1 234,5" → 1234.5; "0,35" → 0.35; "1,234.5" and "1.234,5" → 1234.5 (the later separator is the
 * decimal one); "35%" → 0.35.
 */
export function parseNumberText(text: string): number | undefined {
  let s = text.replace(GROUP_SPACES, '');
  let scale = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1);
    scale = 100;
  }
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    const [group, decimal] = comma > dot ? [/\./g, ','] : [/,/g, '.'];
    s = s.replace(group, '').replace(decimal, '.');
  } else if (comma >= 0) {
    s = s.replace(',', '.');
  }
  if (!PLAIN_DECIMAL.test(s)) return undefined;
  const value = Number(s) / scale;
  return Number.isFinite(value) ? value : undefined;
}

export const TOLERANCE = 1e-9;

/**
 * `value` lies above `threshold` by more than the relative tolerance: "above 80%" excludes 800/1000.
 * Every comparison with a boundary goes through here (tiers, experience bands, elapsed ≤ total days,
 * part ≤ whole, shares ≤ 1, KPI ≥ 100%), so floating-point noise never moves a value across one.
 */
export function isAbove(value: number, threshold: number): boolean {
  return value - threshold > TOLERANCE * Math.max(Math.abs(value), Math.abs(threshold));
}

/** Whole count needed: 1 125.0000000000002 deals are 1 125, 1 124.9 are 1 125. */
export function ceilCount(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= TOLERANCE * Math.abs(value) ? nearest : Math.ceil(value);
}

/** The whole number at or below `value`: experience of 0.9999999999999999 years is 1 whole year. */
export function floorWhole(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= TOLERANCE * Math.abs(value) ? nearest : Math.floor(value);
}
