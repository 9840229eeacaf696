import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as FUNNEL_GAP } from '../../../core/formulas/funnel/funnelGap';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(FUNNEL_GAP, args);
const column = (...values: unknown[]) => values.map((value) => [value]);

describe('FUNNEL_GAP', () => {
  it('gives actual and planned conversion, extra output and its value per transition (SPEC example)', () => {
    // Calls → leads 0.3 against 0.5: 1000 × 0.5 = 500 leads, × 0.2 = 100 deals, 100 − 60 = 40; × 2 500 = 100 000.
    // Leads → deals 0.2 against 0.35: 300 × 0.35 = 105 deals, 105 − 60 = 45; × 2 500 = 112 500.
    expect(run(column(1000, 300, 60), column(0.5, 0.35), 2500)).toEqual([
      [0.3, 0.5, 40, 100000],
      [0.2, 0.35, 45, 112500],
    ]);
  });

  it('gives 0 where a stage meets its plan, and a blank value without value_per_unit', () => {
    // 1000 → 600 (0.6 ≥ 0.5): 0. 600 → 150 (0.25 < 0.35): 600 × 0.35 = 210, 210 − 150 = 60.
    expect(run([[1000, 600, 150]], [[0.5, 0.35]])).toEqual([
      [0.6, 0.5, 0, ''],
      [0.25, 0.35, 60, ''],
    ]);
  });

  it('uses the planned conversion where the actual one is unknown (SPEC: counts {1000; 0; 0})', () => {
    // Transition 1: 1000 × 0.5 × 0.35 − 0 = 175; transition 2 leaves a stage of 0: unknown.
    expect(run(column(1000, 0, 0), column(0.5, 0.35), 2500)).toEqual([
      [0, 0.5, 175, 437500],
      ['', 0.35, '', ''],
    ]);
  });

  it('refuses a block, plans of the wrong length and a range for value_per_unit', () => {
    const block = run(
      [
        [1000, 300, 60],
        [900, 200, 50],
      ],
      column(0.5, 0.35),
    ) as FormulaError;
    expectError(block, 'oneFunnel', 'counts');
    const length = run(column(1000, 300, 60, 10), column(0.5, 0.35)) as FormulaError;
    expectError(length, 'stagesMismatch', 'plan_conversions', 'counts');
    expect((run(column(1000, 300, 60), column(0.5, 0.35), column(1, 2)) as FormulaError).kind).toBe(
      '#VALUE!',
    );
  });

  it('refuses a planned conversion above 100%', () => {
    const error = run(column(1000, 300, 60), column(50, 0.35)) as FormulaError;
    expectError(error, 'aboveOne', 'plan_conversions[1]');
  });
});
