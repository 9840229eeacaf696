import { partOfWhole } from '../../ratios';
import { defineFormula, type NumberParam } from '../../spec';

const complaints: NumberParam = {
  name: 'complaints',
  ruName: 'рекламации',
  kind: 'amount',
  ru: 'Обращения с жалобами (Nвоз)',
  en: 'Requests that were complaints (Nвоз)',
};
const requests: NumberParam = {
  name: 'requests',
  ruName: 'обращения',
  kind: 'divisor',
  ru: 'Все обращения клиентов (Nобр)',
  en: 'All client requests (Nобр)',
};

const share = partOfWhole('COMPLAINT_RATE', complaints, requests);

/**
 * The complaint rate, Nвоз / Nобр (the seed's «количество рекламаций, %»).
 * @example complaintRate(6, 150) // 0.04
 */
export const complaintRate = share.ratio;

export const formula = defineFormula({
  id: 'COMPLAINT_RATE',
  area: 'kpi',
  ru: 'Доля рекламаций: обращения с жалобами / все обращения клиентов (Nвоз / Nобр).',
  en: 'Complaint rate: complaints / all client requests (Nвоз / Nобр).',
  params: [complaints, requests],
  errors: [share.exceeds],
  result: { shape: 'scalar', ru: 'Доля, 0–100%', en: 'Fraction, 0–100%' },
  example: { formula: '=COMPLAINT_RATE(6, 150)', result: 0.04 },
  compute: complaintRate,
});
