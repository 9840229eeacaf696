import type { FormulaError } from '../../errors';
import {
  countsParam,
  extraOutputs,
  isBlankRow,
  planConversionsParam,
  type Stages,
  stageRules,
} from '../../funnel';
import { defineFormula } from '../../spec';
import { isAbove } from '../../values';

const FN = 'FUNNEL_BOTTLENECK';
const stages = stageRules(FN);

/**
 * The transition to fix first: the one with the largest extra output in FUNNEL_GAP (1 = first stage →
 * second), 0 when every known conversion meets its plan; ties within 1e-9 go to the earlier one.
 * @example funnelBottleneck([1000, 300, 60], [0.5, 0.35]) // 2 (45 deals lost there against 40)
 */
export function funnelBottleneck(counts: Stages, plan: readonly number[]): number | string {
  if (isBlankRow(counts)) return '';
  const extras = extraOutputs(counts, plan);
  let worst = 0;
  let worstExtra = 0;
  extras.forEach((extra, i) => {
    if (extra !== undefined && isAbove(extra, worstExtra)) {
      worst = i + 1;
      worstExtra = extra;
    }
  });
  return worst;
}

/** One number per funnel: a single row or column is one funnel, a block one funnel per row. */
function funnelBottlenecks(funnels: readonly Stages[], plan: readonly number[]): Computed {
  const invalid = stages.checkPlan(funnels[0].length, plan);
  if (invalid) return invalid;
  return funnels.length === 1
    ? funnelBottleneck(funnels[0], plan)
    : funnels.map((counts) => [funnelBottleneck(counts, plan)]);
}

type Computed = number | string | (number | string)[][] | FormulaError;

export const formula = defineFormula({
  id: FN,
  area: 'funnel',
  ru: 'Узкое место воронки: номер перехода (1 — из первого этапа во второй), который теряет больше всего на последнем этапе против плана; 0 — все конверсии в плане. Таблица — по числу на менеджера.',
  en: 'The funnel’s bottleneck: the transition (1 = first stage → second) that loses the most at the last stage against the plan; 0 when every conversion meets it. A table gives one number per manager.',
  params: [countsParam, planConversionsParam],
  errors: [stages.tooFewStages, stages.stagesMismatch],
  result: {
    shape: 'table',
    ru: 'Номер перехода, который чинить первым (0 — все в плане); по строке на воронку',
    en: 'The transition to fix first (0 when all meet the plan); one per funnel',
    size: (hint) => {
      const [rows, columns] = hint.listShape?.('counts') ?? [1, hint.listLength('counts')];
      return [rows > 1 && columns > 1 ? rows : 1, 1];
    },
  },
  example: { formula: '=FUNNEL_BOTTLENECK({1000;300;60}, {0.5;0.35})', result: 2 },
  compute: funnelBottlenecks,
});
