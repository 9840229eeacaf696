import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../../core/errors';
import { formula as WORKDAY_RU } from '../../../core/formulas/calendar/workdayRu';
import { serialOf } from '../../../core/dates';
import { runFormula } from '../../../core/runner';

const run = (...args: unknown[]) => runFormula(WORKDAY_RU, args);

describe('WORKDAY_RU', () => {
  it('gives SPEC.md’s example across New Year: 30.12.2026 + 1 → 11.01.2027', () => {
    // 31.12.2026 is a moved day off, 1–8 January holidays, 9–10 a weekend.
    expect(run('30.12.2026', 1)).toBe(serialOf(2027, 1, 11));
    expect(WORKDAY_RU.result).toMatchObject({ date: true });
  });

  it('counts back when days is negative: 12.01.2026 − 1 → 30.12.2025', () => {
    // 31.12.2025 was a moved day off and 1–11 January 2026 are all days off.
    expect(run('12.01.2026', -1)).toBe(serialOf(2025, 12, 30));
    expect(run('11.01.2027', -1)).toBe(serialOf(2026, 12, 30));
  });

  it('gives start itself for 0 days, even on a day off, and truncates fractions toward zero', () => {
    expect(run('03.01.2026', 0)).toBe(serialOf(2026, 1, 3));
    expect(run('30.12.2026', 1.9)).toBe(serialOf(2027, 1, 11));
    expect(run('12.01.2026', -1.9)).toBe(serialOf(2025, 12, 30));
    expect(run('12.01.2026', 0.5)).toBe(serialOf(2026, 1, 12));
  });

  it('lands on a working Saturday: 19.02.2027 + 1 → 20.02.2027', () => {
    expect(run('19.02.2027', 1)).toBe(serialOf(2027, 2, 20));
    // From a day off, the first working day after it counts as one.
    expect(run('03.01.2026', 1)).toBe(serialOf(2026, 1, 12));
  });

  it('counts ten working days through the 2026 May holidays: 29.04 + 10 → 15.05', () => {
    // 30.04, 04–08.05 (5), 12–15.05 (4) = 10; 1–3 and 9–11 May are days off.
    expect(run('29.04.2026', 10)).toBe(serialOf(2026, 5, 15));
  });

  it('skips extra days off and uses extra working days', () => {
    expect(run('30.12.2026', 1, null, '31.12.2026')).toBe(serialOf(2026, 12, 31));
    expect(run('29.12.2026', 1, '30.12.2026')).toBe(serialOf(2027, 1, 11));
  });

  it('gives #N/A when the answer would lie outside 2013–2027', () => {
    const error = run('30.12.2027', 5) as FormulaError;
    expect(error.kind).toBe('#N/A');
    expect(error.message).toContain(
      'искомая дата вне производственного календаря, он есть за 2013–2027 годы',
    );
    expect((run('09.01.2013', -1) as FormulaError).kind).toBe('#N/A');
    expect((run('01.01.2028', 1) as FormulaError).kind).toBe('#N/A');
  });

  it('broadcasts over a column of start dates', () => {
    expect(run([['30.12.2026'], ['']], 1)).toEqual([[serialOf(2027, 1, 11)], ['']]);
  });
});
