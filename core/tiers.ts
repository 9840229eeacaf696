/**
 * Tier schemes (SPEC.md §1, "Tier boundaries"): a tier starts *above* its threshold, so exactly 80%
 * is still in the lower tier, within a relative tolerance of 1e-9.
 */
import type { FormulaError } from './errors';
import { messages, type Named } from './messages';
import type { ListParam } from './spec';
import type { ErrorNote } from './spec';
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

/** The rule `checkTierValues` adds, for the reference. */
export function tierValuesNote(names: { thresholds: Named; values: Named }): ErrorNote {
  const { thresholds, values } = names;
  return {
    kind: '#VALUE!',
    ru: `«${values.ruName}» (${values.name}) — не на одно значение больше, чем «${thresholds.ruName}» (${thresholds.name})`,
    en: `${values.name} does not have one value more than ${thresholds.name}`,
  };
}

/** n thresholds need n+1 values (coefficients, rates): one per tier. */
export function checkTierValues(
  fn: string,
  thresholds: readonly number[],
  values: readonly number[],
  names: { thresholds: Named; values: Named },
): FormulaError | undefined {
  return values.length === thresholds.length + 1
    ? undefined
    : messages.listLength(fn, names.values, thresholds.length + 1, values.length, names.thresholds);
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
