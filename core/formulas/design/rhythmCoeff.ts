import type { FormulaError } from '../../errors';
import { messages } from '../../messages';
import { defineFormula, type ListParam } from '../../spec';

const FN = 'RHYTHM_COEFF';

const factsParam: ListParam = {
  name: 'facts',
  ruName: 'факты',
  kind: 'list',
  of: 'amount',
  inPlace: 'line',
  ru: 'Факт по периодам (неделям, месяцам); пустой — период ещё не закрыт и не учитывается',
  en: 'The fact per period (weeks, months); a blank one is not closed yet and is skipped',
};

const plansParam: ListParam = {
  name: 'plans',
  ruName: 'планы',
  kind: 'list',
  of: 'amount',
  inPlace: 'line',
  ru: 'План по тем же периодам, в том же порядке',
  en: 'The plan for the same periods, in the same order',
};

/**
 * The rhythm coefficient (коэффициент ритмичности): Σ min(fact, plan) / Σ plan over the closed periods,
 * so overfulfilment in one month does not make up for a shortfall in another.
 * @example rhythmCoeff([90, 110, 100], [100, 100, 100]) // 0.9667 (290 / 300)
 */
export function rhythmCoeff(
  facts: readonly (number | null)[],
  plans: readonly (number | null)[],
): number | string | FormulaError {
  if (facts.length !== plans.length)
    return messages.listsDiffer(FN, factsParam, facts.length, plansParam, plans.length);
  let met = 0;
  let planned = 0;
  let closed = 0;
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i];
    const plan = plans[i];
    if (fact === null) continue;
    if (plan === null) return messages.blankPlan({ fn: FN, param: plansParam }, i + 1);
    closed++;
    met += Math.min(fact, plan);
    planned += plan;
  }
  if (closed === 0) return '';
  return planned === 0 ? messages.allZero({ fn: FN, param: plansParam }) : met / planned;
}

export const formula = defineFormula({
  id: FN,
  area: 'design',
  ru: 'Коэффициент ритмичности — равномерность выполнения плана: Σ min(факт, план) / Σ план по закрытым периодам, от 0 до 1.',
  en: 'The rhythm coefficient, how evenly the plan is met: Σ min(fact, plan) / Σ plan over the closed periods, from 0 to 1.',
  params: [factsParam, plansParam],
  errors: [
    {
      kind: '#VALUE!',
      ru: '«факты» (facts) и «планы» (plans) разной длины',
      en: 'facts and plans differ in length',
    },
    {
      kind: '#VALUE!',
      ru: 'у закрытого периода (факт есть) пустой «план» (plans)',
      en: 'a closed period (with a fact) has a blank plan',
    },
    {
      kind: '#DIV/0!',
      ru: '«планы» (plans) закрытых периодов все нулевые',
      en: 'the plans of the closed periods are all zero',
    },
  ],
  result: { shape: 'scalar', ru: 'Ритмичность, от 0 до 1', en: 'Rhythm, from 0 to 1' },
  example: { formula: '=RHYTHM_COEFF({90;110;100;100}, {100;100;100;100})', result: 0.975 },
  compute: rhythmCoeff,
});
