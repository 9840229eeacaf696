import type { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
import { defineFormula, type NumberParam, type TextParam } from '../../spec';

const FN = 'KPI_SCORE';
export type Direction = 'more' | 'less';

const factParam: NumberParam = {
  name: 'fact',
  ruName: 'факт',
  kind: 'amount',
  ru: 'Фактическое значение показателя: выручка, звонки, жалобы, просроченная дебиторка',
  en: 'The KPI’s actual value: revenue, calls, complaints, overdue receivables',
};

const capParam: NumberParam = {
  name: 'cap',
  ruName: 'потолок',
  kind: 'ratio',
  optional: true,
  ru: 'Наибольшее выполнение, которое засчитывается: 150% или 1,5',
  en: 'The highest fulfilment counted: 150% or 1.5',
};

const directionParam: TextParam = {
  name: 'direction',
  ruName: 'направление',
  kind: 'text',
  optional: true,
  default: 'more',
  choices: { more: ['more', 'больше'], less: ['less', 'меньше'] },
  ru: '«больше» (по умолчанию: больше — лучше, факт / план) или «меньше» (меньше — лучше: жалобы, просрочка; план / факт)',
  en: '"more" (default: more is better, fact / plan) or "less" (less is better: complaints, overdue; plan / fact)',
};

/** «Less is better» divides the plan by the fact: a fact of 0 needs a cap. */
const needsCap = formulaRule(rules.needsCap, at(FN, factParam, capParam), { fact: 0 });

/**
 * One KPI's fulfilment: fact / plan when more is better, plan / fact when less is, then at most `cap`.
 * A "less" KPI with a fact of 0 is as good as it gets: the cap, which must then be given.
 * @example kpiScore(4, 5, 'less') // 1.25
 */
export function kpiScore(
  fact: number,
  plan: number,
  direction: Direction,
  cap?: number,
): number | FormulaError {
  if (direction === 'less' && fact === 0) return cap ?? needsCap.error();
  const score = direction === 'less' ? plan / fact : fact / plan;
  return cap === undefined ? score : Math.min(score, cap);
}

export const formula = defineFormula({
  id: FN,
  area: 'design',
  ru: 'Выполнение одного KPI: факт / план («больше — лучше») или план / факт («меньше — лучше»: жалобы, просрочка), не выше потолка.',
  en: 'One KPI’s fulfilment: fact / plan (more is better) or plan / fact (less is better: complaints, overdue), at most the cap.',
  params: [
    factParam,
    {
      name: 'plan',
      ruName: 'план',
      kind: 'divisor',
      ru: 'Плановое значение показателя (для «меньше» — допустимый максимум)',
      en: 'The KPI’s target (for "less", the most allowed)',
    },
    directionParam,
    capParam,
  ],
  errors: [needsCap],
  result: { shape: 'scalar', ru: 'Выполнение KPI, 1 = 100%', en: 'KPI fulfilment, 1 = 100%' },
  example: { formula: '=KPI_SCORE(4, 5, "less")', result: 1.25 },
  compute: kpiScore,
});
