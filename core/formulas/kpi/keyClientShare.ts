import { partOfWhole } from '../../ratios';
import { defineFormula, type NumberParam } from '../../spec';

const key: NumberParam = {
  name: 'key_revenue',
  ruName: 'выручка ключевых клиентов',
  kind: 'amount',
  ru: 'Выручка по ключевым клиентам, ₽',
  en: 'Revenue from key clients, RUB',
};
const total: NumberParam = {
  name: 'total_revenue',
  ruName: 'вся выручка',
  kind: 'divisor',
  ru: 'Вся выручка, ₽',
  en: 'All revenue, RUB',
};

const share = partOfWhole('KEY_CLIENT_SHARE', key, total);

/**
 * The share of revenue from key clients (the seed's «доля выручки по ключевым клиентам в общей выручке»).
 * @example keyClientShare(1800000, 3000000) // 0.6
 */
export const keyClientShare = share.ratio;

export const formula = defineFormula({
  id: 'KEY_CLIENT_SHARE',
  area: 'kpi',
  ru: 'Доля выручки по ключевым клиентам в общей выручке.',
  en: 'Share of revenue from key clients in all revenue.',
  params: [key, total],
  errors: [share.exceeds],
  result: { shape: 'scalar', ru: 'Доля, 0–100%', en: 'Fraction, 0–100%' },
  example: { formula: '=KEY_CLIENT_SHARE(1800000, 3000000)', result: 0.6 },
  compute: keyClientShare,
});
