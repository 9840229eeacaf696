/**
 * The areas the functions are grouped in — the reference's sections (task pane, sidebar, playground,
 * docs/functions.md), in this order. A new area is one entry here.
 */
import type { Texts } from './lang';

export const AREAS = {
  planning: { ru: 'Планирование и декомпозиция', en: 'Planning and decomposition' },
  calendar: { ru: 'Производственный календарь и темп плана', en: 'Production calendar and pace' },
  compensation: { ru: 'Мотивация', en: 'Compensation' },
  kpi: { ru: 'KPI клиентского отдела', en: 'Client department KPIs' },
  salary: { ru: 'Зарплаты', en: 'Salary benchmarks' },
  funnel: { ru: 'Воронка и штат', en: 'Funnel and team' },
  design: { ru: 'Матрица KPI и настройка мотивации', en: 'KPI and pay design' },
  clients: { ru: 'Клиентская база', en: 'Client base' },
} as const satisfies Readonly<Record<string, Texts>>;

export type Area = keyof typeof AREAS;

/** The areas in the order the reference shows them. */
export const AREA_ORDER = Object.keys(AREAS) as Area[];
