import { defineFormula } from '../../spec';

/**
 * An account manager's efficiency (the seed: «деньги (маржа), поделенные на единицу рабочего времени»).
 * The margin may be negative: the seed warns that projects can «уходить в минус».
 * @example marginPerHour(240000, 160) // 1500
 */
export function marginPerHour(margin: number, hours: number): number {
  return margin / hours;
}

export const formula = defineFormula({
  id: 'MARGIN_PER_HOUR',
  area: 'kpi',
  ru: 'Эффективность аккаунт-менеджера: маржа, делённая на рабочее время.',
  en: 'Account manager efficiency: margin per unit of working time.',
  params: [
    {
      name: 'margin',
      ruName: 'маржа',
      kind: 'number',
      ru: 'Маржа по проектам менеджера за период, ₽ (может быть отрицательной)',
      en: 'Margin of the manager’s projects for the period, RUB (may be negative)',
    },
    {
      name: 'hours',
      ruName: 'часы',
      kind: 'divisor',
      ru: 'Рабочее время за тот же период, часы',
      en: 'Working time in the same period, hours',
    },
  ],
  result: { shape: 'scalar', ru: 'Маржа на час, ₽', en: 'Margin per hour, RUB' },
  example: { formula: '=MARGIN_PER_HOUR(240000, 160)', result: 1500 },
  compute: marginPerHour,
});
