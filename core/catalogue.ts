/** Looking formulas up by id; the list itself is generated (.generated/catalogue.ts). */
import type { FormulaSpec } from './spec';

export function catalogueById(catalogue: readonly FormulaSpec[]): Readonly<Record<string, FormulaSpec>> {
  return Object.fromEntries(catalogue.map((spec) => [spec.id, spec]));
}
