import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../core/errors';
import { formula as SALARY_COMPA } from '../../../core/formulas/salary/salaryCompa';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(SALARY_COMPA, args);

describe('SALARY_COMPA', () => {
  it('divides a salary by the seed’s median for the city and segment', () => {
    // Kazan companies: median 58 000; 87 000 / 58 000 = 1.5.
    expect(run(87000, 'Казань', 'компании')).toBe(1.5);
    // Saint Petersburg companies: median 86 000.
    expect(run(86000, 'Санкт-Петербург', 'компании')).toBe(1);
    // Volgograd agencies: median 60 000; 45 000 / 60 000 = 0.75.
    expect(run(45000, 'Volgograd', 'agency')).toBe(0.75);
  });

  it('works for Moscow agencies, which have a median (115 000) but no bands', () => {
    expect(run(115000, 'МСК', 'агентства')).toBe(1);
    expect(run(138000, 'Moscow', 'agencies')).toBe(1.2);
  });

  it('matches names ignoring case, ё and hyphens', () => {
    expect(run(94000, 'санкт петербург', 'АГЕНТСТВА')).toBe(1);
    expect(run(94000, 'СПб', 'агентства')).toBe(1);
  });

  it('reads the salary typed as text', () => {
    expect(run('87 000', 'Казань', 'компании')).toBe(1.5);
  });

  it('is #N/A for an unknown region, listing the known ones', () => {
    const error = expectError(run(87000, 'Тверь', 'компании'), 'unknownRegion', 'region');
    expect(error.message).toContain('Казань');
    expect(error.message).toContain('Kazan');
  });

  it('is #N/A for an unknown segment', () => {
    expectError(run(87000, 'Казань', 'фрилансеры'), 'unknownSegment', 'segment');
  });

  it('refuses a negative salary and a number for the region', () => {
    expectError(run(-1, 'Казань', 'компании'), 'negative', 'salary');
    expectError(run(87000, 42, 'компании'), 'notText', 'region');
  });

  it('broadcasts over a staff list, each row its own city, blank and unknown rows in place', () => {
    const result = run(
      [[87000], [''], [70000], [60000]],
      [['Казань'], ['Уфа'], ['Тверь'], ['Самара']],
      'компании',
    ) as unknown[][];
    expect(result[0]).toEqual([1.5]);
    expect(result[1]).toEqual(['']);
    expect((result[2][0] as FormulaError).kind).toBe('#N/A');
    // Samara companies: median 63 000.
    expect(result[3][0] as number).toBeCloseTo(0.9524, 4);
  });
});
