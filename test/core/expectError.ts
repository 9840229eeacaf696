/**
 * The error a rule of core/messages.ts gives, about these arguments — HyperFormula's
 * `detailedError(ErrorType.NUM, ErrorMessage.ValueSmall)`: tests name the rule, never copy its text,
 * so rewording a message breaks no test.
 */
import { expect } from 'vitest';
import { FormulaError } from '../../core/errors';
import { type Rule, type RuleId, rules } from '../../core/messages';

/** `rule`: a shared rule's id, or a rule a formula's module declares for itself. */
export function expectError(result: unknown, rule: RuleId | Rule, ...about: string[]): FormulaError {
  expect(result).toBeInstanceOf(FormulaError);
  const error = result as FormulaError;
  const expected = typeof rule === 'string' ? rules[rule] : rule;
  expect({ rule: error.rule, kind: error.kind, about: error.about }).toEqual({
    rule: expected.id,
    kind: expected.kind,
    about,
  });
  return error;
}
