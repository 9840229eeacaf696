/**
 * «Зарплаты»: pay offers for a head of a client-service department from the seed's table (published
 * 2024-05-17): the band for a city, segment and experience (SALARY_BAND), the median of all the city's
 * offers in the segment, a salary against both (SALARY_COMPA; below / within / above the band), and the
 * same in every city of the table. Moscow agencies have only a median in the seed: the sheet says so in
 * words. Every cell is its own formula, so no cell is held empty for a spill.
 */
import { SALARY_TABLE } from '../data/salaries';
import { heading, REGIONS, SEGMENTS } from './common';
import {
  type Block,
  formula,
  header,
  input,
  label,
  t,
  type Template,
  type TemplateCell,
  type Texts,
} from './model';

/** What a band cell shows where the seed publishes no band (Moscow agencies). */
const MEDIAN_ONLY = t('только медиана', 'median only');

/**
 * A band's end for a city cell, or words where there is none. IFERROR, not IFNA: Sheets shows every
 * error a custom function throws as #ERROR!, which IFNA does not catch.
 */
const bandEnd = (city: string, stat: 'min' | 'max', none: Texts): Texts => {
  const call = `SALARY_BAND(${city},$B$6,$B$7,"${stat}")`;
  return t(`=IFERROR(${call},"${none.ru}")`, `=IFERROR(${call},"${none.en}")`);
};

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
      input(
        100_000,
        'money',
        t('Сравнивается с вилкой и с медианой.', 'Compared with the band and with the median.'),
      ),
    ],
  ],
};

const MEDIAN_NOTE = t(
  'Медиана всех предложений города в этом сегменте, при любом опыте, — не середина вилки: у Санкт-Петербурга, компаний, при опыте от 3 лет вилка 98 000–164 000, а медиана 86 000.',
  'The median of all the city’s offers in this segment, at any experience — not the middle of the band: Saint Petersburg, companies, 3+ years has the band 98 000–164 000 and the median 86 000.',
);

/** Below, within or above the band in words; where the seed has no band, that only a median is published. */
const POSITION = t(
  '=IF(ISNUMBER(B11),IF(B8="","",IF(B8<B11,"ниже вилки",IF(B8>C11,"выше вилки","в вилке"))),' +
    '"вилки нет: в источнике только медиана, "&ROUND(B12/1000,0)&" тыс. ₽")',
  '=IF(ISNUMBER(B11),IF(B8="","",IF(B8<B11,"below the band",IF(B8>C11,"above the band","within the band"))),' +
    '"no band: the source gives only a median, RUB "&ROUND(B12/1000,0)&"k")',
);

const band: Block = {
  anchor: 'A10',
  rows: [
    [null, header(t('Минимум, ₽', 'Min, RUB')), header(t('Максимум, ₽', 'Max, RUB'))],
    [
      label(t('Вилка предложений для этого опыта', 'The band of offers for this experience')),
      formula(bandEnd('B5', 'min', MEDIAN_ONLY), 'money'),
      formula(bandEnd('B5', 'max', t('', '')), 'money'),
    ],
    [
      label(t('Медиана всех предложений: город и сегмент, ₽', 'Median of all offers: city and segment, RUB')),
      formula('=SALARY_BAND(B5,B6,B7,"median")', 'money', MEDIAN_NOTE),
    ],
    [
      label(t('Зарплата к медиане (compa-ratio)', 'Salary to the median (compa-ratio)')),
      formula(
        '=SALARY_COMPA(B8,B5,B6)',
        'percent',
        t('100% — ровно медиана; 110% — на 10% выше.', '100% is the median exactly; 110% is 10% above.'),
      ),
    ],
    [label(t('Зарплата относительно вилки', 'The salary against the band')), formula(POSITION)],
  ],
};

const FIRST_CITY_ROW = 18;

const cities: Block = {
  anchor: 'A16',
  rows: [
    [header(t('Все города: тот же сегмент и опыт', 'Every city: the same segment and experience'))],
    [
      header(t('Город', 'City')),
      header(t('Минимум, ₽', 'Min, RUB')),
      header(t('Максимум, ₽', 'Max, RUB')),
      header(t('Медиана всех предложений, ₽', 'Median of all offers, RUB'), MEDIAN_NOTE),
    ],
    ...SALARY_TABLE.map((city, i): TemplateCell[] => {
      const cell = `A${FIRST_CITY_ROW + i}`;
      return [
        label(t(city.ru, city.en)),
        formula(bandEnd(cell, 'min', MEDIAN_ONLY), 'money'),
        formula(bandEnd(cell, 'max', t('', '')), 'money'),
        formula(`=SALARY_BAND(${cell},$B$6,$B$7,"median")`, 'money'),
      ];
    }),
  ],
};

export const salaryBenchmark: Template = {
  id: 'salary-benchmark',
  sheet: t('Зарплаты', 'Salaries'),
  description: t(
    'Зарплатная вилка и медиана руководителя клиентского отдела по городу, сегменту и опыту; где зарплата относительно вилки и медианы.',
    'The pay band and median of a head of client service by city, segment and experience; where a salary stands against the band and the median.',
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
  columnWidths: [360, 130, 130, 200],
  charts: [],
};
