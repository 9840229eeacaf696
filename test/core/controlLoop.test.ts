/**
 * What must hold for every funnel, KPI matrix, pay scheme and client base, not just the examples
 * (issue 10): the control-loop functions agree with each other and with the pay functions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { catalogueById } from '../../core/catalogue';
import { runFormula } from '../../core/runner';

const F = catalogueById(catalogue);
const RUNS = { numRuns: 1000 };
const run = (id: string, ...args: unknown[]) => runFormula(F[id], args);
const column = (values: readonly unknown[]) => values.map((v) => [v]);
/** A result as rows: a 1×1 one comes back as its only cell. */
const grid = (result: unknown) => (Array.isArray(result) ? (result as unknown[][]) : [[result]]);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300);

/** A funnel of 2–6 stages with every count positive, and a plan conversion per transition. */
const funnel = fc.integer({ min: 2, max: 6 }).chain((stages) =>
  fc.record({
    counts: fc.array(
      fc.oneof(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0.5, max: 1e6, noNaN: true })),
      {
        minLength: stages,
        maxLength: stages,
      },
    ),
    plan: fc.array(fc.oneof(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.constantFrom(0.3, 0.5, 1)), {
      minLength: stages - 1,
      maxLength: stages - 1,
    }),
  }),
);

describe('the funnel', () => {
  it('FUNNEL_CONVERSION’s overall conversion is the product of its stage conversions', () => {
    fc.assert(
      fc.property(funnel, ({ counts }) => {
        const row = (run('FUNNEL_CONVERSION', column(counts)) as number[][])[0];
        const stages = row.slice(0, -1);
        return close(
          row[row.length - 1],
          stages.reduce((product, c) => product * c, 1),
        );
      }),
      RUNS,
    );
  });

  it('FUNNEL_GAP’s extra output is 0 exactly when a stage meets its plan, and the bottleneck has the largest', () => {
    fc.assert(
      fc.property(funnel, ({ counts, plan }) => {
        const gap = run('FUNNEL_GAP', column(counts), column(plan)) as number[][];
        gap.forEach(([actual, planned, extra]) => {
          const meets = actual >= planned * (1 - 1e-9);
          expect(extra === 0, `${actual} vs ${planned}: ${extra}`).toBe(meets);
          expect(extra).toBeGreaterThanOrEqual(0);
        });
        const worst = run('FUNNEL_BOTTLENECK', column(counts), column(plan)) as number;
        const extras = gap.map((line) => line[2]);
        if (worst === 0) expect(extras.every((extra) => extra === 0)).toBe(true);
        else expect(extras[worst - 1]).toBe(Math.max(...extras));
      }),
      RUNS,
    );
  });
});

describe('the KPI matrix and the pay scheme', () => {
  it('KPI_INDEX of equal scores is that score, whatever the weights', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (score, weights) => {
          const index = run('KPI_INDEX', [weights.map(() => score)], [weights]) as number;
          return close(index, score);
        },
      ),
      RUNS,
    );
  });

  it('RHYTHM_COEFF is at most 1, and exactly 1 when every period meets its plan', () => {
    const periods = fc.array(
      fc.record({ plan: fc.integer({ min: 1, max: 1e7 }), fact: fc.integer({ min: 0, max: 2e7 }) }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(periods, (list) => {
        const facts = list.map((p) => p.fact);
        const plans = list.map((p) => p.plan);
        const rhythm = run('RHYTHM_COEFF', column(facts), column(plans)) as number;
        expect(rhythm).toBeLessThanOrEqual(1);
        expect(rhythm).toBeGreaterThanOrEqual(0);
        const met = list.map((p) => Math.max(p.fact, p.plan));
        expect(run('RHYTHM_COEFF', column(met), column(plans))).toBe(1);
      }),
      RUNS,
    );
  });

  it('MANAGER_PAY at exactly 100% of plan and KPIs, with the rate from TARGET_COMMISSION_RATE, pays the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10000, max: 1e6 }),
        // A plan at least 3 times the pay (a rate of 2r above 100% stays a fraction), to 1 000 times.
        fc.double({ min: 3, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (target, times, fixedShare, softShare) => {
          const plan = target * times;
          const rate = run('TARGET_COMMISSION_RATE', target, plan, fixedShare, softShare) as number;
          // The seed's two steps: nothing to 80%, the rate to 100%, twice the rate above.
          const pay = run('MANAGER_PAY', target, 1, plan, plan, fixedShare, softShare, column([0.8, 1]), [
            [0],
            [rate],
            [2 * rate],
          ]) as number[][];
          return close(pay[0][3], target);
        },
      ),
      RUNS,
    );
  });
});

describe('ABC_CLASS', () => {
  it('is monotone in value, and the A items hold at least a_share of the total', () => {
    const values = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
      {
        minLength: 1,
        maxLength: 40,
      },
    );
    const shares = fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([a, b]) => (a <= b ? [a, b] : [b, a]));
    fc.assert(
      fc.property(values, shares, (list, [aShare, bShare]) => {
        fc.pre(list.some((value) => value > 0));
        const classes = (grid(run('ABC_CLASS', column(list), aShare, bShare)) as string[][]).map(
          (line) => line[0],
        );
        for (let i = 0; i < list.length; i++)
          for (let j = 0; j < list.length; j++)
            if (list[i] > list[j])
              expect(classes[i] <= classes[j], `${list[i]} ${classes[i]} vs ${list[j]} ${classes[j]}`).toBe(
                true,
              );
        const total = list.reduce((sum, value) => sum + value, 0);
        const inA = list.reduce((sum, value, i) => sum + (classes[i] === 'A' ? value : 0), 0);
        expect(inA).toBeGreaterThanOrEqual(aShare * total * (1 - 1e-9));
      }),
      RUNS,
    );
  });
});
