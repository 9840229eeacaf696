/**
 * Every error docs/functions.md lists for a formula, through both built bundles: the same kind and
 * message as the core, thrown when it is the whole result and in its element's place inside a range
 * (SPEC.md §1, "Errors").
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { errorRules } from '../../core/errorRules';
import { FormulaError } from '../../core/errors';
import { runFormula } from '../../core/runner';
import type { FormulaSpec } from '../../core/spec';
import { ExcelError, loadExcel, loadSheets, outcome } from './bundles';
import { asSheets } from './cases';
import { baseArgs, errorTriggers, isExpected, type Trigger } from './errorCases';

const sheets = loadSheets();
const excel = loadExcel();

/** Excel passes every argument as a matrix, a scalar as 1×1, an omitted one as null. */
const asExcel = (args: unknown[]) =>
  args.map((arg) => (arg === null || arg === undefined || Array.isArray(arg) ? (arg ?? null) : [[arg]]));
const padded = (spec: FormulaSpec, args: unknown[]) => spec.params.map((_, k) => args[k] ?? null);

/**
 * The trigger with each argument it spoils turned into a column: the example's value, then the bad
 * one. `undefined` where the error is not about one element: a list, a range, or a table function.
 */
function inColumn(spec: FormulaSpec, trigger: Trigger): unknown[] | undefined {
  if (spec.result.shape === 'table') return undefined;
  const base = baseArgs(spec);
  const args = padded(spec, trigger.args);
  const spoiled = args.map((arg, k) => arg !== base[k]);
  if (spoiled.some((bad, k) => bad && (spec.params[k].kind === 'list' || Array.isArray(args[k]))))
    return undefined;
  return args.map((arg, k) => (spoiled[k] ? [[base[k]], [arg]] : arg));
}

function expectThrownAlike(spec: FormulaSpec, args: unknown[], error: FormulaError, about: string) {
  const inSheets = outcome(() => sheets[spec.id](...args));
  expect(inSheets.value, about).toBeUndefined();
  expect((inSheets.thrown as Error).message, about).toBe(`${error.kind} ${error.message}`);
  const inExcel = outcome(() => excel.get(spec.id)!(...asExcel(args)));
  expect(inExcel.thrown, about).toBeInstanceOf(ExcelError);
  expect({ ...(inExcel.thrown as ExcelError) }, about).toEqual({ code: error.kind, message: error.message });
}

function expectInPlaceAlike(spec: FormulaSpec, args: unknown[], about: string) {
  const core = runFormula(spec, args) as unknown[][];
  expect(
    core[0].some((cell) => cell instanceof FormulaError),
    `${about}: the good row`,
  ).toBe(false);
  const errors = core[1] as FormulaError[];
  expect(
    errors.every((cell) => cell instanceof FormulaError),
    `${about}: the bad row`,
  ).toBe(true);
  const inSheets = sheets[spec.id](...args) as unknown[][];
  expect(inSheets, about).toEqual([
    asSheets(spec, core[0]),
    errors.map((error) => `${error.kind} ${error.message}`),
  ]);
  const inExcel = excel.get(spec.id)!(...asExcel(args)) as unknown[][];
  expect(inExcel[0], about).toEqual(core[0]);
  expect(
    inExcel[1].map((cell) => ({ ...(cell as ExcelError) })),
    about,
  ).toEqual(errors.map((error) => ({ code: error.kind, message: error.message })));
}

describe('every error a formula lists, through the Sheets and Excel bundles', () => {
  it.each(catalogue.map((spec) => [spec.id, spec] as const))('%s', (_, spec) => {
    const kinds = new Set<string>();
    for (const trigger of errorTriggers(spec)) {
      const about = `${spec.id} ${trigger.line.rule.id} ${trigger.param ?? ''} ${JSON.stringify(trigger.args)}`;
      const error = runFormula(spec, trigger.args) as FormulaError;
      expect(error, about).toBeInstanceOf(FormulaError);
      expect(isExpected(error, trigger), `${about}: got ${error.rule} about ${error.about.join()}`).toBe(
        true,
      );
      expectThrownAlike(spec, trigger.args, error, about);
      const column = inColumn(spec, trigger);
      if (column) expectInPlaceAlike(spec, column, `${about} in a column`);
      kinds.add(error.kind);
    }
    // Each kind the reference lists was given, by at least one of the inputs above.
    expect([...kinds].sort()).toEqual([...new Set(errorRules(spec).map((line) => line.kind))].sort());
  });
});
