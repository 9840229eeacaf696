import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as MONTH_WORKDAYS_RU } from '../../../core/formulas/calendar/monthWorkdaysRu';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(MONTH_WORKDAYS_RU, args);

describe('MONTH_WORKDAYS_RU', () => {
  it('gives SPEC.md’s examples', () => {
    expect(run('15.01.2026')).toBe(15);
    expect(run('2027-03-01')).toBe(22);
  });

  it('gives the same count for any day of the month, the last one included', () => {
    expect(run('01.02.2027')).toBe(19);
    expect(run('28.02.2027')).toBe(19);
    expect(run('29.02.2024')).toBe(20);
  });

  it('counts every month of 2026 as published: 15 19 21 22 19 21 23 21 22 22 20 22', () => {
    const days = Array.from({ length: 12 }, (_, m) => [`15.${String(m + 1).padStart(2, '0')}.2026`]);
    expect((run(days) as unknown[][]).flat()).toEqual([15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22]);
  });

  it('applies extra days off and working days that fall in the month only', () => {
    // May 2026: 19; a company day off on 08.05 and one in June: 18.
    expect(run('10.05.2026', [['08.05.2026'], ['15.06.2026']])).toBe(18);
    expect(run('10.05.2026', null, '09.05.2026')).toBe(20);
  });

  it('gives #N/A for a month outside 2013–2027', () => {
    expect((run('15.01.2028') as FormulaError).kind).toBe('#N/A');
  });
});
