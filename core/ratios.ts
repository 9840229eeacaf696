/** The client-department KPIs of the seed are parts of a whole: a part may not exceed it (SPEC.md §2). */
import type { FormulaError } from './errors';
import { messages, type Named } from './messages';
import type { ErrorNote } from './spec';

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
  return (partValue, wholeValue) =>
    partValue > wholeValue ? messages.partExceedsWhole(fn, part, whole) : partValue / wholeValue;
}
