/**
 * The error a rule of core/messages.ts gives, about these arguments — HyperFormula's
 * `detailedError(ErrorType.NUM, ErrorMessage.ValueSmall)`: tests name the rule, never copy its text,
 * so rewording a message breaks no test.
 */
import { expect } from 'vitest';
import { FormulaError } from '../../core/errors';
import { type RuleId, rules } from '../../core/messages';

export function expectError(result: unknown, rule: RuleId, ...about: string[]): FormulaError {
  expect(result).toBeInstanceOf(FormulaError);
  const error = result as FormulaError;
  expect({ rule: error.rule, kind: error.kind, about: error.about }).toEqual({
    rule,
    kind: rules[rule].kind,
    about,
  });
  return error;
}
