import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import {
  formula as SALES_COMMISSION,
  salesCommission,
} from '../../../core/formulas/compensation/salesCommission';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(SALES_COMMISSION, args);
const PLAN = 1_000_000;

describe('SALES_COMMISSION', () => {
  it('pays the SPEC example: 1 200 000 on a 1 000 000 plan is 24 000 retro and 6 000 marginal', () => {
    // Retro: 120% reaches the 2% tier, 2% of all 1 200 000 = 24 000.
    expect(run(1200000, PLAN)).toBe(24000);
    expect(run(1200000, PLAN, '', '', 'retro')).toBe(24000);
    // Marginal: 0% of 800 000 + 1% of 200 000 + 2% of 200 000 = 0 + 2 000 + 4 000.
    expect(run(1200000, PLAN, '', '', 'marginal')).toBe(6000);
  });

  it('follows the seed: nothing below 80%, 1% at 80–100%, 2% above 100%', () => {
    expect(run(700000, PLAN)).toBe(0);
    // 1% of 900 000.
    expect(run(900000, PLAN)).toBe(9000);
    // Marginal: 1% of the 100 000 above 800 000.
    expect(run(900000, PLAN, '', '', 'marginal')).toBe(1000);
  });

  it('pays nothing at exactly 80%, even computed as a ratio, and a hair below', () => {
    expect(run(800000, PLAN)).toBe(0);
    expect(run(800, 1000)).toBe(0);
    expect(run(799999.99, PLAN)).toBe(0);
    expect(run(800000, PLAN, '', '', 'marginal')).toBe(0);
    // 0.8 × 3 is 2.4000000000000004: still exactly 80% within the tolerance.
    expect(run(0.8 * 3, 3)).toBe(0);
  });

  it('moves to 1% a hair above 80%', () => {
    // Retro: 1% of 800 000.01; marginal: 1% of the 0.01 above 800 000.
    expect(run(800000.01, PLAN) as number).toBeCloseTo(8000.0001, 6);
    expect(run(800000.01, PLAN, '', '', 'marginal') as number).toBeCloseTo(0.0001, 6);
  });

  it('keeps exactly 100% at 1% and moves to 2% a hair above', () => {
    expect(run(1000000, PLAN)).toBe(10000);
    expect(run(999999.99, PLAN) as number).toBeCloseTo(9999.9999, 6);
    expect(run(1000000.01, PLAN) as number).toBeCloseTo(20000.0002, 6);
    // Marginal at 100%: 1% of the 200 000 band; a hair above adds 2% of 0.01.
    expect(run(1000000, PLAN, '', '', 'marginal')).toBe(2000);
    expect(run(1000000.01, PLAN, '', '', 'marginal') as number).toBeCloseTo(2000.0002, 6);
  });

  it('pays a custom scheme in both modes', () => {
    const thresholds = [[0.5], [1], [1.5]];
    const rates = [[0], [0.03], [0.05], [0.07]];
    // Retro: 160% reaches 7%: 1 600 000 × 0.07 = 112 000.
    expect(run(1600000, PLAN, thresholds, rates) as number).toBeCloseTo(112000, 6);
    // Marginal: 3% of 500 000 + 5% of 500 000 + 7% of 100 000 = 15 000 + 25 000 + 7 000 = 47 000.
    expect(run(1600000, PLAN, thresholds, rates, 'marginal') as number).toBeCloseTo(47000, 6);
    expect(salesCommission(1600000, PLAN, [0.5, 1, 1.5], [0, 0.03, 0.05, 0.07], 'marginal')).toBeCloseTo(
      47000,
      6,
    );
  });

  it('accepts Russian spellings of the mode, in any case', () => {
    expect(run(1200000, PLAN, '', '', 'ретро')).toBe(24000);
    expect(run(1200000, PLAN, '', '', 'Прогрессивная')).toBe(6000);
    expect(run(1200000, PLAN, '', '', ' маржинальная ')).toBe(6000);
  });

  it('refuses an unknown mode, listing the known ones', () => {
    const error = expectError(run(1200000, PLAN, '', '', 'flat'), 'unknownChoice', 'mode');
    expect(error.message).toContain('retro, marginal');
  });

  it('reads numbers and rates typed as text', () => {
    expect(run('1 200 000', '1 000 000', '', [['0'], ['1%'], ['2%']])).toBe(24000);
  });

  it('refuses rates that do not match the thresholds, naming both', () => {
    expectError(run(1200000, PLAN, [[0.8], [1]], [[0.01], [0.02]]), 'tierValues', 'rates', 'thresholds');
  });

  it('refuses a rate typed as 2 for 2%, and unsorted thresholds', () => {
    expectError(run(1200000, PLAN, '', [[0], [1], [2]]), 'aboveOne', 'rates[3]');
    expectError(run(1200000, PLAN, [[1], [0.8]]), 'notAscending', 'thresholds');
  });

  it('pays the top tier when revenue / plan is too large for a number (it used to pay nothing)', () => {
    // 1e10 / 1e-300 overflows to Infinity: 2% of 1e10 retro; marginal 2% of the revenue above the plan.
    expect(run(1e10, 1e-300)).toBe(2e8);
    expect(run(1e10, 1e-300, '', '', 'marginal')).toBeCloseTo(2e8, 0);
  });

  it('refuses a zero plan and a negative revenue', () => {
    expectError(run(1200000, 0), 'zero', 'plan');
    expectError(run(-1, PLAN), 'negative', 'revenue');
  });

  it('broadcasts over a team’s revenue and plan columns, keeping bad rows in place', () => {
    const result = run(
      [[1200000], [''], ['abc'], [900000]],
      [[1000000], [1000000], [1000000], [1000000]],
    ) as unknown[][];
    expect(result[0]).toEqual([24000]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#VALUE!');
    expect(result[3]).toEqual([9000]);
  });
});
