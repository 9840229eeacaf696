/**
 * Inputs that trigger every error docs/functions.md lists for a formula (core/errorRules.ts), all read
 * from the rules' declarations: an argument rule's spoilers put one at a time into the example's
 * arguments, a formula's own rule's trigger put over them; only ranges where they do not fit are made
 * here, from the rule that refuses them.
 */
import { type ErrorLine, errorRules } from '../../core/errorRules';
import type { FormulaError } from '../../core/errors';
import { rules } from '../../core/messages';
import type { FormulaSpec } from '../../core/spec';
import { exampleArgs } from '../../scripts/examples';

export interface Trigger {
  line: ErrorLine;
  args: unknown[];
  /** The argument spoiled, for an argument rule: the error is about it. */
  param?: string;
}

const column = (value: unknown, length: number) => Array.from({ length }, () => [value]);

/** The example's arguments, one per parameter (`null` where the example leaves it out). */
export function baseArgs(spec: FormulaSpec): unknown[] {
  const given = exampleArgs(spec.example.formula);
  return spec.params.map((_, k) => (k < given.length ? given[k] : null));
}

/** The example's arguments with some replaced, by parameter name. */
function withArgs(spec: FormulaSpec, replaced: Readonly<Record<string, unknown>>): unknown[] {
  const args = baseArgs(spec);
  for (const [name, value] of Object.entries(replaced)) {
    const k = spec.params.findIndex((param) => param.name === name);
    if (k < 0) throw new Error(`${spec.id}: a trigger names ${name}, which is not a parameter`);
    args[k] = value;
  }
  return args;
}

/** Ranges where they do not fit, for the runner's rules: a column, a row, or two columns of two lengths. */
function shapeArgs(spec: FormulaSpec, line: ErrorLine, param: string): unknown[] {
  const args = baseArgs(spec);
  const k = spec.params.findIndex((p) => p.name === param);
  if (line.rule === rules.notScalar) args[k] = column(args[k], 2);
  else if (line.rule === rules.rowNeedsColumn) args[k] = [[args[k], args[k]]];
  else {
    const j = spec.params.findIndex((p) => p.name === line.params.find((name) => name !== param));
    args[k] = column(args[k], 3);
    args[j] = column(args[j], 2);
  }
  return args;
}

const SHAPE_RULES: readonly unknown[] = [rules.notScalar, rules.rowNeedsColumn, rules.shapeMismatch];

/** One or more inputs for every error the reference lists for `spec`. */
export function errorTriggers(spec: FormulaSpec): Trigger[] {
  return errorRules(spec).flatMap((line): Trigger[] => {
    if (line.own) return [{ line, args: withArgs(spec, line.own.trigger) }];
    return line.params.flatMap((param) => {
      if (SHAPE_RULES.includes(line.rule)) return [{ line, param, args: shapeArgs(spec, line, param) }];
      const declared = spec.params.find((p) => p.name === param)!;
      return (line.rule.spoilers?.(declared) ?? []).map((bad) => ({
        line,
        param,
        args: withArgs(spec, { [param]: bad }),
      }));
    });
  });
}

/**
 * The error is the one this trigger is for: its rule and kind, about the argument spoiled (or an item
 * of that list), or about exactly the arguments a formula's own rule names.
 */
export function isExpected(error: FormulaError, { line, param }: Trigger): boolean {
  const names = (name: string) => (about: string) => about === name || about.startsWith(`${name}[`);
  const aboutRight = line.own
    ? error.about.join() === line.own.at.args.map((arg) => arg.name).join()
    : error.about.some(names(param!));
  return error.rule === line.rule.id && error.kind === line.kind && aboutRight;
}
