/**
 * Tier schemes (SPEC.md §1, "Tier boundaries"): a tier starts *above* its threshold, so exactly 80%
 * is still in the lower tier, within a relative tolerance of 1e-9.
 */
import type { FormulaError } from './errors';
import { at, type FormulaRule, formulaRule, rules } from './messages';
import type { ListParam, Lists } from './spec';
import { isAbove } from './values';

/** The tier `value` falls in: 0 at or below the first threshold, n above the last of n. */
export function tierOf(value: number, thresholds: readonly number[]): number {
  // A fulfilment that overflowed (revenue 1e10 on a plan of 1e-300) is above every threshold, though
  // the relative tolerance would weigh Infinity − t against Infinity and call it not above.
  if (value === Infinity) return thresholds.length;
  let tier = 0;
  while (tier < thresholds.length && isAbove(value, thresholds[tier])) tier++;
  return tier;
}

/** A tier scheme's own rule and its check: one declaration for every formula that takes a scheme. */
export interface TierScheme {
  errors: readonly [FormulaRule<[thresholds: number, got: number]>];
  checkLists: (lists: Lists) => FormulaError | undefined;
}

/** n thresholds need n+1 values (coefficients, rates): one per tier. */
export function tierScheme(fn: string, thresholds: ListParam, values: ListParam): TierScheme {
  // Two thresholds with four values: wrong whatever the values' kind, as zero fits every kind of list.
  const trigger = { [thresholds.name]: [[0.8], [1]], [values.name]: [[0], [0], [0], [0]] };
  const wrongLength = formulaRule(rules.tierValues, at(fn, values, thresholds), trigger);
  return {
    errors: [wrongLength],
    checkLists: (lists) => {
      const [tiers, given] = [lists[thresholds.name].length, lists[values.name].length];
      return given === tiers + 1 ? undefined : wrongLength.error(tiers, given);
    },
  };
}

const asPercent = (value: number) => `${Math.round(value * 100)}%`;

/** The `thresholds` parameter of a tier scheme with these defaults (ROP_BONUS's, the commission's). */
export function thresholdsParam(defaults: readonly number[]): ListParam {
  const shown = `{${defaults.map(asPercent).join('; ')}}`;
  return {
    name: 'thresholds',
    ruName: 'пороги',
    kind: 'list',
    of: 'ratio',
    ascending: true,
    optional: true,
    default: defaults,
    ru: `Пороги выполнения плана по возрастанию; по умолчанию ${shown}`,
    en: `Ascending plan-fulfilment thresholds; default ${shown}`,
  };
}
