/** Looking formulas up by id, and how one is written; the list itself is generated (.generated/catalogue.ts). */
import type { FormulaSpec } from './spec';

export function catalogueById(catalogue: readonly FormulaSpec[]): Readonly<Record<string, FormulaSpec>> {
  return Object.fromEntries(catalogue.map((spec) => [spec.id, spec]));
}

/** How the reference writes a call: `ROP_BONUS(fulfillment, [bonus_base], …)`, optional arguments in brackets. */
export function signature(spec: FormulaSpec, prefix = ''): string {
  return `${prefix}${spec.id}(${spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(', ')})`;
}
