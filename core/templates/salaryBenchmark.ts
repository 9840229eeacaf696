/**
 * «Зарплаты»: pay offers for a head of a client-service department from the seed's table (published
 * 2024-05-17): the band for a city, segment and experience (SALARY_BAND), the median, where a salary
 * stands against it (SALARY_COMPA), and the same band in every city of the table.
 */
import { SALARY_TABLE } from '../data/salaries';
import { heading, REGIONS, SEGMENTS } from './common';
import {
  type Block,
  formula,
  header,
  input,
  label,
  spill,
  t,
  type Template,
  type TemplateCell,
} from './model';

const pickers: Block = {
  anchor: 'A4',
  rows: [
    [
      label(
        t(
          'Источник: обзор зарплатных предложений от 17.05.2024, ₽ в месяц.',
          'Source: a pay-offer survey of 2024-05-17, RUB a month.',
        ),
      ),
    ],
    [
      label(t('Регион', 'Region')),
      input(
        t(REGIONS.ru[0], REGIONS.en[0]),
        undefined,
        t('Город из списка.', 'A city from the list.'),
        REGIONS,
      ),
    ],
    [
      label(t('Сегмент', 'Segment')),
      input(
        t(SEGMENTS.ru[0], SEGMENTS.en[0]),
        undefined,
        t(
          'Компании или агентства. У московских агентств в источнике есть только медиана.',
          'Companies or agencies. For Moscow agencies the source gives only a median.',
        ),
        SEGMENTS,
      ),
    ],
    [
      label(t('Опыт руководителем отдела, лет', 'Years as a head of department')),
      input(
        2,
        'number',
        t(
          'Диапазоны: до 1 года — I, 1–2 — II, 2–3 — III, от 3 лет — IV.',
          'Bands: under 1 year — I, 1–2 — II, 2–3 — III, 3+ — IV.',
        ),
      ),
    ],
    [
      label(t('Текущая или предлагаемая зарплата, ₽ в месяц', 'Current or offered salary, RUB a month')),
      input(100_000, 'money', t('С ней сравнивается медиана.', 'Compared with the median.')),
    ],
  ],
};

/** SALARY_BAND with a stat gives one number, but the playground's engine reserves a row's two cells. */
const MEDIAN_SPILL: TemplateCell = spill();

const band: Block = {
  anchor: 'A10',
  rows: [
    [
      null,
      header(t('Минимум, ₽', 'Min, RUB')),
      header(t('Максимум, ₽', 'Max, RUB')),
      header(t('Медиана, ₽', 'Median, RUB')),
    ],
    [
      label(t('Вилка для этого опыта', 'The band for this experience')),
      formula('=SALARY_BAND(B5,B6,B7)', 'money'),
      spill('money'),
      formula('=SALARY_BAND(B5,B6,B7,"median")', 'money'),
      MEDIAN_SPILL,
    ],
    [
      label(t('Зарплата к медиане (compa-ratio)', 'Salary to median (compa-ratio)')),
      formula(
        '=SALARY_COMPA(B8,B5,B6)',
        'percent',
        t('100% — ровно медиана; 110% — на 10% выше.', '100% is the median exactly; 110% is 10% above.'),
      ),
    ],
  ],
};

const last = 15 + SALARY_TABLE.length;

const cities: Block = {
  anchor: 'A14',
  rows: [
    [header(t('Все города: тот же сегмент и опыт', 'Every city: the same segment and experience'))],
    [
      header(t('Город', 'City')),
      header(t('Минимум, ₽', 'Min, RUB')),
      header(t('Максимум, ₽', 'Max, RUB')),
      header(t('Медиана, ₽', 'Median, RUB')),
    ],
    ...SALARY_TABLE.map((city, i): TemplateCell[] => {
      const first = i === 0;
      return [
        label(t(city.ru, city.en)),
        first ? formula(`=SALARY_BAND(A16:A${last},B6,B7)`, 'money') : spill('money'),
        spill('money'),
        first ? formula(`=SALARY_BAND(A16:A${last},B6,B7,"median")`, 'money') : spill('money'),
        MEDIAN_SPILL,
      ];
    }),
  ],
};

export const salaryBenchmark: Template = {
  id: 'salary-benchmark',
  sheet: t('Зарплаты', 'Salaries'),
  description: t(
    'Зарплатная вилка и медиана руководителя клиентского отдела по городу, сегменту и опыту; сравнение зарплаты с медианой.',
    'The pay band and median of a head of client service by city, segment and experience; a salary against the median.',
  ),
  blocks: [
    {
      anchor: 'A1',
      rows: heading(t('Зарплаты руководителя клиентского отдела', 'Pay of a head of client service')),
    },
    pickers,
    band,
    cities,
  ],
  names: {
    salary_region: 'B5',
    salary_segment: 'B6',
    salary_experience: 'B7',
    salary_current: 'B8',
  },
  freezeRows: 1,
  columnWidths: [360, 130, 130, 130],
  charts: [],
};
