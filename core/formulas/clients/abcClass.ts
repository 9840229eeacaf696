import type { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula, type ListParam, type NumberParam } from '../../spec';
import { isAbove } from '../../values';

const FN = 'ABC_CLASS';

const valuesParam: ListParam = {
  name: 'values',
  ruName: 'значения',
  kind: 'list',
  of: 'amount',
  mayBeEmpty: true,
  shapesResult: true,
  ru: 'Выручка (или маржа) по клиентам или товарам: столбец, строка или таблица; пустые ячейки остаются пустыми',
  en: 'Revenue (or margin) per client or product: a column, a row or a table; blanks stay blank',
};

const aShareParam: NumberParam = {
  name: 'a_share',
  ruName: 'граница A',
  kind: 'share',
  optional: true,
  default: 0.8,
  ru: 'Доля итога, которую набирают клиенты A; по умолчанию 80%',
  en: 'The share of the total the A items make up; default 80%',
};

const bShareParam: NumberParam = {
  name: 'b_share',
  ruName: 'граница B',
  kind: 'share',
  optional: true,
  default: 0.95,
  ru: 'Доля итога, которую набирают A и B вместе; по умолчанию 95%',
  en: 'The share of the total the A and B items make up together; default 95%',
};

const outOfOrder = formulaRule(rules.sharesOutOfOrder, at(FN, aShareParam, bShareParam), {
  a_share: 0.9,
  b_share: 0.8,
});
const allZero = formulaRule(rules.allZero, at(FN, valuesParam), { values: [[0], [0]] });

/**
 * Pareto classes: items by value, largest first (ties keep their order); an item is A while the share
 * held by the items before it is below a_share, B while below b_share, else C — so the item that
 * crosses 80 % is still A, and the A items hold at least 80 % of the total.
 * @example abcClass([500, 300, 100, 60, 40], 0.8, 0.95) // ['A', 'A', 'B', 'B', 'C']
 */
export function abcClass(values: readonly number[], aShare: number, bShare: number): string[] | FormulaError {
  if (isAbove(aShare, bShare)) return outOfOrder.error();
  if (values.length === 0) return [];
  // Shares of the largest: values of 1e308 add up to Infinity, their fractions of the largest do not.
  const largest = Math.max(...values);
  if (largest === 0) return allZero.error();
  const scaled = values.map((value) => value / largest);
  const total = scaled.reduce((sum, value) => sum + value, 0);
  const order = scaled.map((_, i) => i).sort((i, j) => scaled[j] - scaled[i] || i - j);
  const classes = new Array<string>(values.length);
  let before = 0;
  for (const i of order) {
    const share = before / total;
    classes[i] = isAbove(aShare, share) ? 'A' : isAbove(bShare, share) ? 'B' : 'C';
    before += scaled[i];
  }
  return classes;
}

export const formula = defineFormula({
  id: FN,
  area: 'clients',
  ru: 'ABC-анализ клиентов или товаров по выручке: A — набирают 80% итога (включая того, кто пересёк 80%), B — до 95%, остальные C.',
  en: 'ABC analysis of clients or products by revenue: A make up 80% of the total (including the one that crosses 80%), B up to 95%, the rest C.',
  params: [valuesParam, aShareParam, bShareParam],
  errors: [outOfOrder, allZero],
  result: {
    shape: 'table',
    ru: '«A», «B» или «C» у каждого значения: той же формы, что и значения',
    en: '"A", "B" or "C" for each value: the same shape as the values',
    size: (hint) => hint.listShape?.('values') ?? [hint.listLength('values'), 1],
  },
  example: { formula: '=ABC_CLASS({500;300;100;60;40})', result: [['A'], ['A'], ['B'], ['B'], ['C']] },
  compute: abcClass,
});
