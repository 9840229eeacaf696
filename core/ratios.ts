/** The client-department KPIs of the seed are parts of a whole: a part may not exceed it (SPEC.md §2). */
import type { FormulaError } from './errors';
import { at, type FormulaRule, formulaRule, type Named, rules } from './messages';
import { isAbove } from './values';

export interface PartOfWhole {
  /** The rule the ratio adds to its parameters' own. */
  exceeds: FormulaRule<[]>;
  ratio: (partValue: number, wholeValue: number) => number | FormulaError;
}

export function partOfWhole(fn: string, part: Named, whole: Named): PartOfWhole {
  const exceeds = formulaRule(rules.partExceedsWhole, at(fn, part, whole), {
    [part.name]: 2,
    [whole.name]: 1,
  });
  return {
    exceeds,
    // A part equal to the whole up to floating-point noise (0.1 + 0.2 of 0.3) is the whole: at most 1.
    ratio: (partValue, wholeValue) =>
      isAbove(partValue, wholeValue) ? exceeds.error() : Math.min(partValue / wholeValue, 1),
  };
}
