/**
 * Reading arguments alike in both hosts (SPEC.md §1): a single empty cell given for a list, lists over
 * a block, Excel's linked data types, and the 1e-9 tolerance on the limits of an argument.
 */
import { describe, expect, it } from 'vitest';
import type { FormulaError } from '../../core/errors';
import { formula as ROP_BONUS } from '../../core/formulas/compensation/ropBonus';
import { formula as SALES_COMMISSION } from '../../core/formulas/compensation/salesCommission';
import { formula as NPS } from '../../core/formulas/kpi/nps';
import { formula as REVERSE_FUNNEL } from '../../core/formulas/planning/reverseFunnel';
import { formula as SALES_DECOMPOSE } from '../../core/formulas/planning/salesDecompose';
import { formula as SALARY_BAND } from '../../core/formulas/salary/salaryBand';
import { formula as KPI_INDEX } from '../../core/formulas/design/kpiIndex';
import { formula as RHYTHM_COEFF } from '../../core/formulas/design/rhythmCoeff';
import { runFormula } from '../../core/runner';
import { expectError } from './expectError';

/** Excel passes a single empty cell as [[null]], an omitted argument as null; Sheets both as "". */
const EXCEL_EMPTY_CELL = [[null]];
const SHEETS_EMPTY_CELL = '';

describe('a single empty cell given for a list', () => {
  it('takes the default thresholds and coefficients in both hosts', () => {
    // 110 % lies in the default tier 100–120 %: coefficient 2; × 50 000 = 100 000.
    for (const empty of [EXCEL_EMPTY_CELL, SHEETS_EMPTY_CELL]) {
      expect(runFormula(ROP_BONUS, [1.1, null, empty]), JSON.stringify(empty)).toBe(2);
      expect(runFormula(ROP_BONUS, [1.1, 50000, empty, empty]), JSON.stringify(empty)).toBe(100000);
    }
  });

  it('takes the default commission rates in both hosts', () => {
    // 1 200 000 on a plan of 1 000 000 is 120 %, above 100 %: the default 2 % of all revenue = 24 000.
    for (const empty of [EXCEL_EMPTY_CELL, SHEETS_EMPTY_CELL])
      expect(runFormula(SALES_COMMISSION, [1200000, 1000000, empty, empty]), JSON.stringify(empty)).toBe(
        24000,
      );
  });

  it('leaves a required list blank, like any blank required input, in both hosts', () => {
    for (const empty of [EXCEL_EMPTY_CELL, SHEETS_EMPTY_CELL]) {
      expect(runFormula(NPS, [empty]), JSON.stringify(empty)).toBe('');
      expect(runFormula(REVERSE_FUNNEL, [1125, empty]), JSON.stringify(empty)).toBe('');
    }
  });

  it('leaves a list read in place blank too (KPI_INDEX, RHYTHM_COEFF), in both hosts', () => {
    for (const empty of [EXCEL_EMPTY_CELL, SHEETS_EMPTY_CELL]) {
      expect(runFormula(KPI_INDEX, [[[1.1, 0.85, 1.5]], empty]), JSON.stringify(empty)).toBe('');
      expect(runFormula(RHYTHM_COEFF, [empty, [[100], [100]]]), JSON.stringify(empty)).toBe('');
    }
  });

  it('still refuses a range of several blank cells as an empty list', () => {
    const error = runFormula(ROP_BONUS, [1.1, null, [[null], [null]]]) as FormulaError;
    expectError(error, 'listEmpty', 'thresholds');
  });
});

describe('a list over a block', () => {
  it('reads a department’s table of NPS scores row by row, blanks skipped', () => {
    // 8 scores: promoters 10, 9, 9 (3), detractors 6, 0 (2), passives 8, 7, 7: (3 − 2) / 8 × 100 = 12.5.
    const table = [
      [10, 9, 8, ''],
      [7, 6, '', 9],
      [0, 7, '', ''],
    ];
    expect(runFormula(NPS, [table])).toBe(12.5);
  });

  it('reads block thresholds row by row and still checks they ascend', () => {
    // {0.8, 1 | 1.2, blank}: the default scheme; 125 % is above 120 %: coefficient 3.
    expect(
      runFormula(ROP_BONUS, [
        1.25,
        null,
        [
          [0.8, 1],
          [1.2, ''],
        ],
      ]),
    ).toBe(3);
    const unsorted = runFormula(ROP_BONUS, [
      1.25,
      null,
      [
        [0.8, 1.2],
        [1, ''],
      ],
    ]) as FormulaError;
    expectError(unsorted, 'notAscending', 'thresholds');
  });
});

describe('Excel linked data types', () => {
  const entity = (basicValue: unknown) => ({ type: 'Entity', text: String(basicValue), basicValue });

  it('read a number argument as the value the cell shows', () => {
    expect(runFormula(ROP_BONUS, [entity(1.1)])).toBe(2);
    expect(runFormula(ROP_BONUS, [[[entity(0.9)], [{ type: 'Double', basicValue: 1.3 }]]])).toEqual([
      [1],
      [3],
    ]);
  });

  it('read text, boolean and list arguments as the value the cell shows', () => {
    // Kazan, companies, 2 years: band III, 39 000 – 66 000.
    expect(runFormula(SALARY_BAND, [entity('Казань'), entity('компании'), 2])).toEqual([[39000, 66000]]);
    // The seed's decomposition with exact TRUE: 3 214.29 leads (SPEC.md §2).
    const exact = runFormula(SALES_DECOMPOSE, [450000, 0.16, 2500, 0.35, 0.5, 50, 1, entity(true)]);
    expect((exact as number[][])[0][2]).toBeCloseTo(3214.2857, 3);
    expect(runFormula(ROP_BONUS, [1.1, null, [[entity(0.8)], [entity(1)], [entity(1.2)]]])).toBe(2);
  });

  it('refuse an entity whose value is not a number, quoting it', () => {
    const error = runFormula(ROP_BONUS, [entity('Microsoft Corp')]) as FormulaError;
    expect(error.kind).toBe('#VALUE!');
    expect(error.message).toContain('Microsoft Corp');
  });
});

describe('the 1e-9 tolerance on the limits of an argument', () => {
  it('accepts a share computed as 1.0000000000000002 and still refuses 1.01', () => {
    // REVERSE_FUNNEL with a conversion of 1 keeps the volume: 100 / 1 = 100.
    expect(runFormula(REVERSE_FUNNEL, [100, [[1.0000000000000002]]])).toEqual([[100, 100]]);
    expect((runFormula(REVERSE_FUNNEL, [100, [[1.01]]]) as FormulaError).kind).toBe('#NUM!');
  });

  it('refuses thresholds equal up to floating-point noise as not ascending', () => {
    const error = runFormula(ROP_BONUS, [1.1, null, [[0.8], [0.8000000000000002], [1.2]]]) as FormulaError;
    expect(error.kind).toBe('#NUM!');
  });
});
