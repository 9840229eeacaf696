import { describe, expect, it } from 'vitest';
import { formula as MANAGER_PAY, managerPay } from '../../../core/formulas/compensation/managerPay';
import { formula as SALES_COMMISSION } from '../../../core/formulas/compensation/salesCommission';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(MANAGER_PAY, args);
const PLAN = 1_000_000;

describe('MANAGER_PAY', () => {
  it('pays fixed 30%, soft 10% at 100% of KPIs and the commission, then the total', () => {
    // 100 000 × 0.3 = 30 000; × 0.1 = 10 000; 2% of 1 200 000 = 24 000; total 64 000.
    expect(run(100000, 1, 1200000, PLAN)).toEqual([[30000, 10000, 24000, 64000]]);
  });

  it('pays no soft salary below 100% of KPIs', () => {
    expect(run(100000, 0.95, 1200000, PLAN)).toEqual([[30000, 0, 24000, 54000]]);
    expect(run(100000, 0.99999, 1200000, PLAN)).toEqual([[30000, 0, 24000, 54000]]);
  });

  it('counts 0.9999999999 from a formula as 100% of KPIs', () => {
    expect(run(100000, 0.9999999999, 1200000, PLAN)).toEqual([[30000, 10000, 24000, 64000]]);
    expect(run(100000, 1.2, 1200000, PLAN)).toEqual([[30000, 10000, 24000, 64000]]);
  });

  it('pays the marginal commission in marginal mode', () => {
    // 6 000 marginal on 1 200 000: total 30 000 + 10 000 + 6 000.
    expect(run(100000, 1, 1200000, PLAN, '', '', '', '', 'marginal')).toEqual([[30000, 10000, 6000, 46000]]);
  });

  it('pays exactly SALES_COMMISSION, custom schemes included', () => {
    const thresholds = [[0.5], [1], [1.5]];
    const rates = [[0], [0.03], [0.05], [0.07]];
    for (const mode of ['retro', 'marginal']) {
      for (const revenue of [0, 499999.99, 500000.01, 1000000, 1600000]) {
        const [[, , commission]] = run(
          80000,
          1,
          revenue,
          PLAN,
          0.4,
          0.1,
          thresholds,
          rates,
          mode,
        ) as number[][];
        expect(commission).toBe(runFormula(SALES_COMMISSION, [revenue, PLAN, thresholds, rates, mode]));
      }
    }
  });

  it('computes the same through the pure function', () => {
    expect(managerPay(100000, 1, 900000, PLAN, 0.3, 0.1, [0.8, 1], [0, 0.01, 0.02], 'retro')).toEqual([
      30000, 10000, 9000, 49000,
    ]);
  });

  it('refuses fixed and soft shares above 100% together', () => {
    expectError(run(100000, 1, 1200000, PLAN, 0.95, 0.1), 'sharesAboveOne', 'fixed_share', 'soft_share');
  });

  it('refuses rates that do not match the thresholds', () => {
    expectError(
      run(100000, 1, 1200000, PLAN, '', '', [[0.8]], [[0.01]]),
      'tierValues',
      'rates',
      'thresholds',
    );
  });

  it('gives one row per manager for a team’s columns, blank and bad rows in place', () => {
    const result = run(
      [[100000], [80000], [''], [90000]],
      [[1], [0.9], [1], ['95%']],
      [[1200000], [900000], [500000], ['много']],
      [[1000000], [1000000], [1000000], [1000000]],
    ) as unknown[][];
    expect(result[0]).toEqual([30000, 10000, 24000, 64000]);
    // 80 000 × 0.3 = 24 000; KPI 90% → no soft; 1% of 900 000 = 9 000.
    expect(result[1]).toEqual([24000, 0, 9000, 33000]);
    expect(result[2]).toEqual(['', '', '', '']);
    expect(expectError(result[3][0], 'notNumber', 'revenue').message).toContain('«много»');
  });

  it('refuses a zero plan, naming it', () => {
    expectError(run(100000, 1, 1200000, 0), 'zero', 'plan');
  });
});
