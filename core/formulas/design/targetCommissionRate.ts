import { FormulaError } from '../../errors';
import { fixedShareParam, paySplit, softShareParam } from '../../pay';
import { defineFormula } from '../../spec';

const FN = 'TARGET_COMMISSION_RATE';

const pay = paySplit(FN);

/**
 * The commission rate at which a manager who meets the plan exactly earns the target pay: the bonus
 * part of the target (PAY_STRUCTURE's) over the plan. In the seed's scheme it is the 80–100 % tier's
 * rate; the next tier doubles it.
 * @example targetCommissionRate(100000, 1000000, 0.3, 0.1) // 0.06
 */
export function targetCommissionRate(
  targetPay: number,
  plan: number,
  fixedShare: number,
  softShare: number,
): number | FormulaError {
  const parts = pay.split(targetPay, fixedShare, softShare);
  return parts instanceof FormulaError ? parts : parts[2] / plan;
}

export const formula = defineFormula({
  id: FN,
  area: 'design',
  ru: 'Ставка процента с выручки, при которой менеджер, выполнивший план ровно на 100%, получает целевой доход: целевой доход × (1 − доля твёрдого − доля мягкого) / план.',
  en: 'The commission rate at which a manager who meets the plan exactly earns the target pay: target pay × (1 − fixed share − soft share) / plan.',
  params: [
    {
      name: 'target_pay',
      ruName: 'целевой доход',
      kind: 'amount',
      ru: 'Целевой доход менеджера за месяц при выполнении плана, ₽',
      en: 'The manager’s target monthly pay when the plan is met, RUB',
    },
    {
      name: 'plan',
      ruName: 'план',
      kind: 'divisor',
      ru: 'План продаж менеджера за тот же месяц, ₽',
      en: 'The manager’s sales plan for the same month, RUB',
    },
    fixedShareParam,
    softShareParam,
  ],
  errors: [pay.sharesAboveOne],
  result: {
    shape: 'scalar',
    ru: 'Ставка комиссии ступени 80–100% (следующая — вдвое больше)',
    en: 'The commission rate of the 80–100% tier (the next one doubles it)',
  },
  example: { formula: '=TARGET_COMMISSION_RATE(100000, 1000000)', result: 0.06 },
  compute: targetCommissionRate,
});
