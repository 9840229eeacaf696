import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as REPEAT_SHARE } from '../../../core/formulas/kpi/repeatShare';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(REPEAT_SHARE, args);

describe('REPEAT_SHARE', () => {
  it('divides regular clients by all clients (Kпост / Kобщ)', () => {
    // 84 / 240 = 0.35.
    expect(run(84, 240)).toBe(0.35);
    expect(run(240, 240)).toBe(1);
    expect(run(0, 240)).toBe(0);
  });

  it('refuses more regular clients than clients, naming both', () => {
    expectError(run(250, 240), 'partExceedsWhole', 'regular_clients', 'total_clients');
  });

  it('refuses zero clients as a division by zero', () => {
    expectError(run(0, 0), 'zero', 'total_clients');
  });

  it('reads numbers typed as text', () => {
    expect(run('84', '240,0')).toBe(0.35);
  });

  it('broadcasts over account managers, keeping bad rows without blanking others', () => {
    const result = run([[84], [''], [300], [12]], [[240], [100], [240], [48]]) as unknown[][];
    expect(result[0]).toEqual([0.35]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#NUM!');
    expect(result[3]).toEqual([0.25]);
  });
});
