/**
 * Every error a formula can give, as the reference (docs/functions.md) lists it and the tests prove it:
 * the rules its arguments' readers apply (core/arguments.ts), the runner's rules for ranges where they
 * do not fit, then the formula's own (`FormulaSpec.errors`). Each line is a rule of core/messages.ts.
 */
import { parameterRules } from './arguments';
import { ERROR_KINDS, type ErrorKind } from './errors';
import type { Texts } from './lang';
import { at, type FormulaRule, type Rule, rules } from './messages';
import type { FormulaSpec } from './spec';

export interface ErrorLine extends Texts {
  kind: ErrorKind;
  rule: Rule;
  /** The arguments it is about, by name; none for the formula's own rules, whose text names them. */
  params: readonly string[];
  /** For a formula's own rule, the declaration with the inputs that trigger it. */
  own?: FormulaRule;
}

/** The runner's rules for ranges in scalar arguments, which depend on the result's shape (SPEC.md §1). */
function shapeRules(spec: FormulaSpec): Rule[] {
  const scalars = spec.params.filter((param) => param.kind !== 'list').length;
  const mismatch = scalars > 1 ? [rules.shapeMismatch as Rule] : [];
  if (spec.result.shape === 'table') return [rules.notScalar];
  if (spec.result.shape === 'row') return [rules.rowNeedsColumn as Rule, ...mismatch];
  return mismatch;
}

/** The formula's errors, by kind (#VALUE!, #NUM!, #DIV/0!, #N/A); arguments that fail the same way share a line. */
export function errorRules(spec: FormulaSpec): ErrorLine[] {
  const lines: (ErrorLine & { params: string[] })[] = [];
  const add = (rule: Rule, note: Texts, param?: string) => {
    const same = param && lines.find((known) => known.rule === rule && known.ru === note.ru);
    if (same) same.params.push(param);
    else lines.push({ ...note, kind: rule.kind, rule, params: param ? [param] : [] });
  };
  for (const param of spec.params) {
    for (const { rule, noted } of parameterRules(param))
      add(rule, rule.when(at(spec.id, param), ...noted), param.name);
  }
  for (const rule of shapeRules(spec)) {
    for (const param of spec.params)
      if (param.kind !== 'list') add(rule, rule.when(at(spec.id, param)), param.name);
  }
  for (const own of spec.errors ?? []) {
    lines.push({
      ...own.rule.when(own.at, ...(own.noted ?? [])),
      kind: own.rule.kind,
      rule: own.rule,
      params: [],
      own,
    });
  }
  // A stable sort: within a kind, the arguments' order, then the formula's own rules.
  return lines.sort((a, b) => ERROR_KINDS.indexOf(a.kind) - ERROR_KINDS.indexOf(b.kind));
}
