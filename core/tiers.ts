/**
 * Tier schemes (SPEC.md §1, "Tier boundaries"): a tier starts *above* its threshold, so exactly 80%
 * is still in the lower tier, within a relative tolerance of 1e-9.
 */
import type { FormulaError } from './errors';
import { messages, type Named } from './messages';
import { isAbove } from './values';

/** The tier `value` falls in: 0 at or below the first threshold, n above the last of n. */
export function tierOf(value: number, thresholds: readonly number[]): number {
  let tier = 0;
  while (tier < thresholds.length && isAbove(value, thresholds[tier])) tier++;
  return tier;
}

/** n thresholds need n+1 values (coefficients, rates): one per tier. */
export function checkTierValues(fn: string, thresholds: readonly number[], values: readonly number[], names: { thresholds: Named; values: Named }): FormulaError | undefined {
  return values.length === thresholds.length + 1 ? undefined : messages.listLength(fn, names.values, thresholds.length + 1, values.length, names.thresholds);
}
