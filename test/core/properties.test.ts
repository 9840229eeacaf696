/**
 * Totality (SPEC.md §1): whatever a spreadsheet passes, a formula returns values a spreadsheet can show
 * — finite numbers, text, TRUE/FALSE, typed errors — and never throws, NaN, Infinity or undefined.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { runFormula } from '../../core/runner';
import { argsFor, isPlaceable } from './arbitraries';

describe('every formula, for any arguments', () => {
  it.each(catalogue.map((spec) => [spec.id, spec] as const))(
    '%s returns showable values and never throws',
    (_, spec) => {
      fc.assert(
        fc.property(argsFor(spec), (args) => isPlaceable(runFormula(spec, args))),
        { numRuns: 1000 },
      );
    },
  );
});
