/** Excel's side of SPEC.md §1: every result is a matrix, a lone error is thrown, errors in arrays are elements. */
import type { FormulaError } from '../core/errors';
import { runFormula } from '../core/runner';
import type { FormulaSpec } from '../core/spec';

/**
 * `CustomFunctions.ErrorCode`'s values are the error texts themselves ("#VALUE!", "#NUM!"…), so a
 * kind is its code. Excel shows the message of #VALUE! and #N/A only; the others keep the code.
 */
export function toExcelError(error: FormulaError): CustomFunctions.Error {
  return new CustomFunctions.Error(error.kind as CustomFunctions.ErrorCode, error.message);
}

export function runInExcel(spec: FormulaSpec, args: readonly unknown[]): unknown[][] {
  const result = runFormula(spec, args, toExcelError);
  if (Array.isArray(result)) return result;
  if (typeof result === 'object') throw toExcelError(result);
  return [[result]];
}
