import { partOfWhole } from '../../ratios';
import { defineFormula, type NumberParam } from '../../spec';

const lost: NumberParam = {
  name: 'lost_clients',
  ruName: 'ушедшие клиенты',
  kind: 'amount',
  ru: 'Клиенты, ушедшие за период (Kотс)',
  en: 'Clients lost during the period (Kотс)',
};
const total: NumberParam = {
  name: 'total_clients',
  ruName: 'всего клиентов',
  kind: 'divisor',
  ru: 'Все клиенты за период (Kобщ)',
  en: 'All clients in the period (Kобщ)',
};

const share = partOfWhole('CHURN_RATE', lost, total);

/**
 * Client churn, Kотс / Kобщ (the seed's «коэффициент отсева клиентов»).
 * @example churnRate(12, 240) // 0.05
 */
export const churnRate = share.ratio;

export const formula = defineFormula({
  id: 'CHURN_RATE',
  area: 'kpi',
  ru: 'Коэффициент отсева клиентов: ушедшие клиенты / все клиенты (Kотс / Kобщ).',
  en: 'Client churn rate: lost clients / all clients (Kотс / Kобщ).',
  params: [lost, total],
  errors: [share.exceeds],
  result: { shape: 'scalar', ru: 'Доля, 0–100%', en: 'Fraction, 0–100%' },
  example: { formula: '=CHURN_RATE(12, 240)', result: 0.05 },
  compute: churnRate,
});
