/** The client-department KPIs of the seed are parts of a whole: a part may not exceed it (SPEC.md §2). */
import type { FormulaError } from './errors';
import { messages, type Named } from './messages';

export function partOfWhole(fn: string, part: Named, whole: Named): (partValue: number, wholeValue: number) => number | FormulaError {
  return (partValue, wholeValue) => (partValue > wholeValue ? messages.partExceedsWhole(fn, part, whole) : partValue / wholeValue);
}
