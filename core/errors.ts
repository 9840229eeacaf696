/**
 * Typed formula errors. The core returns them as values and never throws; each host converts them
 * once (SPEC.md §1): Excel to `CustomFunctions.Error`, Sheets to `Error("#NUM! …")` or text in arrays.
 * Every error is made by a rule of core/messages.ts, which it names.
 */
export type ErrorKind = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A';

export const ERROR_KINDS: readonly ErrorKind[] = ['#VALUE!', '#NUM!', '#DIV/0!', '#N/A'];

export class FormulaError {
  constructor(
    readonly kind: ErrorKind,
    /** Russian and English, "RU | EN": the host's language is not known when a cell calculates. */
    readonly message: string,
    /** The rule that made it: its id in core/messages.ts (`negative`, `partExceedsWhole`…). */
    readonly rule: string,
    /** The arguments it is about, by their SPEC names; the first is the one at fault. */
    readonly about: readonly string[],
  ) {}

  toString(): string {
    return `${this.kind} ${this.message}`;
  }
}
