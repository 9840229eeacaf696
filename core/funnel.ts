/**
 * A funnel's stage counts as the user typed them (SPEC.md §2, "Funnel and team"): a blank (`null`) is a
 * stage not filled in yet, so a conversion into or out of it is unknown, as is one out of a stage of 0.
 * Shared by FUNNEL_CONVERSION, FUNNEL_GAP and FUNNEL_BOTTLENECK.
 */
import type { FormulaError } from './errors';
import { messages } from './messages';
import type { ErrorNote, ListParam } from './spec';
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

export const stagesMismatchNote: ErrorNote = {
  kind: '#VALUE!',
  ru: '«плановых конверсий» (plan_conversions) не на одну меньше, чем этапов воронки (counts)',
  en: 'plan_conversions is not one fewer than the funnel stages (counts)',
};

export const tooFewStagesNote: ErrorNote = {
  kind: '#VALUE!',
  ru: 'в воронке меньше двух этапов (counts)',
  en: 'the funnel has fewer than two stages (counts)',
};

export function checkStages(fn: string, stages: number): FormulaError | undefined {
  return stages < 2 ? messages.tooFewStages({ fn, param: countsParam }, stages) : undefined;
}

export function checkPlan(fn: string, stages: number, plan: readonly number[]): FormulaError | undefined {
  return (
    checkStages(fn, stages) ??
    (plan.length === stages - 1
      ? undefined
      : messages.stagesMismatch(fn, planConversionsParam, stages, plan.length))
  );
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
