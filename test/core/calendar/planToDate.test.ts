import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as PLAN_TO_DATE } from '../../../core/formulas/calendar/planToDate';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(PLAN_TO_DATE, args);

describe('PLAN_TO_DATE', () => {
  it('spreads the plan evenly over the month’s working days: 10 of January 2026’s 15 by 23.01', () => {
    // Working days 12–16 and 19–23 January: 1 500 000 × 10 / 15 = 1 000 000.
    expect(run(1500000, '23.01.2026')).toBe(1000000);
  });

  it('is 0 before the first working day and the whole plan on the last one and after', () => {
    expect(run(1500000, '09.01.2026')).toBe(0);
    expect(run(1500000, '30.01.2026')).toBe(1500000);
    expect(run(1500000, '31.01.2026')).toBe(1500000);
  });

  it('takes a period of its own: a quarter, with as_of before and after it', () => {
    // Q1 2026: 15 + 19 + 21 = 55 working days; by Friday 27.02, February's last: 15 + 19 = 34.
    expect(run(5500000, '27.02.2026', '01.01.2026', '31.03.2026')).toBe(3400000);
    expect(run(5500000, '15.12.2025', '01.01.2026', '31.03.2026')).toBe(0);
    expect(run(5500000, '15.04.2026', '01.01.2026', '31.03.2026')).toBe(5500000);
  });

  it('counts only the working days the user’s lists leave', () => {
    // January 2026 with 23.01 a company day off: 14 days, 9 by 23.01.
    expect(run(1400000, '23.01.2026', null, null, '23.01.2026')).toBeCloseTo(900000, 6);
  });

  it('refuses a period with no working day, whatever as_of is, and one that ends before it starts', () => {
    const none = run(1000, '15.01.2026', '01.01.2026', '11.01.2026') as FormulaError;
    expect(none.kind).toBe('#DIV/0!');
    expect(none.message).toContain('в периоде 01.01.2026–11.01.2026 нет ни одного рабочего дня');
    expect((run(1000, '15.01.2026', '31.01.2026', '01.01.2026') as FormulaError).kind).toBe('#NUM!');
  });

  it('gives #N/A for a report date outside 2013–2027', () => {
    expect((run(1000, '15.01.2028') as FormulaError).message).toContain('«на дату» (as_of): 15.01.2028');
  });
});
