import { describe, expect, it } from 'vitest';
import { formula as COMPLAINT_RATE } from '../../../core/formulas/kpi/complaintRate';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(COMPLAINT_RATE, args);

describe('COMPLAINT_RATE', () => {
  it('divides complaints by all requests (Nвоз / Nобр)', () => {
    // 6 / 150 = 0.04.
    expect(run(6, 150)).toBe(0.04);
    expect(run(0, 150)).toBe(0);
  });

  it('refuses more complaints than requests, naming both', () => {
    expectError(run(151, 150), 'partExceedsWhole', 'complaints', 'requests');
  });

  it('refuses zero requests as a division by zero', () => {
    expectError(run(0, 0), 'zero', 'requests');
  });

  it('reads numbers typed as text and refuses other text', () => {
    expect(run('6', ' 150 ')).toBe(0.04);
    expect(expectError(run('six', 150), 'notNumber', 'complaints').message).toContain('«six»');
  });

  it('broadcasts over a column with blanks', () => {
    // 3 / 60 = 0.05.
    expect(run([[6], [''], [3]], [[150], [150], [60]])).toEqual([[0.04], [''], [0.05]]);
  });
});
