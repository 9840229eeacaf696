/**
 * Typed formula errors. The core returns them as values and never throws; each host converts them
 * once (SPEC.md §1): Excel to `CustomFunctions.Error`, Sheets to `Error("#NUM! …")` or text in arrays.
 */
export type ErrorKind = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A';

export const ERROR_KINDS: readonly ErrorKind[] = ['#VALUE!', '#NUM!', '#DIV/0!', '#N/A'];

export class FormulaError {
  constructor(
    readonly kind: ErrorKind,
    /** Russian and English, "RU | EN": the host's language is not known when a cell calculates. */
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.kind} ${this.message}`;
  }
}

/** One message in both languages, as every error carries it. */
export function bilingual(kind: ErrorKind, ru: string, en: string): FormulaError {
  return new FormulaError(kind, `${ru} | ${en}`);
}
