import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as PAY_STRUCTURE } from '../../../core/formulas/compensation/payStructure';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(PAY_STRUCTURE, args);

describe('PAY_STRUCTURE', () => {
  it('splits a manager’s pay as the seed: fixed 30%, soft 10%, bonus 60%', () => {
    expect(run(100000)).toEqual([[30000, 10000, 60000]]);
  });

  it('takes a head of sales’ fixed share of 40–45%', () => {
    // 150 000 × 0.4 = 60 000; × 0.1 = 15 000; the rest 75 000.
    expect(run(150000, 0.4)).toEqual([[60000, 15000, 75000]]);
    // 200 000 × 45% = 90 000; × 10% = 20 000; the rest 90 000.
    expect(run(200000, '45%')).toEqual([[90000, 20000, 90000]]);
  });

  it('leaves no bonus when fixed and soft make exactly 100%', () => {
    expect(run(100000, 0.7, 0.3)).toEqual([[70000, 30000, 0]]);
    expect(run(100000, 0.9, 0.1)).toEqual([[90000, 10000, 0]]);
  });

  it('takes an explicit zero soft share', () => {
    expect(run(100000, 0.3, 0)).toEqual([[30000, 0, 70000]]);
  });

  it('refuses fixed and soft shares above 100% together, naming both', () => {
    expectError(run(100000, 0.8, 0.3), 'sharesAboveOne', 'fixed_share', 'soft_share');
  });

  it('refuses a share typed as 30 for 30%', () => {
    expectError(run(100000, 30), 'aboveOne', 'fixed_share');
  });

  it('reads the pay typed as text', () => {
    expect(run('100 000,00')).toEqual([[30000, 10000, 60000]]);
  });

  it('gives one row per manager for columns of pay and shares, blank and bad rows across their width', () => {
    const result = run([[100000], [''], ['x'], [200000]], [[0.3], [0.3], [0.3], [0.4]]) as unknown[][];
    expect(result[0]).toEqual([30000, 10000, 60000]);
    expect(result[1]).toEqual(['', '', '']);
    expect(result[2].map((cell) => (cell as FormulaError).kind)).toEqual(['#VALUE!', '#VALUE!', '#VALUE!']);
    expect(result[3]).toEqual([80000, 20000, 100000]);
  });

  it('is blank for a blank pay', () => {
    expect(run('')).toBe('');
  });
});
