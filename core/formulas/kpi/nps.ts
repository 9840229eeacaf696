import type { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula, type ListParam } from '../../spec';

const scoresParam: ListParam = {
  name: 'scores',
  ruName: 'оценки',
  kind: 'list',
  of: 'amount',
  whole: true,
  max: 10,
  mayBeEmpty: true,
  ru: 'Оценки «порекомендуете ли вы нас?» от 0 до 10: столбец, строка или вся таблица отдела, пустые ячейки пропускаются',
  en: '"Would you recommend us?" scores from 0 to 10: a column, a row or a department’s whole table, blanks skipped',
};

/** Every score cell blank: no one to count, so no share to take. */
const noScores = formulaRule(rules.noValues, at('NPS', scoresParam), { scores: [[''], [''], ['']] });

/**
 * Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to 100.
 * @example nps([10, 9, 8, 7, 6]) // 20 (40% promoters − 20% detractors)
 */
export function nps(scores: readonly number[]): number | FormulaError {
  if (scores.length === 0) return noScores.error();
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return (100 * (promoters - detractors)) / scores.length;
}

export const formula = defineFormula({
  id: 'NPS',
  area: 'kpi',
  ru: 'Индекс лояльности NPS: % промоутеров (9–10) − % критиков (0–6), от −100 до 100.',
  en: 'Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to 100.',
  params: [scoresParam],
  errors: [noScores],
  result: { shape: 'scalar', ru: 'NPS, от −100 до 100', en: 'NPS, from −100 to 100' },
  example: { formula: '=NPS({10;9;8;7;6})', result: 20 },
  compute: nps,
});
