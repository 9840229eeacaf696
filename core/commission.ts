/**
 * A sales manager's commission (SPEC.md §2), from the seed: «выполнение менеджеров 80–100 % плана –
 * получение 1 % от выручки, выход за 100 % плана – получение 2 %». SALES_COMMISSION,
 * COMMISSION_EXPLAIN and MANAGER_PAY all compute it here, so the audit trail always adds up to the
 * commission paid.
 */
import type { ListParam, NumberParam, TextParam } from './spec';
import { thresholdsParam as tierThresholds, tierOf } from './tiers';

export type CommissionMode = 'retro' | 'marginal';

export const COMMISSION_THRESHOLDS = [0.8, 1] as const;
export const COMMISSION_RATES = [0, 0.01, 0.02] as const;

/** One tier of a commission scheme and what it paid. */
export interface TierLine {
  /** Fraction of plan the tier starts above (0 for the first). */
  from: number;
  /** Fraction of plan the tier ends at; `undefined` for the last, open tier. */
  to: number | undefined;
  rate: number;
  /** Revenue paid at this tier's rate. */
  revenue: number;
  amount: number;
}

/**
 * Revenue of a marginal scheme's tier `k`: the whole band below the reached tier, the part above its
 * start in the reached tier, nothing above it. Deciding by `tierOf` keeps "exactly at 80%" in the lower
 * tier here too, rather than paying floating-point dust at the upper rate.
 */
function bandRevenue(
  revenue: number,
  plan: number,
  from: number,
  to: number | undefined,
  k: number,
  reached: number,
): number {
  if (k > reached) return 0;
  // Every tier below the reached one is closed: `to` is given.
  if (k < reached && to !== undefined) return plan * to - plan * from;
  return Math.max(0, revenue - plan * from);
}

/**
 * The commission tier by tier. In retro mode the reached tier counts all the revenue (its rate applies
 * to all of it) and the other tiers count nothing; in marginal mode each tier counts its own band.
 */
export function commissionTiers(
  revenue: number,
  plan: number,
  thresholds: readonly number[],
  rates: readonly number[],
  mode: CommissionMode,
): TierLine[] {
  const reached = tierOf(revenue / plan, thresholds);
  return rates.map((rate, k) => {
    const from = k === 0 ? 0 : thresholds[k - 1];
    const to = k < thresholds.length ? thresholds[k] : undefined;
    const counted =
      mode === 'retro' ? (k === reached ? revenue : 0) : bandRevenue(revenue, plan, from, to, k, reached);
    return { from, to, rate, revenue: counted, amount: counted * rate };
  });
}

/** The commission paid: the tiers' amounts added in tier order. */
export function commissionTotal(lines: readonly TierLine[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

export const revenueParam: NumberParam = {
  name: 'revenue',
  ruName: 'выручка',
  kind: 'amount',
  ru: 'Выручка менеджера за период, ₽',
  en: 'The manager’s revenue for the period, RUB',
};
export const planParam: NumberParam = {
  name: 'plan',
  ruName: 'план',
  kind: 'divisor',
  ru: 'План продаж менеджера, ₽',
  en: 'The manager’s sales plan, RUB',
};

export const thresholdsParam: ListParam = tierThresholds(COMMISSION_THRESHOLDS);

export const ratesParam: ListParam = {
  name: 'rates',
  ruName: 'ставки',
  kind: 'list',
  of: 'share',
  optional: true,
  default: COMMISSION_RATES,
  ru: 'Процент от выручки на каждой ступени, на один больше порогов; по умолчанию {0; 1%; 2%}',
  en: 'Percent of revenue at each tier, one more than thresholds; default {0; 1%; 2%}',
};

export const modeParam: TextParam = {
  name: 'mode',
  ruName: 'режим',
  kind: 'text',
  optional: true,
  default: 'retro',
  choices: {
    retro: ['retro', 'ретро', 'ретроспективная', 'retroactive'],
    marginal: ['marginal', 'прогрессивная', 'маржинальная', 'progressive'],
  },
  ru: '"retro" («ретро», по умолчанию): достигнутая ставка — на всю выручку; "marginal" («прогрессивная», «маржинальная»): каждая часть выручки между порогами — по своей ставке',
  en: '"retro" (default): the reached rate applies to all revenue; "marginal" ("progressive"): each band of revenue between thresholds is paid at its own rate',
};
