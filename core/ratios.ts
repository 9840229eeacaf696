/** The client-department KPIs of the seed are parts of a whole: a part may not exceed it (SPEC.md §2). */
import type { FormulaError } from './errors';
import { messages, type Named } from './messages';
import type { ErrorNote } from './spec';
import { isAbove } from './values';

/** The rule `partOfWhole` adds to its parameters' own, for the reference. */
export function partExceedsWholeNote(part: Named, whole: Named): ErrorNote {
  return {
    kind: '#NUM!',
    ru: `«${part.ruName}» (${part.name}) больше, чем «${whole.ruName}» (${whole.name})`,
    en: `${part.name} is greater than ${whole.name}`,
  };
}

export function partOfWhole(
  fn: string,
  part: Named,
  whole: Named,
): (partValue: number, wholeValue: number) => number | FormulaError {
  // A part equal to the whole up to floating-point noise (0.1 + 0.2 of 0.3) is the whole: at most 1.
  return (partValue, wholeValue) =>
    isAbove(partValue, wholeValue)
      ? messages.partExceedsWhole(fn, part, whole)
      : Math.min(partValue / wholeValue, 1);
}
