import { describe, expect, it } from 'vitest';
import { formula as DAILY_TARGET } from '../../../core/formulas/planning/dailyTarget';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(DAILY_TARGET, args);

describe('DAILY_TARGET', () => {
  it('spreads what is left of the plan over the days left', () => {
    // (1 000 000 − 640 000) / 8 = 45 000.
    expect(run(1000000, 640000, 8)).toBe(45000);
  });

  it('is 0 once the plan is met or beaten', () => {
    expect(run(1000000, 1000000, 8)).toBe(0);
    expect(run(1000000, 1200000, 8)).toBe(0);
  });

  it('needs 0 for a plan already met even with no days left', () => {
    expect(run(1000000, 1000000, 0)).toBe(0);
    expect(run(1000000, 1200000, 0)).toBe(0);
    // Met up to floating-point noise: 0.1 + 0.2 of a plan of 0.3 (millions).
    expect(run(0.3, 0.1 + 0.2, 0)).toBe(0);
  });

  it('refuses zero days left for an unmet plan as a division by zero, naming the argument', () => {
    expectError(run(1000000, 640000, 0), DAILY_TARGET.errors![0].rule, 'days_left');
  });

  it('reads numbers typed as text', () => {
    expect(run('1 000 000', '640 000', '8')).toBe(45000);
  });

  it('broadcasts over plan and fact columns', () => {
    // (500 − 200) / 3 = 100; (300 − 400) → 0.
    const result = run([[500], [300], ['']], [[200], [400], [100]], 3) as unknown[][];
    expect(result).toEqual([[100], [0], ['']]);
  });

  it('refuses a negative fact', () => {
    expectError(run(100, -1, 3), 'negative', 'fact');
  });
});
