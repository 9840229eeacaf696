import { describe, expect, it } from 'vitest';
import { formula as ROP_BONUS } from '../../../core/formulas/compensation/ropBonus';
import { formula as ROP_PAY } from '../../../core/formulas/compensation/ropPay';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(ROP_PAY, args);

describe('ROP_PAY', () => {
  it('pays fixed, soft at 100% of KPIs, the ROP_BONUS bonus and the total', () => {
    // 110% → coefficient 2: 50 000 × 2 = 100 000; 60 000 + 20 000 + 100 000 = 180 000.
    expect(run(60000, 20000, 50000, 1.1, 1)).toEqual([[60000, 20000, 100000, 180000]]);
  });

  it('pays no soft salary below 100% of KPIs, and counts 0.9999999999 as 100%', () => {
    expect(run(60000, 20000, 50000, 1.1, 0.9)).toEqual([[60000, 0, 100000, 160000]]);
    expect(run(60000, 20000, 50000, 1.1, 0.9999999999)).toEqual([[60000, 20000, 100000, 180000]]);
  });

  it('follows the seed’s bonus tiers at each boundary', () => {
    const bonus = (fulfillment: number) => (run(60000, 20000, 50000, fulfillment, 1) as number[][])[0][2];
    expect(bonus(0.8)).toBe(0);
    expect(bonus(0.8000001)).toBe(50000);
    expect(bonus(1)).toBe(50000);
    expect(bonus(1.0000001)).toBe(100000);
    expect(bonus(1.2)).toBe(100000);
    expect(bonus(1.2000001)).toBe(150000);
  });

  it('pays exactly ROP_BONUS with the same base and scheme', () => {
    for (const fulfillment of [0, 0.79, 0.8, 0.95, 1, 1.15, 1.2, 1.5]) {
      const [[, , bonus]] = run(
        60000,
        20000,
        45000,
        fulfillment,
        1,
        [[0.9], [1.1]],
        [[0], [1.5], [2.5]],
      ) as number[][];
      expect(bonus).toBe(runFormula(ROP_BONUS, [fulfillment, 45000, [[0.9], [1.1]], [[0], [1.5], [2.5]]]));
    }
  });

  it('reads numbers typed as text', () => {
    expect(run('60 000', '20 000', '50 000', '110%', '100%')).toEqual([[60000, 20000, 100000, 180000]]);
  });

  it('refuses coefficients that do not match the thresholds', () => {
    const error = run(60000, 20000, 50000, 1.1, 1, [[0.8], [1]], [[0], [1]]);
    expectError(error, 'tierValues', 'coefficients', 'thresholds');
  });

  it('refuses a negative salary, naming it', () => {
    expectError(run(-1, 20000, 50000, 1.1, 1), 'negative', 'fixed');
  });

  it('gives one row per head of sales for columns, blank rows blank', () => {
    const result = run(
      [[60000], [''], [70000]],
      20000,
      50000,
      [[1.1], [1], [0.7]],
      [[1], [1], [0.5]],
    ) as unknown[][];
    expect(result).toEqual([
      [60000, 20000, 100000, 180000],
      ['', '', '', ''],
      [70000, 0, 0, 70000],
    ]);
  });
});
