/**
 * The sheet the playground opens with: the seed's decomposition and the headline formulas, as live
 * formulas over input cells, so a visitor can change a number and watch everything follow.
 */
import type { Lang } from '../ui/language';

type Row = (string | number | null)[];

export function sampleSheet(lang: Lang): Row[] {
  // The UI's language picks one of the two texts (core's t() builds both).
  const say = (ru: string, en: string) => (lang === 'ru' ? ru : en);
  return [
    [say('Декомпозиция (пример из источника)', 'Decomposition (the seed example)')],
    [say('Цель по прибыли, ₽', 'Profit target, RUB'), 450000],
    [say('Маржа', 'Margin'), '16%'],
    [say('Средний чек, ₽', 'Average check, RUB'), 2500],
    [say('Конверсия лид → сделка', 'Lead → deal conversion'), '35%'],
    [say('Конверсия звонок → лид', 'Call → lead conversion'), '50%'],
    [say('Звонков в день на менеджера', 'Calls a day per manager'), 50],
    [
      null,
      say('Выручка', 'Revenue'),
      say('Сделки', 'Deals'),
      say('Лиды', 'Leads'),
      say('Звонки', 'Calls'),
      say('Дни', 'Days'),
    ],
    [say('Результат', 'Result'), '=SALES_DECOMPOSE(B2, B3, B4, B5, B6, B7)'],
    [],
    [
      say('Бонус РОПа', 'Head of sales bonus'),
      say('Выполнение плана', 'Fulfilment'),
      say('Коэффициент', 'Coefficient'),
    ],
    [say('Январь', 'January'), 0.8, '=ROP_BONUS(B12:B15)'],
    [say('Февраль', 'February'), 0.95],
    [say('Март', 'March'), 1.1],
    [say('Апрель', 'April'), 1.25],
    [],
    [say('Отсев клиентов', 'Client churn'), say('Ушли', 'Lost'), say('Всего', 'Total'), say('Доля', 'Rate')],
    [null, 12, 240, '=CHURN_RATE(B18, C18)'],
    [],
    [
      say('Зарплата руководителя клиентского отдела', 'Pay of a head of client service'),
      say('Мин', 'Min'),
      say('Макс', 'Max'),
    ],
    [say('Москва, компании, 3 года', 'Moscow, companies, 3 years'), '=SALARY_BAND("Москва", "компании", 3)'],
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
