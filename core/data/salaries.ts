/**
 * Monthly pay offers (RUB) for a head of a client-service department, from the seed's table
 * (published 2024-05-17): 12 cities × {агентства, компании} × bands I–IV + median.
 * Figures are in thousands of rubles, as the seed groups them; `rub()` multiplies once.
 */
import type { FormulaError } from '../errors';
import type { Texts } from '../lang';
import { at, type FormulaRule, formulaRule, rules } from '../messages';
import type { TextParam } from '../spec';

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

export const regionParam: TextParam = {
  name: 'region',
  ruName: 'регион',
  kind: 'text',
  ru: `Город: ${SALARY_TABLE.map((row) => row.ru).join(', ')} (или «МСК», «СПб», «Moscow»…)`,
  en: `City: ${SALARY_TABLE.map((row) => row.en).join(', ')} (or "МСК", "СПб"…)`,
};

export const segmentParam: TextParam = {
  name: 'segment',
  ruName: 'сегмент',
  kind: 'text',
  ru: '«агентства» или «компании»',
  en: '"agencies" or "companies"',
};

const KNOWN_CITIES: readonly Texts[] = SALARY_TABLE.map(({ ru, en }) => ({ ru, en }));

/** Looking a city and segment up in the table for formula `fn`, with the rules a lookup gives. */
export interface PayLookup {
  errors: readonly FormulaRule[];
  find(region: string, segment: string): { city: CityPay; segment: Segment; pay: SegmentPay } | FormulaError;
}

export function payLookup(fn: string): PayLookup {
  const unknownRegion = formulaRule(rules.unknownRegion, at(fn, regionParam), { region: 'Марс' });
  const unknownSegment = formulaRule(rules.unknownSegment, at(fn, segmentParam), { segment: 'банки' });
  return {
    errors: [unknownRegion, unknownSegment],
    find(region, segment) {
      const city = CITY_BY_NAME.get(normalizeName(region));
      if (!city) return unknownRegion.error(region, KNOWN_CITIES);
      const key = normalizeName(segment);
      const found = (Object.keys(SEGMENT_NAMES) as Segment[]).find((name) =>
        SEGMENT_NAMES[name].includes(key),
      );
      if (!found) return unknownSegment.error(segment);
      return { city, segment: found, pay: city[found] };
    },
  };
}
