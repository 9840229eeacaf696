import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as WORKHOURS_RU } from '../../../core/formulas/calendar/workhoursRu';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(WORKHOURS_RU, args);

describe('WORKHOURS_RU', () => {
  it('gives 2026’s published norm: 8 × 247 − 4 shortened days = 1972', () => {
    expect(run('01.01.2026', '31.12.2026')).toBe(1972);
  });

  it('takes an hour off each shortened pre-holiday day: 30.04.2026 is 7 hours', () => {
    expect(run('30.04.2026', '30.04.2026')).toBe(7);
    // The working Saturday 20.02.2027 is also shortened.
    expect(run('20.02.2027', '20.02.2027')).toBe(7);
    // April 2026: 22 days, 30.04 shortened: 175.
    expect(run('01.04.2026', '30.04.2026')).toBe(175);
  });

  it('scales to a shorter week: 36 hours in 2026 is 7.2 × 247 − 4 = 1774.4', () => {
    expect(run('01.01.2026', '31.12.2026', 36)).toBeCloseTo(1774.4, 9);
    expect(run('01.01.2026', '31.01.2026', 24)).toBe(72);
  });

  it('is negative when end is before start, and 0 over days off', () => {
    expect(run('31.12.2026', '01.01.2026')).toBe(-1972);
    expect(run('01.01.2026', '11.01.2026')).toBe(0);
  });

  it('refuses more than 40 hours a week (Labour Code art. 91)', () => {
    expect((run('01.01.2026', '31.12.2026', 48) as FormulaError).kind).toBe('#NUM!');
  });

  it('gives #N/A outside 2013–2027', () => {
    expect((run('01.01.2026', '01.01.2028') as FormulaError).message).toContain('«конец» (end): 01.01.2028');
  });
});
