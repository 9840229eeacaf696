import type { FormulaError } from '../../errors';
import { countsParam, isBlankRow, type Stages, stageConversion, stageRules } from '../../funnel';
import { defineFormula } from '../../spec';

const BLANK = '';

const stages = stageRules('FUNNEL_CONVERSION');

/**
 * One funnel's conversions: each stage into the next, then the overall one (last / first). Unknown
 * conversions — out of a stage of 0, into or out of a blank stage — are blank; a blank funnel is blank.
 * @example funnelConversion([1000, 300, 60]) // [0.3, 0.2, 0.06]
 */
export function funnelConversion(counts: Stages): (number | string)[] {
  if (isBlankRow(counts)) return counts.map(() => BLANK);
  const row: (number | string)[] = [];
  for (let i = 0; i + 1 < counts.length; i++) row.push(stageConversion(counts, i) ?? BLANK);
  const first = counts[0];
  const last = counts[counts.length - 1];
  row.push(first === null || first === 0 || last === null ? BLANK : last / first);
  return row;
}

/** One row per funnel: a single row or column is one funnel, a block one funnel per row (a manager). */
function funnelConversions(funnels: readonly Stages[]): (number | string)[][] | FormulaError {
  return stages.checkStages(funnels[0].length) ?? funnels.map(funnelConversion);
}

export const formula = defineFormula({
  id: 'FUNNEL_CONVERSION',
  area: 'funnel',
  ru: 'Конверсии воронки: из каждого этапа в следующий и общая (последний / первый). Таблица — по строке на менеджера.',
  en: 'Funnel conversions: each stage into the next, and the overall one (last / first). A table gives a row per manager.',
  params: [countsParam],
  errors: [stages.tooFewStages],
  result: {
    shape: 'table',
    ru: 'Строка на воронку: конверсии между этапами, затем общая; пусто, где этап пуст или равен 0',
    en: 'A row per funnel: the stage conversions, then the overall one; blank where a stage is blank or 0',
    columns: [
      { ru: 'Этап 1 → 2', en: 'Stage 1 → 2' },
      { ru: 'Этап 2 → 3', en: 'Stage 2 → 3' },
      { ru: 'Общая', en: 'Overall' },
    ],
    size: (hint) => {
      const [rows, columns] = hint.listShape?.('counts') ?? [1, hint.listLength('counts')];
      return rows === 1 || columns === 1 ? [1, rows * columns] : [rows, columns];
    },
  },
  example: { formula: '=FUNNEL_CONVERSION({1000;300;60})', result: [[0.3, 0.2, 0.06]] },
  compute: funnelConversions,
});
