/** The client-department KPIs of the seed are parts of a whole: a part may not exceed it (SPEC.md §2). */
import type { FormulaError } from './errors';
import { at, type FormulaRule, formulaRule, type Named, rules } from './messages';

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
    ratio: (partValue, wholeValue) => (partValue > wholeValue ? exceeds.error() : partValue / wholeValue),
  };
}
