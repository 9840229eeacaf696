import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { runInExcel } from '../../addin/run';
import { ExcelError, loadExcel, outcome } from '../hosts/bundles';
import { broadcasts, columnArgs } from '../hosts/cases';
import { exampleArgs } from '../../scripts/examples';

const excel = loadExcel();

/** Excel passes every `any[][]` argument as a matrix, a scalar as 1×1, an omitted one as null. */
const asExcel = (args: unknown[]) => args.map((arg) => (arg === null || Array.isArray(arg) ? arg : [[arg]]));
const call = (id: string, ...args: unknown[]) => excel.get(id)!(...asExcel(args));
const asMatrix = (result: unknown) => (Array.isArray(result) ? result : [[result]]);

beforeAll(() => {
  // The source adapter, run here for comparison, finds the same stand-in Excel's runtime would give.
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: ExcelError };
});

describe('functions.js, the Excel bundle', () => {
  it('registers exactly the core’s formulas with CustomFunctions.associate', () => {
    expect([...excel.keys()].sort()).toEqual(catalogue.map((spec) => spec.id).sort());
  });

  it('gives every formula’s documented example result as a matrix', () => {
    for (const spec of catalogue) {
      expect(call(spec.id, ...exampleArgs(spec.example.formula)), spec.example.formula).toEqual(
        asMatrix(spec.example.result),
      );
    }
  });

  it('gives the same results as the core over a column, with CustomFunctions.Error elements in place', () => {
    for (const spec of catalogue.filter(broadcasts)) {
      const args = asExcel(columnArgs(spec));
      const built = outcome(() => excel.get(spec.id)!(...args));
      const source = outcome(() => runInExcel(spec, args));
      expect(JSON.stringify(built), spec.id).toBe(JSON.stringify(source));
      const rows = built.value as unknown[][];
      expect(
        rows[0].every((cell) => !(cell instanceof ExcelError)),
        `${spec.id} good row`,
      ).toBe(true);
      expect(
        rows[1].every((cell) => cell === ''),
        `${spec.id} blank row`,
      ).toBe(true);
      expect(rows[2][0], `${spec.id} text row`).toBeInstanceOf(ExcelError);
      expect(['#VALUE!', '#N/A']).toContain((rows[2][0] as ExcelError).code);
    }
  });

  it('throws a lone error as CustomFunctions.Error with the right code and the message', () => {
    const cases: [string, unknown[], string, string][] = [
      ['ROP_BONUS', ['abc'], '#VALUE!', 'fulfillment must be a number, got the text "abc"'],
      [
        'SALES_DECOMPOSE',
        [450000, 1.6, 2500, 0.35, 0.5],
        '#NUM!',
        'margin is a fraction from 0 to 1, got 1.6: enter 35% or 0.35',
      ],
      ['CHURN_RATE', [3, 0], '#DIV/0!', 'total_clients cannot be zero'],
      [
        'SALARY_BAND',
        ['Москва', 'агентства', 2],
        '#N/A',
        'Moscow, agencies: the source gives only a median (115000 RUB)',
      ],
    ];
    for (const [id, args, code, message] of cases) {
      const { thrown } = outcome(() => call(id, ...args));
      expect(thrown, id).toBeInstanceOf(ExcelError);
      expect((thrown as ExcelError).code, id).toBe(code);
      expect((thrown as ExcelError).message, id).toContain(message);
    }
  });

  it('keeps the other rows when one row of a range is bad', () => {
    const result = call('ROP_BONUS', [[0.9], ['abc'], [1.3]]) as unknown[][];
    expect(result[0]).toEqual([1]);
    expect((result[1][0] as ExcelError).code).toBe('#VALUE!');
    expect(result[2]).toEqual([3]);
  });
});
