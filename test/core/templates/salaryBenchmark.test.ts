import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the salary benchmark template', () => {
  it('gives the seed’s band for Moscow companies at two years of experience, and the compa-ratio', async () => {
    const sheet = await rendered('salary-benchmark');
    expect(sheet.values('B5:B8')).toEqual([['Москва'], ['компании'], [2], [100000]]);
    // Москва, компании: band III (from 2 years) 70 000 – 120 000, median 105 000; 100 000 / 105 000.
    expect(sheet.values('B11:D11')).toEqual([[70000, 120000, 105000]]);
    expect(sheet.value('B12')).toBeCloseTo(100000 / 105000, 9);
    expect(sheet.errors()).toEqual([]);
  });

  it('lists the same band in every city of the table', async () => {
    const sheet = await rendered('salary-benchmark');
    expect(sheet.values('A16:D17')).toEqual([
      ['Москва', 70000, 120000, 105000],
      ['Санкт-Петербург', 57000, 98000, 86000],
    ]);
    expect(sheet.values('A27:D27')).toEqual([['Челябинск', 45000, 70000, 62000]]);
  });

  it('follows the pickers', async () => {
    const sheet = await rendered('salary-benchmark');
    const choices = sheet.workbook.sheetMetadata(sheet.name)!.choices;
    expect(choices.get('B5')).toContain('Казань');
    expect(choices.get('B6')).toEqual(['компании', 'агентства']);
    sheet.set('B5', 'Казань');
    sheet.set('B7', 3);
    // Казань, компании, band IV: 66 000 – 110 000, median 58 000.
    expect(sheet.values('B11:D11')).toEqual([[66000, 110000, 58000]]);
    expect(sheet.value('B12')).toBeCloseTo(100000 / 58000, 9);
    sheet.set('B6', 'агентства');
    expect(sheet.values('B11:D11')).toEqual([[72000, 110000, 63000]]);
    // Moscow agencies have only a median in the seed: their band is #N/A with that explanation.
    expect(sheet.values('B16:D16')).toEqual([['#N/A', '#N/A', 115000]]);
  });
});
