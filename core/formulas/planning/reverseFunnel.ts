import { defineFormula } from '../../spec';
import { ceilCount } from '../../values';

const asIs = (value: number) => value;

/**
 * The volume needed at each stage of a funnel of any depth to reach `target` at its bottom.
 * `conversions` are stage-to-stage rates top to bottom; the volumes are worked out from the bottom up,
 * each rounded up before the next (you need whole leads to get whole deals) unless `exact`. The target
 * is a count too (SPEC.md §1), so 1 124.9 deals — a revenue over an average check — are 1 125.
 * @example reverseFunnel(1125, [0.5, 0.35], false) // [6430, 3215, 1125]
 */
export function reverseFunnel(target: number, conversions: readonly number[], exact: boolean): number[] {
  const count = exact ? asIs : ceilCount;
  const volumes = new Array<number>(conversions.length + 1);
  volumes[conversions.length] = count(target);
  for (let stage = conversions.length - 1; stage >= 0; stage--)
    volumes[stage] = count(volumes[stage + 1] / conversions[stage]);
  return volumes;
}

export const formula = defineFormula({
  id: 'REVERSE_FUNNEL',
  area: 'planning',
  ru: 'Обратная воронка любой глубины: сколько нужно на каждом этапе (сверху вниз), чтобы получить цель на последнем. Количества округляются вверх.',
  en: 'A reverse funnel of any depth: the volume needed at each stage, top to bottom, to reach the target at the last one. Counts are rounded up.',
  params: [
    {
      name: 'target',
      ruName: 'цель',
      kind: 'amount',
      ru: 'Нужный результат на последнем этапе: сделки, оплаты',
      en: 'The result needed at the last stage: deals, payments',
    },
    {
      name: 'conversions',
      ruName: 'конверсии',
      kind: 'list',
      of: 'fraction',
      ru: 'Конверсии между этапами сверху вниз: {50%; 35%} — звонок → лид, лид → сделка',
      en: 'Stage-to-stage conversions, top to bottom: {50%; 35%} for call → lead, lead → deal',
    },
    {
      name: 'exact',
      ruName: 'без округления',
      kind: 'boolean',
      optional: true,
      default: false,
      ru: 'ИСТИНА — не округлять количества вверх',
      en: 'TRUE to leave counts unrounded',
    },
  ],
  result: {
    shape: 'row',
    ru: 'Строка: объём каждого этапа сверху вниз, последний — цель',
    en: 'Row: the volume of each stage, top to bottom, ending with the target',
    columns: [
      { ru: 'Этап 1', en: 'Stage 1' },
      { ru: 'Этап 2', en: 'Stage 2' },
      { ru: 'Цель', en: 'Target' },
    ],
    width: (hint) => hint.listLength('conversions') + 1,
  },
  example: { formula: '=REVERSE_FUNNEL(1125, {0.5;0.35})', result: [[6430, 3215, 1125]] },
  compute: reverseFunnel,
});
