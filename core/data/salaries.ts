/**
 * Monthly pay offers (RUB) for a head of a client-service department, from the seed's table
 * (published 2024-05-17): 12 cities × {агентства, компании} × bands I–IV + median.
 * Figures are in thousands of rubles, as the seed groups them; `rub()` multiplies once.
 */
import { bilingual, type FormulaError } from '../errors';
import type { ErrorNote } from '../spec';

export type Band = readonly [min: number, max: number];
export type Segment = 'agencies' | 'companies';

export interface SegmentPay {
  /** Bands I–IV; Moscow agencies have none in the seed, only a median. */
  bands?: readonly [Band, Band, Band, Band];
  median: number;
}

export interface CityPay {
  ru: string;
  en: string;
  /** Other spellings, written as `normalizeName` leaves them. */
  aliases: readonly string[];
  agencies: SegmentPay;
  companies: SegmentPay;
}

type Thousands = [number, number, number, number, number, number, number, number, number];

/** Bands I–IV as the seed prints them (min – max, in thousands), then the median. */
function pay(...k: Thousands): SegmentPay {
  const r = k.map((value) => value * 1000);
  return {
    bands: [
      [r[0], r[1]],
      [r[2], r[3]],
      [r[4], r[5]],
      [r[6], r[7]],
    ],
    median: r[8],
  };
}

function city(
  ru: string,
  en: string,
  aliases: readonly string[],
  agencies: SegmentPay,
  companies: SegmentPay,
): CityPay {
  return { ru, en, aliases, agencies, companies };
}

export const SALARY_TABLE: readonly CityPay[] = [
  city(
    'Москва',
    'Moscow',
    ['мск', 'msk', 'moskva'],
    { median: 115_000 },
    pay(50, 60, 60, 70, 70, 120, 120, 200, 105),
  ),
  city(
    'Санкт-Петербург',
    'Saint Petersburg',
    ['спб', 'питер', 'петербург', 'с петербург', 'st petersburg', 'spb', 'petersburg', 'sankt peterburg'],
    pay(40, 53, 53, 66, 66, 107, 107, 164, 94),
    pay(40, 50, 50, 57, 57, 98, 98, 164, 86),
  ),
  city(
    'Волгоград',
    'Volgograd',
    [],
    pay(27, 34, 34, 42, 42, 70, 70, 110, 60),
    pay(27, 32, 32, 37, 37, 64, 64, 105, 56),
  ),
  city(
    'Екатеринбург',
    'Yekaterinburg',
    ['екб', 'ekaterinburg', 'ekb'],
    pay(34, 44, 44, 54, 54, 88, 88, 135, 78),
    pay(34, 40, 40, 48, 48, 82, 82, 135, 70),
  ),
  city(
    'Казань',
    'Kazan',
    [],
    pay(28, 36, 36, 44, 44, 72, 72, 110, 63),
    pay(28, 33, 33, 39, 39, 66, 66, 110, 58),
  ),
  city(
    'Нижний Новгород',
    'Nizhny Novgorod',
    ['н новгород', 'нижний', 'nizhniy novgorod', 'nizhni novgorod', 'n novgorod'],
    pay(30, 38, 38, 47, 47, 77, 77, 120, 68),
    pay(30, 35, 35, 40, 40, 70, 70, 120, 62),
  ),
  city(
    'Новосибирск',
    'Novosibirsk',
    ['нск', 'новосиб'],
    pay(33, 42, 42, 52, 52, 85, 85, 130, 75),
    pay(33, 40, 40, 46, 46, 78, 78, 130, 68),
  ),
  city(
    'Омск',
    'Omsk',
    [],
    pay(30, 40, 40, 50, 50, 80, 80, 125, 70),
    pay(30, 37, 37, 43, 43, 74, 74, 125, 65),
  ),
  city(
    'Ростов-на-Дону',
    'Rostov-on-Don',
    ['ростов', 'rostov', 'rostov na donu'],
    pay(27, 34, 34, 42, 42, 70, 70, 100, 60),
    pay(27, 32, 32, 37, 37, 64, 64, 100, 56),
  ),
  city(
    'Самара',
    'Samara',
    [],
    pay(30, 40, 40, 48, 48, 78, 78, 120, 70),
    pay(30, 35, 35, 42, 42, 72, 72, 120, 63),
  ),
  city('Уфа', 'Ufa', [], pay(28, 35, 35, 44, 44, 72, 72, 110, 63), pay(28, 33, 33, 40, 40, 66, 66, 110, 58)),
  city(
    'Челябинск',
    'Chelyabinsk',
    ['челяба'],
    pay(30, 38, 38, 47, 47, 77, 77, 120, 68),
    pay(30, 35, 35, 45, 45, 70, 70, 120, 62),
  ),
];

const SEGMENT_NAMES: Readonly<Record<Segment, readonly string[]>> = {
  agencies: ['агентства', 'агентство', 'агентств', 'digital агентства', 'agencies', 'agency'],
  companies: ['компании', 'компания', 'компаний', 'companies', 'company'],
};

/** Case, ё/е, hyphens, dots and extra spaces do not matter; nor does a leading «г.» (город). */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[-‐–—.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^г /, '');
}

const CITY_BY_NAME = new Map<string, CityPay>();
for (const row of SALARY_TABLE) {
  for (const name of [row.ru, row.en, ...row.aliases]) CITY_BY_NAME.set(normalizeName(name), row);
}

export function findCity(region: string): CityPay | FormulaError {
  return (
    CITY_BY_NAME.get(normalizeName(region)) ??
    bilingual(
      '#N/A',
      `Регион «${region}» не найден в таблице зарплат; есть: ${SALARY_TABLE.map((row) => row.ru).join(', ')}`,
      `Region "${region}" is not in the salary table; known: ${SALARY_TABLE.map((row) => row.en).join(', ')}`,
    )
  );
}

export function findSegment(segment: string): Segment | FormulaError {
  const key = normalizeName(segment);
  const found = (Object.keys(SEGMENT_NAMES) as Segment[]).find((name) => SEGMENT_NAMES[name].includes(key));
  return (
    found ??
    bilingual(
      '#N/A',
      `Сегмент «${segment}» не найден; есть: агентства, компании`,
      `Segment "${segment}" is not known; use agencies or companies`,
    )
  );
}

/** What `findPay` refuses, for the reference. */
export const LOOKUP_NOTES: readonly ErrorNote[] = [
  {
    kind: '#N/A',
    ru: 'города нет в таблице зарплат (сообщение перечисляет известные)',
    en: 'the city is not in the salary table (the message lists the known ones)',
  },
  {
    kind: '#N/A',
    ru: 'сегмент не «агентства» и не «компании»',
    en: 'the segment is neither agencies nor companies',
  },
];

/** The pay of one city and segment, or `#N/A` saying what is unknown. */
export function findPay(
  region: string,
  segment: string,
): { city: CityPay; segment: Segment; pay: SegmentPay } | FormulaError {
  const city = findCity(region);
  if (!('ru' in city)) return city;
  const found = findSegment(segment);
  if (found !== 'agencies' && found !== 'companies') return found;
  return { city, segment: found, pay: city[found] };
}
