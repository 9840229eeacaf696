/**
 * The sheet the playground opens with: the seed's decomposition and the headline formulas, as live
 * formulas over input cells, so a visitor can change a number and watch everything follow.
 */
import type { Lang } from '../ui/language';

type Row = (string | number | null)[];

export function sampleSheet(lang: Lang): Row[] {
  const t = (ru: string, en: string) => (lang === 'ru' ? ru : en);
  return [
    [t('Декомпозиция (пример из источника)', 'Decomposition (the seed example)')],
    [t('Цель по прибыли, ₽', 'Profit target, RUB'), 450000],
    [t('Маржа', 'Margin'), '16%'],
    [t('Средний чек, ₽', 'Average check, RUB'), 2500],
    [t('Конверсия лид → сделка', 'Lead → deal conversion'), '35%'],
    [t('Конверсия звонок → лид', 'Call → lead conversion'), '50%'],
    [t('Звонков в день на менеджера', 'Calls a day per manager'), 50],
    [
      null,
      t('Выручка', 'Revenue'),
      t('Сделки', 'Deals'),
      t('Лиды', 'Leads'),
      t('Звонки', 'Calls'),
      t('Дни', 'Days'),
    ],
    [t('Результат', 'Result'), '=SALES_DECOMPOSE(B2, B3, B4, B5, B6, B7)'],
    [],
    [
      t('Бонус РОПа', 'Head of sales bonus'),
      t('Выполнение плана', 'Fulfilment'),
      t('Коэффициент', 'Coefficient'),
    ],
    [t('Январь', 'January'), 0.8, '=ROP_BONUS(B12:B15)'],
    [t('Февраль', 'February'), 0.95],
    [t('Март', 'March'), 1.1],
    [t('Апрель', 'April'), 1.25],
    [],
    [t('Отсев клиентов', 'Client churn'), t('Ушли', 'Lost'), t('Всего', 'Total'), t('Доля', 'Rate')],
    [null, 12, 240, '=CHURN_RATE(B18, C18)'],
    [],
    [
      t('Зарплата руководителя клиентского отдела', 'Pay of a head of client service'),
      t('Мин', 'Min'),
      t('Макс', 'Max'),
    ],
    [t('Москва, компании, 3 года', 'Moscow, companies, 3 years'), '=SALARY_BAND("Москва", "компании", 3)'],
  ];
}

/** How the sample sheet looks: the same formats a template would set. */
export const SAMPLE_LOOK = {
  columnWidths: [250, 120, 110, 110, 110, 110, 110, 110],
  formats: {
    money: ['B2', 'B4', 'B9', 'B21:C21'],
    percent: ['B3', 'B5:B6', 'B12:B15', 'D18'],
    integer: ['B7', 'C9:F9'],
  },
  headers: ['B8:F8', 'B11:C11', 'B17:D17', 'B20:C20'],
  inputs: ['B2:B7', 'B12:B15', 'B18:C18'],
} as const;
