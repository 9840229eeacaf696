import type { FormulaError } from '../../errors';
import {
  countsParam,
  extraOutputs,
  planConversionsParam,
  type Stages,
  stageConversion,
  stageRules,
} from '../../funnel';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula, type NumberParam } from '../../spec';

const FN = 'FUNNEL_GAP';
const BLANK = '';

const valueParam: NumberParam = {
  name: 'value_per_unit',
  ruName: 'ценность единицы',
  kind: 'amount',
  optional: true,
  ru: 'Сколько приносит одна единица последнего этапа, ₽: средний чек сделки',
  en: 'What one unit of the last stage brings, RUB: the average deal',
};

const stages = stageRules(FN);
/** FUNNEL_GAP takes one funnel; a table of them is FUNNEL_BOTTLENECK's and FUNNEL_CONVERSION's. */
const oneFunnel = formulaRule(rules.oneFunnel, at(FN, countsParam), {
  counts: [
    [1000, 300, 60],
    [900, 200, 50],
  ],
});

/**
 * Where one funnel loses output against its plan: per transition the actual and planned conversion,
 * the extra output at the last stage had that transition alone met its plan, and its value.
 * @example funnelGap([[1000, 300, 60]], [0.5, 0.35], 2500) // [[0.3, 0.5, 40, 100000], [0.2, 0.35, 45, 112500]]
 */
export function funnelGap(
  funnels: readonly Stages[],
  plan: readonly number[],
  valuePerUnit?: number,
): (number | string)[][] | FormulaError {
  if (funnels.length > 1) return oneFunnel.error(funnels.length, funnels[0].length);
  const [counts] = funnels;
  const invalid = stages.checkPlan(counts.length, plan);
  if (invalid) return invalid;
  const extras = extraOutputs(counts, plan);
  return plan.map((planned, i) => {
    const extra = extras[i];
    if (extra === undefined) return [BLANK, planned, BLANK, BLANK];
    return [
      stageConversion(counts, i)!,
      planned,
      extra,
      valuePerUnit === undefined ? BLANK : extra * valuePerUnit,
    ];
  });
}

export const formula = defineFormula({
  id: FN,
  area: 'funnel',
  ru: 'Где воронка теряет результат против плана: по каждому переходу — факт и план конверсии, сколько добавилось бы на последнем этапе, если бы только этот переход вышел на план, и сколько это в деньгах.',
  en: 'Where a funnel loses output against its plan: per transition the actual and planned conversion, the extra output at the last stage had that transition alone met its plan, and its value.',
  params: [countsParam, planConversionsParam, valueParam],
  errors: [oneFunnel, stages.tooFewStages, stages.stagesMismatch],
  result: {
    shape: 'table',
    ru: 'Строка на переход: конверсия факт, конверсия план, недобор на последнем этапе, недобор в деньгах',
    en: 'A row per transition: actual conversion, planned conversion, extra output at the last stage, extra value',
    columns: [
      { ru: 'Конверсия факт', en: 'Actual conversion' },
      { ru: 'Конверсия план', en: 'Planned conversion' },
      { ru: 'Недобор, шт.', en: 'Extra output' },
      { ru: 'Недобор, ₽', en: 'Extra value' },
    ],
    size: (hint) => [hint.listLength('plan_conversions'), 4],
  },
  example: {
    formula: '=FUNNEL_GAP({1000;300;60}, {0.5;0.35}, 2500)',
    result: [
      [0.3, 0.5, 40, 100000],
      [0.2, 0.35, 45, 112500],
    ],
  },
  compute: funnelGap,
});
