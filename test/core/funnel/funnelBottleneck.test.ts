import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as FUNNEL_BOTTLENECK } from '../../../core/formulas/funnel/funnelBottleneck';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(FUNNEL_BOTTLENECK, args);
const column = (...values: unknown[]) => values.map((value) => [value]);

describe('FUNNEL_BOTTLENECK', () => {
  it('picks the transition with the largest extra output (SPEC example: 45 > 40 → 2)', () => {
    expect(run(column(1000, 300, 60), column(0.5, 0.35))).toBe(2);
  });

  it('gives one number per manager for a block, 0 when every conversion meets the plan', () => {
    // Plan 0.3 / 0.4 / 0.25.
    // Иванов 800, 240, 96, 24: 0.3, 0.4, 0.25 — all met → 0.
    // Петров 900, 180, 90, 30: 0.2 < 0.3 → (270 − 180) × 0.5 × 0.3333 = 15; 0.5 ≥ 0.4; 0.3333 ≥ 0.25 → 1.
    // Сидорова 1000, 300, 60, 15: 0.3 met; 0.2 < 0.4 → (120 − 60) × 0.25 = 15; 0.25 met → 2.
    // an empty row stays blank.
    expect(
      run(
        [
          [800, 240, 96, 24],
          [900, 180, 90, 30],
          [1000, 300, 60, 15],
          [null, null, null, null],
        ],
        [[0.3, 0.4, 0.25]],
      ),
    ).toEqual([[0], [1], [2], ['']]);
  });

  it('gives ties to the earlier transition', () => {
    // 1000 → 400 (0.4 < 0.5): (500 − 400) × 0.5 = 50; 400 → 200 (0.5 < 0.625): 250 − 200 = 50. Tie → 1.
    expect(run(column(1000, 400, 200), column(0.5, 0.625))).toBe(1);
  });

  it('never picks a transition whose conversion is unknown', () => {
    // 1000 → 0 → 0: transition 1 loses 1000 × 0.5 × 0.35 = 175; transition 2 leaves a stage of 0.
    expect(run(column(1000, 0, 0), column(0.5, 0.35))).toBe(1);
  });

  it('refuses plans of the wrong length for the stages', () => {
    const error = run([[1000, 300, 60]], column(0.5)) as FormulaError;
    expectError(error, 'stagesMismatch', 'plan_conversions', 'counts');
  });
});
