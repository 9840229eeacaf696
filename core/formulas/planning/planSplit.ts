import type { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula, type ListParam, type NumberParam } from '../../spec';
import { TOLERANCE } from '../../values';

const FN = 'PLAN_SPLIT';
const totalParam: NumberParam = {
  name: 'total',
  ruName: 'итог',
  kind: 'amount',
  ru: 'План, который нужно разложить, ₽ или шт.',
  en: 'The plan to spread, RUB or units',
};
const weightsParam: ListParam = {
  name: 'weights',
  ruName: 'веса',
  kind: 'list',
  of: 'amount',
  shapesResult: true,
  ru: 'Веса частей (сезонность по месяцам, доли каналов, менеджеров, продуктов): строка, столбец или блок (читается по строкам); пустые ячейки дают пустые части',
  en: 'Weights of the parts (monthly seasonality, channel, manager or product shares): a row, a column or a block (read row by row); blank cells give blank parts',
};
const stepParam: NumberParam = {
  name: 'step',
  ruName: 'шаг',
  kind: 'divisor',
  optional: true,
  ru: 'Кратность частей (1, 1000, 0,01); части в сумме дают ровно итог',
  en: 'Every part a multiple of this (1, 1000, 0.01); the parts add up to exactly the total',
};

const notMultiple = formulaRule(rules.notMultiple, at(FN, totalParam, stepParam), { step: 3 });
const tooManySteps = formulaRule(rules.tooManySteps, at(FN, totalParam, stepParam), { total: 1e300 });
const allZero = formulaRule(rules.allZero, at(FN, weightsParam), { weights: [[0], [0], ['']] });

/**
 * `value` as a whole number when it is one up to the rounding of one division (0.3 / 0.1 is
 * 2.9999999999999996), else `undefined`. Not SPEC's relative 1e-9: at 10^9 steps that would forgive
 * half a step, and the parts would no longer add up to the total.
 */
function wholeOrNothing(value: number): number | undefined {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= Math.max(1e-9, 8 * Number.EPSILON * Math.abs(value))
    ? nearest
    : undefined;
}

/** `units` steps as money: 33 334 × 0,01 is written 33 334 / 100, which is exactly the 333,34 shown. */
function timesStep(units: number, step: number): number {
  const perUnit = step < 1 ? wholeOrNothing(1 / step) : undefined;
  return perUnit === undefined ? units * step : units / perUnit;
}

/** `amount` × weight / weightSum, also where amount × weight alone would overflow (1e300 × 1e10). */
function portion(amount: number, weight: number, weightSum: number): number {
  const direct = (amount * weight) / weightSum;
  return Number.isFinite(direct) ? direct : amount * (weight / weightSum);
}

/**
 * Whole `units` shared in proportion to the weights by the largest-remainder method: everyone gets the
 * whole part of their quota, and the units left over go one each to the largest remainders, ties (within
 * the tolerance) to the earlier part. A quota of 2.9999999999999996 that should be 3 floors to 2 with a
 * remainder of nearly 1, so it is first in line for a leftover unit: the sum stays exact either way.
 * Near 2^53 units the quotas themselves are rounded, and their floors can add up to a unit or two more
 * than `units`: those come back from the smallest remainders. A zero weight never gets a unit.
 */
function largestRemainder(units: number, weights: readonly number[], weightSum: number): number[] {
  const quotas = weights.map((weight) => portion(units, weight, weightSum));
  const parts = quotas.map(Math.floor);
  const remainders = quotas.map((quota, k) => quota - parts[k]);
  const order = weights
    .map((_, k) => k)
    .filter((k) => weights[k] > 0)
    .sort((a, b) =>
      Math.abs(remainders[a] - remainders[b]) <= TOLERANCE ? a - b : remainders[b] - remainders[a],
    );
  let left = units - parts.reduce((sum, part) => sum + part, 0);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) parts[order[i]]++;
  for (let i = order.length - 1; left < 0; i = (i + order.length - 1) % order.length) {
    if (parts[order[i]] > 0) {
      parts[order[i]]--;
      left++;
    }
  }
  return parts;
}

/**
 * Spreads a plan over months, channels, managers or products in proportion to the weights. With `step`
 * every part is a multiple of it and the parts add up to exactly `total`.
 * @example planSplit(1000, [1, 1, 1], 1) // [334, 333, 333]
 */
export function planSplit(total: number, weights: readonly number[], step?: number): number[] | FormulaError {
  const largest = weights.reduce((max, weight) => Math.max(max, weight), 0);
  if (largest === 0) return allZero.error();
  // Weights of 1e308 add up to Infinity; as fractions of the largest they add up to at most their count.
  const scaled = Number.isFinite(weights.reduce((sum, weight) => sum + weight, 0))
    ? weights
    : weights.map((weight) => weight / largest);
  const weightSum = scaled.reduce((sum, weight) => sum + weight, 0);
  if (step === undefined) return scaled.map((weight) => portion(total, weight, weightSum));
  const units = wholeOrNothing(total / step);
  if (units === undefined) return notMultiple.error(total, step);
  // Past 2^53 not every whole number exists as a double: parts that add up exactly cannot be counted.
  if (!Number.isSafeInteger(units)) return tooManySteps.error();
  return largestRemainder(units, scaled, weightSum).map((part) => timesStep(part, step));
}

export const formula = defineFormula({
  id: FN,
  area: 'planning',
  ru: 'Раскладывает план по месяцам (сезонность), каналам, менеджерам или продуктам пропорционально весам. С шагом части кратны ему и в сумме дают ровно итог.',
  en: 'Spreads a plan over months (seasonality), channels, managers or products in proportion to the weights. With a step, parts are multiples of it and add up to exactly the total.',
  params: [totalParam, weightsParam, stepParam],
  errors: [notMultiple, tooManySteps, allZero],
  result: {
    shape: 'table',
    ru: 'Части плана в форме весов: строка, столбец или блок',
    en: 'Parts of the plan in the shape of the weights: a row, a column or a block',
    // An engine that sizes results in advance without telling the orientation gets the usual layout, a column.
    size: (hint) => hint.listShape?.('weights') ?? [hint.listLength('weights'), 1],
  },
  example: { formula: '=PLAN_SPLIT(1000, {1;1;1}, 1)', result: [[334], [333], [333]] },
  compute: planSplit,
});
