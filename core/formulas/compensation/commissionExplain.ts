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
import { defineFormula, type Cell } from '../../spec';
import { tierScheme } from '../../tiers';

/**
 * The audit trail of SALES_COMMISSION: per tier from (fraction of plan), to (`""` for the open tier),
 * rate, revenue counted in the tier and amount; then a total row (`""`, `""`, `""`, revenue, amount)
 * whose amount is the commission SALES_COMMISSION pays, added up the same way.
 * In retro mode the tier reached counts all the revenue — its rate applies to all of it — and the other
 * tiers count 0; in marginal mode each tier counts its own band of revenue.
 * @example commissionExplain(1200000, 1000000, [0.8, 1], [0, 0.01, 0.02], 'marginal')
 * // [[0, 0.8, 0, 800000, 0], [0.8, 1, 0.01, 200000, 2000], [1, '', 0.02, 200000, 4000], ['', '', '', 1200000, 6000]]
 */
export function commissionExplain(
  revenue: number,
  plan: number,
  thresholds: readonly number[],
  rates: readonly number[],
  mode: CommissionMode,
): Cell[][] {
  const lines = commissionTiers(revenue, plan, thresholds, rates, mode);
  const rows: Cell[][] = lines.map((line) => [
    line.from,
    line.to ?? '',
    line.rate,
    line.revenue,
    line.amount,
  ]);
  // Every ruble of revenue is counted once in either mode, so the total counted is the revenue itself.
  rows.push(['', '', '', revenue, commissionTotal(lines)]);
  return rows;
}

const scheme = tierScheme('COMMISSION_EXPLAIN', thresholdsParam, ratesParam);

export const formula = defineFormula({
  id: 'COMMISSION_EXPLAIN',
  area: 'compensation',
  ru: 'Расшифровка SALES_COMMISSION: по строке на ступень — от (доля плана), до, ставка, выручка на ступени, сумма — и итоговая строка, равная комиссии.',
  en: 'The audit trail of SALES_COMMISSION: a row per tier — from (fraction of plan), to, rate, revenue counted, amount — and a total row equal to the commission.',
  params: [revenueParam, planParam, thresholdsParam, ratesParam, modeParam],
  result: {
    shape: 'table',
    ru: 'Таблица: ступени и итог',
    en: 'Table: tiers and total',
    columns: [
      { ru: 'От, доля плана', en: 'From, fraction of plan' },
      { ru: 'До', en: 'To' },
      { ru: 'Ставка', en: 'Rate' },
      { ru: 'Выручка на ступени', en: 'Revenue counted' },
      { ru: 'Сумма', en: 'Amount' },
    ],
    // One row per tier (thresholds + 1) and the total row.
    size: (hint) => [hint.listLength('thresholds') + 2, 5],
  },
  example: {
    formula: '=COMMISSION_EXPLAIN(1200000, 1000000, , , "marginal")',
    result: [
      [0, 0.8, 0, 800000, 0],
      [0.8, 1, 0.01, 200000, 2000],
      [1, '', 0.02, 200000, 4000],
      ['', '', '', 1200000, 6000],
    ],
  },
  ...scheme,
  compute: commissionExplain,
});
