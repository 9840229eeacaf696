import { describe, expect, it } from 'vitest';
import { formula as COMMISSION_EXPLAIN } from '../../../core/formulas/compensation/commissionExplain';
import { formula as SALES_COMMISSION } from '../../../core/formulas/compensation/salesCommission';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(COMMISSION_EXPLAIN, args);
const PLAN = 1_000_000;

describe('COMMISSION_EXPLAIN', () => {
  it('explains the marginal SPEC example band by band', () => {
    expect(run(1200000, PLAN, '', '', 'marginal')).toEqual([
      [0, 0.8, 0, 800000, 0],
      [0.8, 1, 0.01, 200000, 2000],
      [1, '', 0.02, 200000, 4000],
      ['', '', '', 1200000, 6000],
    ]);
  });

  it('in retro mode counts all revenue in the tier reached and nothing elsewhere', () => {
    expect(run(1200000, PLAN)).toEqual([
      [0, 0.8, 0, 0, 0],
      [0.8, 1, 0.01, 0, 0],
      [1, '', 0.02, 1200000, 24000],
      ['', '', '', 1200000, 24000],
    ]);
  });

  it('keeps exactly 80% in the first tier', () => {
    expect(run(800000, PLAN, '', '', 'marginal')).toEqual([
      [0, 0.8, 0, 800000, 0],
      [0.8, 1, 0.01, 0, 0],
      [1, '', 0.02, 0, 0],
      ['', '', '', 800000, 0],
    ]);
    expect((run(800000, PLAN) as unknown[][])[0]).toEqual([0, 0.8, 0, 800000, 0]);
  });

  it('always totals to SALES_COMMISSION with the same arguments', () => {
    const schemes: unknown[][] = [
      ['', ''],
      [
        [[0.5], [1], [1.5]],
        [[0], [0.03], [0.05], [0.07]],
      ],
      [[[0.9]], [[0.005], [0.015]]],
      [[[0.7, 0.85, 1, 1.1, 1.3]], [[0.001, 0.013, 0.017, 0.023, 0.031, 0.037]]],
    ];
    const revenues = [
      0, 123456.78, 799999.99, 800000, 800000.01, 933333.33, 1000000, 1000000.01, 1234567.89, 1600000, 5e7,
    ];
    for (const [thresholds, rates] of schemes) {
      for (const mode of ['retro', 'marginal']) {
        for (const revenue of revenues) {
          const table = run(revenue, PLAN, thresholds, rates, mode) as unknown[][];
          const total = table[table.length - 1];
          expect(total[4]).toBe(runFormula(SALES_COMMISSION, [revenue, PLAN, thresholds, rates, mode]));
          expect(total[3]).toBe(revenue);
          // The tiers' counted revenue adds up to the revenue (up to floating-point rounding).
          const counted = table.slice(0, -1).reduce((sum, row) => sum + (row[3] as number), 0);
          expect(counted).toBeCloseTo(revenue, 6);
        }
      }
    }
  });

  it('has one row per tier and a total row for a custom scheme', () => {
    // 1 600 000 marginal: 3% of 500 000, 5% of 500 000, 7% of 100 000.
    const table = run(
      1600000,
      PLAN,
      [[0.5], [1], [1.5]],
      [[0], [0.03], [0.05], [0.07]],
      'marginal',
    ) as unknown[][];
    expect(table).toHaveLength(5);
    expect(table.map((row) => row.slice(0, 4))).toEqual([
      [0, 0.5, 0, 500000],
      [0.5, 1, 0.03, 500000],
      [1, 1.5, 0.05, 500000],
      [1.5, '', 0.07, 100000],
      ['', '', '', 1600000],
    ]);
    expect(table[4][4] as number).toBeCloseTo(47000, 6);
  });

  it('sizes its result before computing it: thresholds + 2 rows of 5', () => {
    const size = COMMISSION_EXPLAIN.result.shape === 'table' ? COMMISSION_EXPLAIN.result.size : undefined;
    expect(size?.({ given: () => false, listLength: () => 2 })).toEqual([4, 5]);
  });

  it('takes single values only', () => {
    expectError(run([[1200000], [900000]], PLAN), 'notScalar', 'revenue');
  });

  it('refuses rates that do not match the thresholds', () => {
    expectError(run(1200000, PLAN, [[0.8]], [[0], [0.01], [0.02]]), 'tierValues', 'rates', 'thresholds');
  });

  it('is blank for a blank revenue', () => {
    expect(run('', PLAN)).toBe('');
  });
});
