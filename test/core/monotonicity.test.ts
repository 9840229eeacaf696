/**
 * What must hold for every scheme, not just the seed's: more fulfilment never pays less, better
 * conversion never needs more calls, and the functions that compute the same thing agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { catalogueById } from '../../core/catalogue';
import { runFormula } from '../../core/runner';
import { isAbove } from '../../core/values';
import { ascending } from './arbitraries';

const F = catalogueById(catalogue);
const RUNS = { numRuns: 1000 };
const column = (values: readonly number[]) => values.map((v) => [v]);
const sortedUp = (values: number[]) => values.sort((a, b) => a - b);
const run = (id: string, ...args: unknown[]) => runFormula(F[id], args);
const num = (id: string, ...args: unknown[]) => {
  const result = run(id, ...args);
  if (typeof result !== 'number') throw new Error(`${id}(${JSON.stringify(args)}) gave ${String(result)}`);
  return result;
};
const row = (id: string, ...args: unknown[]) => (run(id, ...args) as number[][])[0];
/**
 * `low` is not above `high` by more than SPEC's relative tolerance of 1e-9: sums of the same money in
 * another order (fact + gap, band by band) differ in the last bit, 0.39820693960963066 against
 * 0.3982069396096306 (NEXT_TIER_GAP, FC_SEED=-719472765).
 */
const expectAtMost = (low: number, high: number, about?: string) =>
  expect(isAbove(low, high), `${about ?? ''} ${low} ≤ ${high}`).toBe(false);

/** Ascending thresholds and one non-decreasing value per tier. */
const scheme = (values: fc.Arbitrary<number>) =>
  ascending(0, 3).chain((thresholds) =>
    fc
      .array(values, { minLength: thresholds.length + 1, maxLength: thresholds.length + 1 })
      .map((v) => ({ thresholds, values: sortedUp(v) })),
  );
const coefficient = fc.double({ min: -10, max: 10, noNaN: true });
const rate = fc.double({ min: 0, max: 1, noNaN: true });
/** Money from kopecks to absurd sums, and plans small enough that revenue / plan overflows. */
const money = fc.oneof(
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.integer({ min: 0, max: 1e9 }),
  fc.constantFrom(0, 1e15, 1e300),
);
const plan = fc.oneof(fc.double({ min: 1, max: 1e7, noNaN: true }), fc.constantFrom(1e-300, 1e-10, 1e300));
/** Two fulfilments, low then high, often exactly at a threshold. */
const twoFulfilments = (thresholds: readonly number[]) => {
  const f = fc.oneof(
    fc.double({ min: 0, max: 4, noNaN: true }),
    fc.constantFrom(...thresholds),
    fc.constantFrom(1e300, Number.MAX_VALUE),
  );
  return fc.tuple(f, f).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
};

describe('more fulfilment never pays less', () => {
  it('ROP_BONUS, for the seed’s scheme and any ascending scheme with non-decreasing coefficients', () => {
    const cases = fc
      .oneof(
        fc.record({ thresholds: fc.constant(undefined), values: fc.constant(undefined) }),
        scheme(coefficient),
      )
      .chain((s) =>
        fc.record({
          s: fc.constant(s),
          f: twoFulfilments(s.thresholds ?? [0.8, 1, 1.2]),
          base: fc.option(money),
        }),
      );
    fc.assert(
      fc.property(cases, ({ s, f: [low, high], base }) => {
        const args = (f: number) => [
          f,
          base,
          s.thresholds && column(s.thresholds),
          s.values && column(s.values),
        ];
        expectAtMost(num('ROP_BONUS', ...args(low)), num('ROP_BONUS', ...args(high)));
      }),
      RUNS,
    );
  });

  it('SALES_COMMISSION, retro and marginal, for any revenue at the same plan, the seed’s rates or any non-decreasing ones', () => {
    // Revenues anywhere, or both within a hair of a threshold × plan, where floating point could dip.
    const near = (p: number, thresholds: readonly number[]) =>
      fc
        .tuple(
          fc.constantFrom(...thresholds),
          fc.double({ min: -1e-8, max: 1e-8, noNaN: true }),
          fc.double({ min: -1e-8, max: 1e-8, noNaN: true }),
        )
        .map(([t, a, b]) => sortedUp([p * t * (1 + a), p * t * (1 + b)]).map((r) => Math.max(0, r)));
    const seed = { thresholds: undefined, values: undefined };
    const cases = fc
      .record({
        s: fc.oneof(fc.constant(seed), scheme(rate)),
        plan,
        mode: fc.constantFrom('retro', 'marginal'),
      })
      .chain((c) =>
        fc.record({
          s: fc.constant(c.s),
          plan: fc.constant(c.plan),
          mode: fc.constant(c.mode),
          revenue: fc.oneof(fc.tuple(money, money).map(sortedUp), near(c.plan, c.s.thresholds ?? [0.8, 1])),
        }),
      );
    fc.assert(
      fc.property(cases, ({ s, plan, revenue: [low, high], mode }) => {
        const pay = (revenue: number) =>
          num(
            'SALES_COMMISSION',
            revenue,
            plan,
            s.thresholds && column(s.thresholds),
            s.values && column(s.values),
            mode,
          );
        expectAtMost(pay(low), pay(high));
      }),
      RUNS,
    );
  });

  it('ROP_PAY’s bonus and total, whatever the KPIs', () => {
    const cases = scheme(fc.double({ min: 0, max: 10, noNaN: true })).chain((s) =>
      fc.record({
        s: fc.constant(s),
        f: twoFulfilments(s.thresholds),
        pay: fc.tuple(money, money, money),
        kpi: fc.double({ min: 0, max: 2, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ s, f: [low, high], pay: [fixed, soft, base], kpi }) => {
        const [, , bonusLow, totalLow] = row(
          'ROP_PAY',
          fixed,
          soft,
          base,
          low,
          kpi,
          column(s.thresholds),
          column(s.values),
        );
        const [, , bonusHigh, totalHigh] = row(
          'ROP_PAY',
          fixed,
          soft,
          base,
          high,
          kpi,
          column(s.thresholds),
          column(s.values),
        );
        expectAtMost(bonusLow, bonusHigh);
        expectAtMost(totalLow, totalHigh);
      }),
      RUNS,
    );
  });
});

describe('NEXT_TIER_GAP', () => {
  // Not monotone in fact: the gap shrinks within a tier and jumps to the next threshold past it. What
  // holds is that the revenue it aims at, fact + gap, never goes down, and that it is the next tier's door.
  const cases = ascending(0, 3).chain((thresholds) =>
    fc.record({
      thresholds: fc.constant(thresholds),
      plan: fc.oneof(fc.double({ min: 1, max: 1e7, noNaN: true }), fc.constant(1e-300)),
      facts: fc.tuple(money, money).map(sortedUp),
    }),
  );

  it('aims at a revenue, fact + gap, that never goes down as the fact grows', () => {
    fc.assert(
      fc.property(cases, ({ thresholds, plan, facts: [low, high] }) => {
        const aim = (fact: number) => fact + num('NEXT_TIER_GAP', fact, plan, column(thresholds));
        expectAtMost(aim(low), aim(high));
      }),
      RUNS,
    );
  });

  it('is 0 past the last threshold, and otherwise reaching fact + gap keeps the tier while exceeding it moves up', () => {
    fc.assert(
      fc.property(cases, ({ thresholds, plan, facts: [fact] }) => {
        const gap = num('NEXT_TIER_GAP', fact, plan, column(thresholds));
        // ROP_BONUS with coefficients 0, 1, 2… is the tier; a fulfilment too large for a double is above every threshold.
        const tiers = column([...thresholds.map((_, k) => k), thresholds.length]);
        const tier = (revenue: number) =>
          num('ROP_BONUS', Math.min(revenue / plan, Number.MAX_VALUE), null, column(thresholds), tiers);
        expect(gap).toBeGreaterThanOrEqual(0);
        if (gap === 0 && tier(fact) === thresholds.length) return;
        expect(tier(fact + gap)).toBe(tier(fact));
        expect(tier((fact + gap) * (1 + 1e-6) + 1e-6 * plan)).toBeGreaterThan(tier(fact));
      }),
      RUNS,
    );
  });
});

describe('better conversion never needs more', () => {
  const conversion = fc.oneof(
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
    fc.constantFrom(1, 0.35, 0.5, 1e-300),
  );
  const pair = fc.tuple(conversion, conversion).map(sortedUp);

  it('SALES_DECOMPOSE: no more leads, calls or days, rounded up or exact', () => {
    const cases = fc.record({
      profit: money,
      margin: conversion,
      check: plan,
      leadToDeal: pair,
      callToLead: pair,
      callsPerDay: fc.option(fc.integer({ min: 1, max: 200 })),
      exact: fc.boolean(),
    });
    fc.assert(
      fc.property(cases, ({ profit, margin, check, leadToDeal, callToLead, callsPerDay, exact }) => {
        const worse = run(
          'SALES_DECOMPOSE',
          profit,
          margin,
          check,
          leadToDeal[0],
          callToLead[0],
          callsPerDay,
          null,
          exact,
        );
        const better = run(
          'SALES_DECOMPOSE',
          profit,
          margin,
          check,
          leadToDeal[1],
          callToLead[1],
          callsPerDay,
          null,
          exact,
        );
        // Absurd inputs may overflow to #NUM! (the result is too large): then nothing is compared.
        if (!Array.isArray(worse) || !Array.isArray(better)) return;
        for (const k of [2, 3, 4])
          if (better[0][k] !== '') expectAtMost(better[0][k] as number, worse[0][k] as number, `column ${k}`);
      }),
      RUNS,
    );
  });

  it('REVERSE_FUNNEL: raising any one conversion lowers no stage', () => {
    const cases = fc.array(conversion, { minLength: 1, maxLength: 5 }).chain((conversions) =>
      fc.record({
        conversions: fc.constant(conversions),
        stage: fc.nat(conversions.length - 1),
        raised: conversion,
        target: money,
        exact: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(cases, ({ conversions, stage, raised, target, exact }) => {
        const higher = conversions.slice();
        higher[stage] = Math.max(raised, conversions[stage]);
        const worse = run('REVERSE_FUNNEL', target, column(conversions), exact);
        const better = run('REVERSE_FUNNEL', target, column(higher), exact);
        if (!Array.isArray(worse) || !Array.isArray(better)) return;
        better[0].forEach((volume, k) =>
          expectAtMost(volume as number, worse[0][k] as number, `stage ${k + 1}`),
        );
      }),
      RUNS,
    );
  });
});
