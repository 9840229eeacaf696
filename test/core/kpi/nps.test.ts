import { describe, expect, it } from 'vitest';
import { formula as NPS, nps } from '../../../core/formulas/kpi/nps';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(NPS, args);
const column = (...scores: unknown[]) => scores.map((score) => [score]);

describe('NPS', () => {
  it('subtracts % detractors (0–6) from % promoters (9–10)', () => {
    // {10, 9, 8, 7, 6}: 2 promoters (40%) − 1 detractor (20%) = 20.
    expect(run(column(10, 9, 8, 7, 6))).toBe(20);
  });

  it('scores a realistic survey column with blanks', () => {
    // 18 answers: promoters 10,10,9,9,9,10,9,9,10 = 9; passives 8,8,7,7,8 = 5; detractors 6,5,3,0 = 4.
    // 100 × (9 − 4) / 18 = 27.78.
    const scores = column(10, 10, 9, 9, 9, 8, 8, 7, 7, 6, 5, 3, 10, 9, '', 8, null, 0, 9, 10);
    expect(run(scores) as number).toBeCloseTo(27.7778, 4);
  });

  it('ranges from −100 to 100, passives alone giving 0', () => {
    expect(run(column(10, 9, 10))).toBe(100);
    expect(run(column(0, 6, 3))).toBe(-100);
    expect(run(column(7, 8))).toBe(0);
  });

  it('puts 9 with promoters, 7 and 8 with passives, 6 with detractors', () => {
    expect(nps([9])).toBe(100);
    expect(nps([8])).toBe(0);
    expect(nps([7])).toBe(0);
    expect(nps([6])).toBe(-100);
  });

  it('reads a row of scores and scores typed as text', () => {
    expect(run([[10, 9, 8, 7, 6]])).toBe(20);
    expect(run(column('10', '9', '8', '7', '6'))).toBe(20);
  });

  it('refuses a score above 10, naming it', () => {
    expectError(run(column(9, 11)), 'aboveMax', 'scores[2]');
  });

  it('refuses a fractional or negative score', () => {
    expectError(run(column(7.5)), 'notWhole', 'scores[1]');
    expectError(run(column(-1)), 'negative', 'scores[1]');
    expectError(run(column('good')), 'notNumber', 'scores[1]');
  });

  it('is #DIV/0! for a range with no scores', () => {
    expectError(run(column('', null, '')), 'noValues', 'scores');
  });

  it('is blank when the argument itself is blank', () => {
    expect(run('')).toBe('');
  });
});
