import { partOfWhole } from '../../ratios';
import { defineFormula, type NumberParam } from '../../spec';

const regular: NumberParam = {
  name: 'regular_clients',
  ruName: 'постоянные клиенты',
  kind: 'amount',
  ru: 'Постоянные клиенты (Kпост)',
  en: 'Regular clients (Kпост)',
};
const total: NumberParam = {
  name: 'total_clients',
  ruName: 'всего клиентов',
  kind: 'divisor',
  ru: 'Все клиенты (Kобщ)',
  en: 'All clients (Kобщ)',
};

const share = partOfWhole('REPEAT_SHARE', regular, total);

/**
 * The share of regular clients, Kпост / Kобщ (the seed's «доля постоянных клиентов»).
 * @example repeatShare(84, 240) // 0.35
 */
export const repeatShare = share.ratio;

export const formula = defineFormula({
  id: 'REPEAT_SHARE',
  area: 'kpi',
  ru: 'Доля постоянных клиентов: постоянные клиенты / все клиенты (Kпост / Kобщ).',
  en: 'Share of regular clients: regular clients / all clients (Kпост / Kобщ).',
  params: [regular, total],
  errors: [share.exceeds],
  result: { shape: 'scalar', ru: 'Доля, 0–100%', en: 'Fraction, 0–100%' },
  example: { formula: '=REPEAT_SHARE(84, 240)', result: 0.35 },
  compute: repeatShare,
});
