/**
 * Template formulas name ROP Kit functions bare (`=SALES_DECOMPOSE(B5, …)`), as Sheets and the
 * playground call them; Excel needs `KPI.SALES_DECOMPOSE`. Templates may also call the few standard
 * functions below, and nothing else, so every other name called is a ROP Kit function: the renderer
 * prefixes exactly those, and a test checks each one is in the catalogue.
 */

/**
 * Standard functions templates may use: present with the same name and arguments in Excel, Google
 * Sheets and HyperFormula.
 */
export const STANDARD_FUNCTIONS: ReadonlySet<string> = new Set([
  'SUM',
  'SUMIF',
  'ROUND',
  'INDEX',
  'MATCH',
  'IF',
  'IFERROR',
  'ISNUMBER',
  'MAX',
  'TODAY',
  'DATE',
  'YEAR',
  'MONTH',
]);

// A string literal ("" inside is a quote), a quoted sheet name, or a name followed by "(".
const TOKENS = /"(?:[^"]|"")*"|'(?:[^']|'')*'|([A-Za-z_][A-Za-z0-9_.]*)(\s*\()/g;

/** The names of the functions a formula calls, in order, repeats included. */
export function functionCalls(formula: string): string[] {
  return [...formula.matchAll(TOKENS)].filter((match) => match[1]).map((match) => match[1].toUpperCase());
}

/** The formula with `prefix` before every call of a ROP Kit function: `KPI.` for Excel. */
export function qualifyFormula(formula: string, prefix: string): string {
  if (!prefix) return formula;
  return formula.replace(TOKENS, (token, name: string | undefined, paren: string) =>
    name && !STANDARD_FUNCTIONS.has(name.toUpperCase()) ? `${prefix}${name}${paren}` : token,
  );
}
