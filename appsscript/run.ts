/** Sheets' side of SPEC.md §1: a lone error is thrown as `Error("#NUM! …")`, errors in arrays become text. */
import type { FormulaError } from '../core/errors';
import { runFormula } from '../core/runner';
import type { FormulaSpec } from '../core/spec';

const asText = (error: FormulaError) => `${error.kind} ${error.message}`;

export function runInSheets(spec: FormulaSpec, args: readonly unknown[]): unknown {
  const result = runFormula(spec, args, asText);
  if (result !== null && typeof result === 'object' && !Array.isArray(result))
    throw new Error(asText(result));
  return result;
}
