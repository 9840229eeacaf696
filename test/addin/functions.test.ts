import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { runInExcel } from '../../addin/run';
import { ExcelError, loadExcel, outcome } from '../hosts/bundles';
import { broadcasts, columnArgs } from '../hosts/cases';
import { exampleArgs } from '../../scripts/examples';
import { expectError } from '../core/expectError';
import { runFormula } from '../../core/runner';
import type { RuleId } from '../../core/messages';
import { catalogueById } from '../../core/catalogue';

const excel = loadExcel();
const specs = catalogueById(catalogue);

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

  it('throws a lone error as CustomFunctions.Error with the right code and the core’s message', () => {
    const cases: [string, unknown[], RuleId, string[]][] = [
      ['ROP_BONUS', ['abc'], 'notNumber', ['fulfillment']],
      ['SALES_DECOMPOSE', [450000, 1.6, 2500, 0.35, 0.5], 'aboveOne', ['margin']],
      ['CHURN_RATE', [3, 0], 'zero', ['total_clients']],
      ['SALARY_BAND', ['Москва', 'агентства', 2], 'medianOnly', ['region', 'segment']],
    ];
    for (const [id, args, rule, about] of cases) {
      const core = expectError(runFormula(specs[id], args), rule, ...about);
      const { thrown } = outcome(() => call(id, ...args));
      expect(thrown, id).toBeInstanceOf(ExcelError);
      expect({ ...(thrown as ExcelError) }, id).toEqual({ code: core.kind, message: core.message });
    }
  });

  it('keeps the other rows when one row of a range is bad', () => {
    const result = call('ROP_BONUS', [[0.9], ['abc'], [1.3]]) as unknown[][];
    expect(result[0]).toEqual([1]);
    expect((result[1][0] as ExcelError).code).toBe('#VALUE!');
    expect(result[2]).toEqual([3]);
  });
});
