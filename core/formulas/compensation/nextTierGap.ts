import { defineFormula } from '../../spec';
import { tierOf } from '../../tiers';
import { thresholds } from './ropBonus';

/**
 * Revenue still needed to reach the next tier: plan × t − fact, where t is the threshold of the first
 * tier not yet reached; 0 past the last threshold. A tier starts *above* its threshold (SPEC.md §1), so
 * at exactly 80% the gap to the 80% tier is 0: any further revenue moves you up. In other words, the
 * next tier starts once this gap is exceeded.
 * @example nextTierGap(900000, 1000000, [0.8, 1, 1.2]) // 100000
 */
export function nextTierGap(fact: number, plan: number, thresholdList: readonly number[]): number {
  const tier = tierOf(fact / plan, thresholdList);
  if (tier === thresholdList.length) return 0;
  // Within the tolerance fact may sit a hair above plan × t and still be in the lower tier.
  return Math.max(0, plan * thresholdList[tier] - fact);
}

export const formula = defineFormula({
  id: 'NEXT_TIER_GAP',
  area: 'compensation',
  ru: 'Сколько выручки не хватает до следующей ступени: план × порог − факт; 0 после последнего порога. Ступень начинается, когда этот разрыв превышен.',
  en: 'Revenue still needed to reach the next tier: plan × threshold − fact; 0 past the last threshold. The tier starts once this gap is exceeded.',
  params: [
    {
      name: 'fact',
      ruName: 'факт',
      kind: 'amount',
      ru: 'Выручка с начала периода, ₽',
      en: 'Revenue since the start of the period, RUB',
    },
    {
      name: 'plan',
      ruName: 'план',
      kind: 'divisor',
      ru: 'План за период, ₽',
      en: 'Plan for the period, RUB',
    },
    thresholds,
  ],
  result: { shape: 'scalar', ru: 'Не хватает до следующей ступени, ₽', en: 'Short of the next tier, RUB' },
  example: { formula: '=NEXT_TIER_GAP(900000, 1000000)', result: 100000 },
  compute: nextTierGap,
});
