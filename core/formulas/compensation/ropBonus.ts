import { defineFormula, type ListParam } from '../../spec';
import { thresholdsParam, tierOf, tierScheme } from '../../tiers';

/** The seed: «при выполнении 80% плана … ничего не начисляется; 80–100% — 1; 100–120% — 2; более 120% — 3». */
export const ROP_THRESHOLDS = [0.8, 1, 1.2] as const;
export const ROP_COEFFICIENTS = [0, 1, 2, 3] as const;

/**
 * The head of sales' bonus coefficient for a plan fulfilment, or the bonus itself with a base.
 * @example ropBonus(1.1, undefined, [0.8, 1, 1.2], [0, 1, 2, 3]) // 2
 */
export function ropBonus(
  fulfillment: number,
  bonusBase: number | undefined,
  thresholds: readonly number[],
  coefficients: readonly number[],
): number {
  const coefficient = coefficients[tierOf(fulfillment, thresholds)];
  return bonusBase === undefined ? coefficient : bonusBase * coefficient;
}

export const thresholds: ListParam = thresholdsParam(ROP_THRESHOLDS);

export const coefficients: ListParam = {
  name: 'coefficients',
  ruName: 'коэффициенты',
  kind: 'list',
  of: 'number',
  optional: true,
  default: ROP_COEFFICIENTS,
  ru: 'Коэффициенты ступеней, на один больше порогов; по умолчанию {0; 1; 2; 3}',
  en: 'Tier coefficients, one more than thresholds; default {0; 1; 2; 3}',
};

const scheme = tierScheme('ROP_BONUS', thresholds, coefficients);

export const formula = defineFormula({
  id: 'ROP_BONUS',
  area: 'compensation',
  ru: 'Коэффициент бонуса РОПа по выполнению плана отдела (до 80% — 0, 80–100% — 1, 100–120% — 2, более 120% — 3) или сам бонус, если задана база.',
  en: 'Head of sales bonus coefficient from plan fulfilment (up to 80% → 0, 80–100% → 1, 100–120% → 2, above 120% → 3), or the bonus itself when a base is given.',
  params: [
    {
      name: 'fulfillment',
      ruName: 'выполнение плана',
      kind: 'ratio',
      ru: 'Выполнение плана отдела, факт / план: 110% или 1,1',
      en: 'Department plan fulfilment, fact / plan: 110% or 1.1',
    },
    {
      name: 'bonus_base',
      ruName: 'база бонуса',
      kind: 'amount',
      optional: true,
      ru: 'База бонуса, ₽; если задана, результат — база × коэффициент',
      en: 'Bonus base, RUB; when given the result is base × coefficient',
    },
    thresholds,
    coefficients,
  ],
  result: { shape: 'scalar', ru: 'Коэффициент или сумма бонуса', en: 'Coefficient, or bonus amount' },
  example: { formula: '=ROP_BONUS(1.1)', result: 2 },
  ...scheme,
  compute: ropBonus,
});
