import { describe, expect, it } from 'vitest';
import { formula as MARGIN_PER_HOUR } from '../../../core/formulas/kpi/marginPerHour';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(MARGIN_PER_HOUR, args);

describe('MARGIN_PER_HOUR', () => {
  it('divides margin by working hours', () => {
    // 240 000 / 160 = 1 500.
    expect(run(240000, 160)).toBe(1500);
  });

  it('shows a loss-making manager as negative, as the seed warns projects can go into the red', () => {
    expect(run(-16000, 160)).toBe(-100);
  });

  it('refuses zero hours as a division by zero, naming them', () => {
    expectError(run(240000, 0), 'zero', 'hours');
  });

  it('reads numbers typed as text', () => {
    expect(run('240 000,00', '160')).toBe(1500);
    expect(run('-16 000', '160')).toBe(-100);
  });

  it('broadcasts over account managers with blanks', () => {
    // 84 000 / 168 = 500.
    const result = run([[240000], [''], [84000], ['—']], [[160], [160], [168], [160]]) as unknown[][];
    expect(result.slice(0, 3)).toEqual([[1500], [''], [500]]);
    expectError(result[3][0], 'notNumber', 'margin');
  });
});
