import type { InPlace } from '../../arguments';
import type { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula, type ListParam } from '../../spec';

const FN = 'KPI_INDEX';

const scoresParam: ListParam = {
  name: 'scores',
  ruName: 'выполнение KPI',
  kind: 'list',
  of: 'ratio',
  inPlace: 'rows',
  ru: 'Выполнение каждого KPI (KPI_SCORE): строка одного сотрудника или таблица — по строке на сотрудника',
  en: 'Each KPI’s fulfilment (KPI_SCORE): one person’s row, or a table with a row per person',
};

const weightsParam: ListParam = {
  name: 'weights',
  ruName: 'веса',
  kind: 'list',
  of: 'amount',
  inPlace: 'line',
  ru: 'Веса KPI по порядку столбцов: {50%; 25%; 25%} или {2; 1; 1}; пустой вес — 0',
  en: 'The KPIs’ weights, in the order of the columns: {50%; 25%; 25%} or {2; 1; 1}; a blank weight is 0',
};

const blankInRow = formulaRule(rules.blankInRow, at(FN, scoresParam), { scores: [[1.1, '', 1.5]] });
const listsDiffer = formulaRule(rules.listsDiffer, at(FN, weightsParam, scoresParam), {
  weights: [[50, 25]],
});
const allZero = formulaRule(rules.allZero, at(FN, weightsParam), { weights: [[0, 0, 0]] });

/**
 * One person's weighted KPI index: Σ weight × score / Σ weight. A row of blanks is blank (not scored
 * yet); a blank among filled scores is an error naming its column, since treating it as 0 would cut pay.
 * @example kpiIndex([1.1, 0.85, 1.5], [0.5, 0.25, 0.25], 1, 0.5 + 0.25 + 0.25) // 1.1375
 */
export function kpiIndex(
  scores: readonly (number | null)[],
  weights: readonly number[],
  row: number,
  weightSum: number,
): number | string | FormulaError {
  let sum = 0;
  for (let j = 0; j < scores.length; j++) {
    const score = scores[j];
    if (score === null) {
      return scores.every((s) => s === null) ? '' : blankInRow.error(row, j + 1);
    }
    sum += weights[j] * score;
  }
  return sum / weightSum;
}

/** One index per person: a single row or column is one person, a block one person per row. */
function kpiIndices(people: InPlace, weightCells: readonly (number | null)[]): Computed {
  const weights = weightCells.map((weight) => weight ?? 0);
  if (weights.length !== people[0].length) return listsDiffer.error(weights.length, people[0].length);
  const largest = Math.max(...weights);
  if (largest === 0) return allZero.error();
  // Weights of 1e308 add up to Infinity; as fractions of the largest they add up to at most their count.
  const scaled = Number.isFinite(weights.reduce((sum, weight) => sum + weight, 0))
    ? weights
    : weights.map((weight) => weight / largest);
  const weightSum = scaled.reduce((sum, weight) => sum + weight, 0);
  if (people.length === 1) return kpiIndex(people[0], scaled, 1, weightSum);
  return people.map((scores, i) => [kpiIndex(scores, scaled, i + 1, weightSum)]);
}

type Computed = number | string | FormulaError | (number | string | FormulaError)[][];

export const formula = defineFormula({
  id: FN,
  area: 'design',
  ru: 'Взвешенный индекс KPI («100% выполнения KPI» для мягкого оклада): Σ вес × выполнение / Σ весов. Таблица — по индексу на сотрудника.',
  en: 'The weighted KPI index (the "100% of KPIs" of the soft pay): Σ weight × score / Σ weights. A table gives one index per person.',
  params: [scoresParam, weightsParam],
  errors: [blankInRow, listsDiffer, allZero],
  result: {
    shape: 'table',
    ru: 'Индекс KPI, 1 = 100%; по строке на сотрудника',
    en: 'The KPI index, 1 = 100%; one per person',
    size: (hint) => {
      const [rows, columns] = hint.listShape?.('scores') ?? [1, hint.listLength('scores')];
      return [rows > 1 && columns > 1 ? rows : 1, 1];
    },
  },
  example: { formula: '=KPI_INDEX({1.1,0.85,1.5}, {50,25,25})', result: 1.1375 },
  compute: kpiIndices,
});
