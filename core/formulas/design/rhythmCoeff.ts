import type { FormulaError } from '../../errors';
import { at, formulaRule, rules } from '../../messages';
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

const twoFacts = [[90], [110]];
const listsDiffer = formulaRule(rules.listsDiffer, at(FN, factsParam, plansParam), {
  facts: twoFacts,
  plans: [[100]],
});
const blankPlan = formulaRule(rules.blankPlan, at(FN, plansParam), { facts: twoFacts, plans: [[100], ['']] });
const allZero = formulaRule(rules.allZero, at(FN, plansParam), { facts: twoFacts, plans: [[0], [0]] });

/**
 * The rhythm coefficient (коэффициент ритмичности): Σ min(fact, plan) / Σ plan over the closed periods,
 * so overfulfilment in one month does not make up for a shortfall in another.
 * @example rhythmCoeff([90, 110, 100], [100, 100, 100]) // 0.9667 (290 / 300)
 */
export function rhythmCoeff(
  facts: readonly (number | null)[],
  plans: readonly (number | null)[],
): number | string | FormulaError {
  if (facts.length !== plans.length) return listsDiffer.error(facts.length, plans.length);
  let met = 0;
  let planned = 0;
  let closed = 0;
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i];
    const plan = plans[i];
    if (fact === null) continue;
    if (plan === null) return blankPlan.error(i + 1);
    closed++;
    met += Math.min(fact, plan);
    planned += plan;
  }
  if (closed === 0) return '';
  return planned === 0 ? allZero.error() : met / planned;
}

export const formula = defineFormula({
  id: FN,
  area: 'design',
  ru: 'Коэффициент ритмичности — равномерность выполнения плана: Σ min(факт, план) / Σ план по закрытым периодам, от 0 до 1.',
  en: 'The rhythm coefficient, how evenly the plan is met: Σ min(fact, plan) / Σ plan over the closed periods, from 0 to 1.',
  params: [factsParam, plansParam],
  errors: [listsDiffer, blankPlan, allZero],
  result: { shape: 'scalar', ru: 'Ритмичность, от 0 до 1', en: 'Rhythm, from 0 to 1' },
  example: { formula: '=RHYTHM_COEFF({90;110;100;100}, {100;100;100;100})', result: 0.975 },
  compute: rhythmCoeff,
});
