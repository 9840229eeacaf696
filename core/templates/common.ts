/** Texts and drop-down lists several templates share. */
import { SALARY_TABLE } from '../data/salaries';
import { type Choices, label, t, type Texts, title } from './model';

/** The first two rows of every template: its title and how to use it. */
export const heading = (text: Texts) => [
  [title(text)],
  [
    label(
      t(
        'Жёлтые ячейки — исходные данные: меняйте их, остальное пересчитается само.',
        'Yellow cells are inputs: change them and everything else recalculates.',
      ),
    ),
  ],
];

export const MONTHS: Choices = {
  ru: [
    'Январь',
    'Февраль',
    'Март',
    'Апрель',
    'Май',
    'Июнь',
    'Июль',
    'Август',
    'Сентябрь',
    'Октябрь',
    'Ноябрь',
    'Декабрь',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The cities of the seed's salary table, as SALARY_BAND reads them. */
export const REGIONS: Choices = {
  ru: SALARY_TABLE.map((city) => city.ru),
  en: SALARY_TABLE.map((city) => city.en),
};

export const SEGMENTS: Choices = { ru: ['компании', 'агентства'], en: ['companies', 'agencies'] };

/** Spellings of SALES_COMMISSION's `mode` ("retro", "marginal") in each language. */
export const COMMISSION_MODES: Choices = { ru: ['ретро', 'прогрессивная'], en: ['retro', 'marginal'] };

/** The i-th month's name in both languages. */
export const month = (i: number): Texts => t(MONTHS.ru[i], MONTHS.en[i]);
