import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as COMPLAINT_RATE } from '../../../core/formulas/kpi/complaintRate';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(COMPLAINT_RATE, args);

describe('COMPLAINT_RATE', () => {
  it('divides complaints by all requests (Nвоз / Nобр)', () => {
    // 6 / 150 = 0.04.
    expect(run(6, 150)).toBe(0.04);
    expect(run(0, 150)).toBe(0);
  });

  it('refuses more complaints than requests, naming both', () => {
    const error = run(151, 150) as FormulaError;
    expect(error.kind).toBe('#NUM!');
    expect(error.message).toContain('complaints cannot exceed requests');
  });

  it('refuses zero requests as a division by zero', () => {
    const error = run(0, 0) as FormulaError;
    expect(error.kind).toBe('#DIV/0!');
    expect(error.message).toContain('«обращения» (requests)');
  });

  it('reads numbers typed as text and refuses other text', () => {
    expect(run('6', ' 150 ')).toBe(0.04);
    expect((run('six', 150) as FormulaError).message).toContain(
      'complaints must be a number, got the text "six"',
    );
  });

  it('broadcasts over a column with blanks', () => {
    // 3 / 60 = 0.05.
    expect(run([[6], [''], [3]], [[150], [150], [60]])).toEqual([[0.04], [''], [0.05]]);
  });
});
