import {
  type CommissionMode,
  commissionTiers,
  commissionTotal,
  modeParam,
  planParam,
  ratesParam,
  revenueParam,
  thresholdsParam,
} from '../../commission';
import { defineFormula } from '../../spec';
import { tierScheme } from '../../tiers';

/**
 * A manager's commission: revenue paid at the rate of the tier that revenue / plan reaches ("retro",
 * the seed's) or each band of revenue between thresholds × plan at its own rate ("marginal").
 * @example salesCommission(1200000, 1000000, [0.8, 1], [0, 0.01, 0.02], 'retro') // 24000
 * @example salesCommission(1200000, 1000000, [0.8, 1], [0, 0.01, 0.02], 'marginal') // 6000
 */
export function salesCommission(
  revenue: number,
  plan: number,
  thresholds: readonly number[],
  rates: readonly number[],
  mode: CommissionMode,
): number {
  return commissionTotal(commissionTiers(revenue, plan, thresholds, rates, mode));
}

const scheme = tierScheme('SALES_COMMISSION', thresholdsParam, ratesParam);

export const formula = defineFormula({
  id: 'SALES_COMMISSION',
  area: 'compensation',
  ru: 'Процент от выручки менеджера по выполнению плана: 80–100% плана — 1%, выше 100% — 2% (ретро: ставка на всю выручку; или прогрессивно по частям).',
  en: 'A manager’s commission on revenue by plan fulfilment: 80–100% of plan → 1%, above 100% → 2% (retro: the rate on all revenue; or marginal, band by band).',
  params: [revenueParam, planParam, thresholdsParam, ratesParam, modeParam],
  result: { shape: 'scalar', ru: 'Сумма комиссии, ₽', en: 'Commission, RUB' },
  example: { formula: '=SALES_COMMISSION(1200000, 1000000)', result: 24000 },
  ...scheme,
  compute: salesCommission,
});
