/**
 * Functions that compute the same thing agree for every input, not just the examples: the
 * decomposition is a two-stage reverse funnel, the commission's audit trail adds up to the commission,
 * and a plan split with a step adds up to the plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { catalogueById } from '../../core/catalogue';
import { FormulaError } from '../../core/errors';
import { runFormula } from '../../core/runner';
import { ascending } from './arbitraries';

const F = catalogueById(catalogue);
const RUNS = { numRuns: 1000 };
const column = (values: readonly unknown[]) => values.map((v) => [v]);
const run = (id: string, ...args: unknown[]) => runFormula(F[id], args);
/** A split's parts in order; one part comes back as a lone value, as a 1×1 result does. */
const partsOf = (result: unknown) =>
  Array.isArray(result) ? (result as (number | '')[][]).flat() : [result as number];
const conversion = fc.oneof(
  fc.double({ min: 1e-6, max: 1, noNaN: true }),
  fc.constantFrom(1, 0.35, 0.5, 0.16),
);
const money = fc.oneof(
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.integer({ min: 0, max: 1e9 }),
  fc.constantFrom(0, 1e15, 1e300),
);
const plan = fc.oneof(fc.double({ min: 1, max: 1e7, noNaN: true }), fc.constantFrom(1e-300, 1e-10, 1e300));
const scheme = ascending(0, 3).chain((thresholds) =>
  fc.record({
    thresholds: fc.constant(thresholds),
    rates: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: thresholds.length + 1,
      maxLength: thresholds.length + 1,
    }),
  }),
);

describe('SALES_DECOMPOSE and REVERSE_FUNNEL', () => {
  it('agree: deals → leads → calls is REVERSE_FUNNEL(deals, {call_to_lead; lead_to_deal})', () => {
    const cases = fc.record({
      profit: money,
      margin: conversion,
      check: plan,
      leadToDeal: conversion,
      callToLead: conversion,
      exact: fc.boolean(),
    });
    fc.assert(
      fc.property(cases, ({ profit, margin, check, leadToDeal, callToLead, exact }) => {
        const decomposed = run(
          'SALES_DECOMPOSE',
          profit,
          margin,
          check,
          leadToDeal,
          callToLead,
          null,
          null,
          exact,
        );
        if (decomposed instanceof FormulaError) return;
        const [, deals, leads, calls] = (decomposed as number[][])[0];
        expect(run('REVERSE_FUNNEL', deals, column([callToLead, leadToDeal]), exact)).toEqual([
          [calls, leads, deals],
        ]);
      }),
      RUNS,
    );
  });
});

describe('COMMISSION_EXPLAIN, SALES_COMMISSION and MANAGER_PAY', () => {
  const cases = fc.record({ scheme, revenue: money, plan, mode: fc.constantFrom('retro', 'marginal') });

  it('the audit trail’s total is the commission, its tiers add up to it and count all the revenue', () => {
    fc.assert(
      fc.property(cases, ({ scheme: { thresholds, rates }, revenue, plan, mode }) => {
        const args = [revenue, plan, column(thresholds), column(rates), mode];
        const table = run('COMMISSION_EXPLAIN', ...args) as (number | '')[][];
        const total = table[table.length - 1];
        expect(total[4]).toBe(run('SALES_COMMISSION', ...args));
        expect(total[3]).toBe(revenue);
        expect(table.slice(0, -1).reduce((sum, line) => sum + (line[4] as number), 0)).toBe(total[4]);
        expect(table).toHaveLength(thresholds.length + 2);
      }),
      RUNS,
    );
  });

  it('MANAGER_PAY’s commission is SALES_COMMISSION’s, and its total adds up the parts', () => {
    fc.assert(
      fc.property(
        cases,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        ({ scheme: { thresholds, rates }, revenue, plan, mode }, target, kpi) => {
          const lists = [column(thresholds), column(rates), mode];
          const [fixed, soft, commission, total] = (
            run('MANAGER_PAY', target, kpi, revenue, plan, null, null, ...lists) as number[][]
          )[0];
          expect(commission).toBe(run('SALES_COMMISSION', revenue, plan, ...lists));
          expect(total).toBe(fixed + soft + commission);
        },
      ),
      RUNS,
    );
  });
});

describe('PLAN_SPLIT with a step', () => {
  const weight = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1e-300, 1e300, Number.MAX_VALUE, '') },
  );
  const weights = fc
    .array(weight, { minLength: 1, maxLength: 24 })
    .filter((list) => list.some((w) => typeof w === 'number' && w > 0));
  /** Totals that are whole multiples of the step, up to 2^53 steps. */
  const steps = (step: number) =>
    fc
      .oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 52 + 1))
      .map((units) => ({ units, step }));

  it('with a whole step, sums to exactly the total in multiples of the step, nothing to zero weights', () => {
    const cases = fc
      .constantFrom(1, 10, 1000)
      .chain(steps)
      .filter(({ units, step }) => units * step <= Number.MAX_SAFE_INTEGER);
    fc.assert(
      fc.property(weights, cases, (list, { units, step }) => {
        const parts = partsOf(run('PLAN_SPLIT', units * step, column(list), step));
        const numbers = parts.filter((part): part is number => part !== '');
        expect(numbers.reduce((sum, part) => sum + part, 0)).toBe(units * step);
        expect(numbers.every((part) => part >= 0 && part % step === 0)).toBe(true);
        parts.forEach((part, k) =>
          expect(part === '' || list[k] !== 0 || part === 0, `part ${k}`).toBe(true),
        );
      }),
      RUNS,
    );
  });

  it('with kopecks or halves, every part is a whole number of steps and the steps add up to the total’s', () => {
    const cases = fc
      .constantFrom(0.01, 0.1, 0.5, 0.25)
      .chain((step) => steps(step).filter(({ units }) => units <= 1e12));
    fc.assert(
      fc.property(weights, cases, (list, { units, step }) => {
        const perStep = Math.round(1 / step);
        const parts = partsOf(run('PLAN_SPLIT', units / perStep, column(list), step)).filter(
          (part): part is number => part !== '',
        );
        const counts = parts.map((part) => part * perStep);
        expect(counts.every((count) => Math.abs(count - Math.round(count)) < 1e-6 * Math.max(1, count))).toBe(
          true,
        );
        expect(counts.reduce((sum, count) => sum + Math.round(count), 0)).toBe(units);
      }),
      RUNS,
    );
  });

  it('refuses, rather than rounds, more than 2^53 steps', () => {
    fc.assert(
      fc.property(weights, fc.constantFrom(2 ** 53 + 2, 1e18, 1e300, Number.MAX_VALUE), (list, total) => {
        expect((run('PLAN_SPLIT', total, column(list), 1) as FormulaError).kind).toBe('#NUM!');
      }),
      { numRuns: 100 },
    );
  });
});
