/**
 * A funnel's stage counts as the user typed them (SPEC.md §2, "Funnel and team"): a blank (`null`) is a
 * stage not filled in yet, so a conversion into or out of it is unknown, as is one out of a stage of 0.
 * Shared by FUNNEL_CONVERSION, FUNNEL_GAP and FUNNEL_BOTTLENECK.
 */
import type { FormulaError } from './errors';
import { at, type FormulaRule, formulaRule, rules } from './messages';
import type { ListParam } from './spec';
import { isAbove } from './values';

export type Stages = readonly (number | null)[];

export const countsParam: ListParam = {
  name: 'counts',
  ruName: 'этапы воронки',
  kind: 'list',
  of: 'amount',
  inPlace: 'rows',
  ru: 'Количества на этапах воронки сверху вниз (звонки, лиды, встречи, сделки): строка или столбец; таблица — одна воронка в строке (по менеджерам)',
  en: 'Counts at the funnel stages, top to bottom (calls, leads, meetings, deals): a row or a column; a table is one funnel per row (per manager)',
};

export const planConversionsParam: ListParam = {
  name: 'plan_conversions',
  ruName: 'плановые конверсии',
  kind: 'list',
  of: 'fraction',
  ru: 'Плановые конверсии между этапами сверху вниз, на одну меньше, чем этапов: {50%; 35%}',
  en: 'Planned stage-to-stage conversions, top to bottom, one fewer than the stages: {50%; 35%}',
};

/** The rules a funnel formula's stages obey, made for formula `fn`; the trigger's funnel has one stage. */
export interface StageRules {
  tooFewStages: FormulaRule<[got: number]>;
  /** For the formulas that take planned conversions too. */
  stagesMismatch: FormulaRule<[stages: number, got: number]>;
  checkStages(stages: number): FormulaError | undefined;
  checkPlan(stages: number, plan: readonly number[]): FormulaError | undefined;
}

export function stageRules(fn: string): StageRules {
  const tooFewStages = formulaRule(rules.tooFewStages, at(fn, countsParam), { counts: [[1000]] });
  const stagesMismatch = formulaRule(rules.stagesMismatch, at(fn, planConversionsParam, countsParam), {
    counts: [[1000], [300], [60], [10]],
    plan_conversions: [[0.5], [0.35]],
  });
  const checkStages = (stages: number) => (stages < 2 ? tooFewStages.error(stages) : undefined);
  return {
    tooFewStages,
    stagesMismatch,
    checkStages,
    checkPlan: (stages, plan) =>
      checkStages(stages) ??
      (plan.length === stages - 1 ? undefined : stagesMismatch.error(stages, plan.length)),
  };
}

/** Conversion out of stage i into i + 1; `undefined` when either is blank or nothing entered stage i. */
export function stageConversion(counts: Stages, i: number): number | undefined {
  const from = counts[i];
  const to = counts[i + 1];
  return from === null || to === null || from === 0 ? undefined : to / from;
}

export const isBlankRow = (counts: Stages) => counts.every((count) => count === null);

/**
 * What the last stage would gain had transition i alone met its plan: (counts[i] × p_i − counts[i+1])
 * × the conversions after i — the same as SPEC's counts[i] × p_i × (conversions after i) − counts[n],
 * without subtracting two large numbers. An unknown conversion after i counts at its plan; an unknown
 * transition's own extra output is `undefined`; one that meets its plan (within 1e-9) gains 0.
 */
export function extraOutputs(counts: Stages, plan: readonly number[]): (number | undefined)[] {
  const extras = new Array<number | undefined>(plan.length);
  let after = 1;
  for (let i = plan.length - 1; i >= 0; i--) {
    const actual = stageConversion(counts, i);
    if (actual === undefined) extras[i] = undefined;
    else extras[i] = isAbove(plan[i], actual) ? (counts[i]! * plan[i] - counts[i + 1]!) * after : 0;
    after *= actual ?? plan[i];
  }
  return extras;
}
