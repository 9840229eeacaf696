import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SALARY_TABLE } from '../../../core/data/salaries';
import { formula as SALARY_BAND } from '../../../core/formulas/salary/salaryBand';
import { runFormula } from '../../../core/runner';
import { expectError } from '../expectError';

const run = (...args: unknown[]) => runFormula(SALARY_BAND, args);

/** The seed's table, read straight from its text: "Город Агентства 40 000 – 53 000 … 94 000". */
function seedTable(): Map<string, { agencies: number[]; companies: number[] }> {
  const text = readFileSync(
    new URL('../../../../shared/seed/000_7e7140f67619050c.txt', import.meta.url),
    'utf8',
  );
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('Москва Агентства'));
  const table = new Map<string, { agencies: number[]; companies: number[] }>();
  for (let i = start; i < start + 24; i += 2) {
    const [, city, agencies] = /^(.+?) Агентства (.*)$/.exec(lines[i])!;
    const companies = lines[i + 1].replace(/^Компании /, '');
    // Every figure is "NN 000" or "NNN 000": one thousands group, so adjacent columns do not merge.
    const numbers = (row: string) =>
      [...row.matchAll(/\d{2,3} \d{3}/g)].map((m) => Number(m[0].replace(/ /g, '')));
    table.set(city, { agencies: numbers(agencies), companies: numbers(companies) });
  }
  return table;
}

describe('SALARY_BAND', () => {
  it('matches every cell of the seed table: 12 cities × 2 segments × 4 bands + medians', () => {
    const seed = seedTable();
    expect([...seed.keys()]).toEqual(SALARY_TABLE.map((row) => row.ru));
    let checked = 0;
    for (const [city, segments] of seed) {
      for (const segment of ['agencies', 'companies'] as const) {
        const figures = segments[segment];
        const median = figures[figures.length - 1];
        expect(run(city, segment, 0, 'median'), `${city} ${segment} median`).toBe(median);
        checked++;
        if (figures.length === 1) continue; // Moscow agencies: median only
        for (let band = 0; band < 4; band++) {
          expect(run(city, segment, band + 0.5), `${city} ${segment} band ${band + 1}`).toEqual([
            [figures[band * 2], figures[band * 2 + 1]],
          ]);
          checked += 2;
        }
      }
    }
    expect(checked).toBe(24 + 23 * 8);
  });

  it('picks the band by years as a head: < 1, [1, 2), [2, 3), ≥ 3', () => {
    expect(run('Казань', 'компании', 0)).toEqual([[28000, 33000]]);
    expect(run('Казань', 'компании', 0.99)).toEqual([[28000, 33000]]);
    expect(run('Казань', 'компании', 1)).toEqual([[33000, 39000]]);
    expect(run('Казань', 'компании', 2)).toEqual([[39000, 66000]]);
    expect(run('Казань', 'компании', 3)).toEqual([[66000, 110000]]);
    expect(run('Казань', 'компании', 25)).toEqual([[66000, 110000]]);
  });

  it('puts experience within 1e-9 of a boundary in the upper band', () => {
    // 0.9999999999999999 years is floating-point noise for 1 year: band II (33 000 – 39 000), not I.
    expect(run('Казань', 'компании', 0.9999999999999999)).toEqual([[33000, 39000]]);
    expect(run('Казань', 'компании', 2.9999999999999996)).toEqual([[66000, 110000]]);
    expect(run('Казань', 'компании', 0.999999)).toEqual([[28000, 33000]]);
  });

  it('gives one column for a stat over a column of regions, not a second blank column', () => {
    // Medians of companies: Kazan 58 000, Moscow 105 000; the blank row stays blank.
    expect(run([['Казань'], ['Москва'], ['']], 'компании', 3, 'median')).toEqual([[58000], [105000], ['']]);
    // Moscow agencies have no band: the error takes its one cell; Kazan agencies, band II: min 36 000.
    const rows = run([['Москва'], ['Казань']], 'агентства', 1, [['min'], ['мин']]) as unknown[][];
    expect(rows.map((row) => row.length)).toEqual([1, 1]);
    expectError(rows[0][0], 'medianOnly', 'region', 'segment');
    expect(rows[1][0]).toBe(36000);
  });

  it('gives one number for a stat, in English or Russian', () => {
    expect(run('Москва', 'компании', 3, 'max')).toBe(200000);
    expect(run('Москва', 'компании', 3, 'МИН')).toBe(120000);
    expect(run('Москва', 'компании', 3, 'медиана')).toBe(105000);
  });

  it('understands regions and segments however they are written', () => {
    const moscow = [[120000, 200000]];
    for (const region of ['Москва', 'москва', 'МСК', 'Moscow', ' г. Москва '])
      expect(run(region, 'компании', 5), region).toEqual(moscow);
    for (const region of ['Санкт-Петербург', 'санкт петербург', 'St. Petersburg', 'СПб', 'Питер'])
      expect(run(region, 'company', 0), region).toEqual([[40000, 50000]]);
    expect(run('Ростов-на-Дону', 'агентства', 0)).toEqual(run('ростов на дону', 'Agencies', 0));
    expect(run('Екатеринбург', 'компании', 0)).toEqual(run('Ёкатеринбург'.replace('Ё', 'Е'), 'компании', 0));
    expect(run('нижний-новгород', 'АГЕНТСТВА', 1)).toEqual([[38000, 47000]]);
  });

  it('explains that Moscow agencies have only a median', () => {
    const error = expectError(run('Москва', 'агентства', 2), 'medianOnly', 'region', 'segment');
    expect(error.message).toContain('115\u00a0000 ₽');
    expect(run('Москва', 'агентства', 2, 'median')).toBe(115000);
  });

  it('lists the known cities for an unknown region, and the segments for an unknown segment', () => {
    const region = expectError(run('Тверь', 'компании', 1), 'unknownRegion', 'region');
    expect(region.message).toContain('«Тверь»');
    expect(region.message).toContain('Москва, Санкт-Петербург, Волгоград');
    expect(region.message).toContain('Moscow, Saint Petersburg, Volgograd');
    const segment = expectError(run('Казань', 'госсектор', 1), 'unknownSegment', 'segment');
    expect(segment.message).toContain('агентства, компании');
  });

  it('refuses negative experience, a number as a region and an unknown stat', () => {
    expectError(run('Казань', 'компании', -1), 'negative', 'experience_years');
    expectError(run(77, 'компании', 1), 'notText', 'region');
    const stat = expectError(run('Казань', 'компании', 1, 'avg'), 'unknownChoice', 'stat');
    expect(stat.message).toContain('min, max, median');
  });

  it('computes a row per manager from columns', () => {
    const result = run([['Казань'], ['Уфа'], ['']], 'компании', [[0], [3], [1]]) as unknown[][];
    expect(result).toEqual([
      [28000, 33000],
      [66000, 110000],
      ['', ''],
    ]);
  });
});
