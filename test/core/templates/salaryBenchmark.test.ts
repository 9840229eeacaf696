import { describe, expect, it } from 'vitest';
import { salaryBenchmark } from '../../../core/templates/salaryBenchmark';
import { rendered } from '../../playground/rendered';

describe('the salary benchmark template', () => {
  it('gives the seed’s band for Moscow companies at two years, the median of all offers, and the compa-ratio', async () => {
    const sheet = await rendered('salary-benchmark');
    expect(sheet.values('B5:B8')).toEqual([['Москва'], ['компании'], [2], [100000]]);
    // Москва, компании: band III (from 2 years) 70 000 – 120 000; the median of all offers 105 000.
    expect(sheet.values('B11:C11')).toEqual([[70000, 120000]]);
    expect(sheet.value('A12')).toBe('Медиана всех предложений: город и сегмент, ₽');
    expect(sheet.value('B12')).toBe(105000);
    // 100 000 / 105 000.
    expect(sheet.value('B13')).toBeCloseTo(100000 / 105000, 9);
    // 70 000 ≤ 100 000 ≤ 120 000.
    expect(sheet.value('B14')).toBe('в вилке');
    expect(sheet.errors()).toEqual([]);
  });

  it('says the median is not the band’s: Saint Petersburg, companies, 5 years', async () => {
    const sheet = await rendered('salary-benchmark');
    sheet.set('B5', 'Санкт-Петербург');
    sheet.set('B7', 5);
    // Band IV 98 000 – 164 000, and the median of all offers 86 000, below the band's minimum.
    expect(sheet.values('B11:C11')).toEqual([[98000, 164000]]);
    expect(sheet.value('B12')).toBe(86000);
    expect(sheet.workbook.sheetMetadata(sheet.name)!.notes.get('B12')).toContain('не середина вилки');
    // 100 000 lies in 98 000 – 164 000, though it is above the median.
    expect(sheet.value('B14')).toBe('в вилке');
  });

  it('says where the salary falls against the band: below, within, above', async () => {
    const sheet = await rendered('salary-benchmark');
    // Москва, компании, band III: 70 000 – 120 000; both ends are within.
    for (const [salary, where] of [
      [69999, 'ниже вилки'],
      [70000, 'в вилке'],
      [120000, 'в вилке'],
      [120001, 'выше вилки'],
    ] as const) {
      sheet.set('B8', salary);
      expect(sheet.value('B14'), String(salary)).toBe(where);
    }
    sheet.set('B8', null);
    expect(sheet.value('B14')).toBe('');
  });

  it('says in words that Moscow agencies have only a median (115 000), with no error anywhere', async () => {
    for (const lang of ['ru', 'en'] as const) {
      const sheet = await rendered('salary-benchmark', lang);
      sheet.set('B6', lang === 'ru' ? 'агентства' : 'agencies');
      expect(sheet.value('B12')).toBe(115000);
      expect(sheet.values('B11:C11')).toEqual([lang === 'ru' ? ['только медиана', ''] : ['median only', '']]);
      expect(sheet.value('B14')).toBe(
        lang === 'ru'
          ? 'вилки нет: в источнике только медиана, 115 тыс. ₽'
          : 'no band: the source gives only a median, RUB 115k',
      );
      // The table of cities: Moscow's row in words, with its median.
      expect(sheet.values('B18:D18')).toEqual([
        [lang === 'ru' ? 'только медиана' : 'median only', '', 115000],
      ]);
      expect(sheet.errors()).toEqual([]);
    }
  });

  it('lists the same band in every city of the table, each row its own formula', async () => {
    const sheet = await rendered('salary-benchmark');
    expect(sheet.values('A18:D19')).toEqual([
      ['Москва', 70000, 120000, 105000],
      ['Санкт-Петербург', 57000, 98000, 86000],
    ]);
    expect(sheet.values('A29:D29')).toEqual([['Челябинск', 45000, 70000, 62000]]);
    // No cell is held empty for a spill: every cell of the table is a label or a formula.
    const table = salaryBenchmark.blocks[3].rows.slice(2);
    expect(
      table.flat().every((cell) => cell !== null && (cell.kind === 'label' || cell.kind === 'formula')),
    ).toBe(true);
  });

  it('follows the pickers', async () => {
    const sheet = await rendered('salary-benchmark');
    const choices = sheet.workbook.sheetMetadata(sheet.name)!.choices;
    expect(choices.get('B5')).toContain('Казань');
    expect(choices.get('B6')).toEqual(['компании', 'агентства']);
    sheet.set('B5', 'Казань');
    sheet.set('B7', 3);
    // Казань, компании, band IV: 66 000 – 110 000, median 58 000.
    expect(sheet.values('B11:C11')).toEqual([[66000, 110000]]);
    expect(sheet.value('B12')).toBe(58000);
    expect(sheet.value('B13')).toBeCloseTo(100000 / 58000, 9);
    sheet.set('B6', 'агентства');
    // Казань, агентства, band IV: 72 000 – 110 000, median 63 000.
    expect(sheet.values('B11:C12')).toEqual([
      [72000, 110000],
      [63000, null],
    ]);
  });
});
