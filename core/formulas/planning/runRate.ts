import type { FormulaError } from '../../errors';
import { partOfWhole } from '../../ratios';
import { defineFormula, type NumberParam } from '../../spec';
import { isAbove } from '../../values';

const elapsed: NumberParam = {
  name: 'elapsed_days',
  ruName: 'прошло дней',
  kind: 'divisor',
  ru: 'Дней периода уже прошло (рабочих или календарных — как total_days)',
  en: 'Days of the period already passed (working or calendar, as total_days)',
};
const total: NumberParam = {
  name: 'total_days',
  ruName: 'дней в периоде',
  kind: 'divisor',
  ru: 'Дней в периоде, в тех же единицах',
  en: 'Days in the period, in the same units',
};

/** Elapsed days are a part of the period's days: never more. */
const days = partOfWhole('RUN_RATE', elapsed, total);

/**
 * Forecast for the period at the current pace (the seed's «план-прогноз»): fact × total / elapsed.
 * @example runRate(450000, 9, 21) // 1050000
 */
export function runRate(fact: number, elapsedDays: number, totalDays: number): number | FormulaError {
  // 21.000000000000004 days of 21 computed from dates is the whole period, not more (SPEC.md §1).
  if (isAbove(elapsedDays, totalDays)) return days.exceeds.error();
  return (fact * totalDays) / elapsedDays;
}

export const formula = defineFormula({
  id: 'RUN_RATE',
  area: 'planning',
  ru: 'План-прогноз: чем закончится период при текущем темпе — факт × дней в периоде / прошло дней.',
  en: 'Run rate: the period’s result at the current pace — fact × total days / elapsed days.',
  params: [
    {
      name: 'fact',
      ruName: 'факт',
      kind: 'amount',
      ru: 'Факт с начала периода, ₽ или шт.',
      en: 'Actual since the start of the period, RUB or units',
    },
    elapsed,
    total,
  ],
  errors: [days.exceeds],
  result: { shape: 'scalar', ru: 'Прогноз на период', en: 'Forecast for the period' },
  example: { formula: '=RUN_RATE(450000, 9, 21)', result: 1050000 },
  compute: runRate,
});
