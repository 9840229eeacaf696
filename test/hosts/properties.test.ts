/**
 * Totality through the built bundles (SPEC.md §1): for any arguments, the Sheets global returns values
 * a cell can show (errors as "#KIND message" text inside arrays) or throws Error("#KIND message"); the
 * Excel function returns a matrix (errors as CustomFunctions.Error elements) or throws one — and both
 * give what the core gives for the same arguments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { ERROR_KINDS, FormulaError } from '../../core/errors';
import { runFormula } from '../../core/runner';
import { argsFor, isPlaceable } from '../core/arbitraries';
import { ExcelError, loadExcel, loadSheets, outcome } from './bundles';
import { asSheets } from './cases';

// The core runs each function 1 000 times (test/core/properties.test.ts); here the hosts' wrapping is what is tested.
const RUNS = { numRuns: 200 };
const sheets = loadSheets();
const excel = loadExcel();

const startsWithKind = (text: string) => ERROR_KINDS.some((kind) => text.startsWith(`${kind} `));
const isExcelError = (value: unknown) =>
  value instanceof ExcelError && (ERROR_KINDS as readonly string[]).includes(value.code);
/** Excel passes every argument as a matrix, a scalar as 1×1, an omitted one as null. */
const asExcel = (args: unknown[]) =>
  args.map((arg) => (arg === null || arg === undefined ? null : Array.isArray(arg) ? arg : [[arg]]));

/** A cell of an Excel result: a finite number, TRUE/FALSE, or text. */
const plainCell = (cell: unknown) =>
  typeof cell === 'number' ? Number.isFinite(cell) : typeof cell === 'string' || typeof cell === 'boolean';
/** A cell of a Sheets result: the same, or a valid `Date` (errors are text that starts with their kind). */
const sheetsCell = (cell: unknown) =>
  plainCell(cell) ||
  (Object.prototype.toString.call(cell) === '[object Date]' && !Number.isNaN((cell as Date).getTime()));
const excelCell = (cell: unknown) => plainCell(cell) || isExcelError(cell);

describe('the Sheets globals, for any arguments', () => {
  it.each(catalogue.map((spec) => [spec.id, spec] as const))(
    '%s returns showable values or throws Error("#KIND message")',
    (_, spec) => {
      fc.assert(
        fc.property(argsFor(spec), (args) => {
          const { value, thrown } = outcome(() => sheets[spec.id](...args));
          const core = runFormula(spec, args, (error) => `${error.kind} ${error.message}`);
          // Thrown inside the bundle's realm, so not an `Error` of this one: its name and message say what it is.
          if (thrown)
            return (
              (thrown as Error).name === 'Error' &&
              startsWithKind((thrown as Error).message) &&
              (thrown as Error).message === String(core)
            );
          expect(value).toEqual(asSheets(spec, core));
          return isPlaceable(value, sheetsCell);
        }),
        RUNS,
      );
    },
  );
});

describe('the Excel functions, for any arguments', () => {
  it.each(catalogue.map((spec) => [spec.id, spec] as const))(
    '%s returns a matrix or throws CustomFunctions.Error',
    (_, spec) => {
      fc.assert(
        fc.property(argsFor(spec), (args) => {
          const { value, thrown } = outcome(() => excel.get(spec.id)!(...asExcel(args)));
          const core = runFormula(spec, asExcel(args), (error) => new ExcelError(error.kind, error.message));
          if (thrown)
            return (
              isExcelError(thrown) &&
              core instanceof FormulaError &&
              (thrown as ExcelError).code === core.kind &&
              (thrown as ExcelError).message === core.message
            );
          expect(value).toEqual(Array.isArray(core) ? core : [[core]]);
          return Array.isArray(value) && isPlaceable(value, excelCell);
        }),
        RUNS,
      );
    },
  );
});
