import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the decomposition template', () => {
  it('decomposes the seed example: 450 000 ₽ at 16%, 2 500 ₽, 35%, 50%, 50 calls a day, one manager', async () => {
    const sheet = await rendered('decomposition');
    expect(sheet.values('B5:B11')).toEqual([[450000], [0.16], [2500], [0.35], [0.5], [50], [1]]);
    // 450 000 / 0.16 = 2 812 500; / 2 500 = 1 125 deals; / 0.35 = 3 214.3 → 3 215 leads; / 0.5 = 6 430 calls;
    // / 50 = 128.6 → 129 days.
    expect(sheet.values('B15:F15')).toEqual([[2812500, 1125, 3215, 6430, 129]]);
    expect(sheet.errors()).toEqual([]);
  });

  it('gives the daily activity per manager over 22 working days, rounded up', async () => {
    const sheet = await rendered('decomposition');
    // 1 125 / 22 = 51.1 → 52 deals; 3 215 / 22 = 146.1 → 147 leads; 6 430 / 22 = 292.3 → 293 calls.
    expect(sheet.values('C16:E16')).toEqual([[52, 147, 293]]);
  });

  it('lists the funnel top to bottom for the chart', async () => {
    const sheet = await rendered('decomposition');
    expect(sheet.values('A19:B21')).toEqual([
      ['Звонки', 6430],
      ['Лиды', 3215],
      ['Сделки', 1125],
    ]);
    expect(sheet.workbook.sheetMetadata(sheet.name)!.charts).toEqual([
      expect.objectContaining({
        type: 'bar',
        categories: 'A19:A21',
        series: [{ name: 'Нужно', values: 'B19:B21' }],
      }),
    ]);
  });

  it('runs a custom funnel of calls → meetings → proposals → deals', async () => {
    const sheet = await rendered('decomposition');
    // 1 125 / 0.4 = 2 812.5 → 2 813 proposals; / 0.5 = 5 626 meetings; / 0.2 = 28 130 calls.
    expect(sheet.values('B27:E27')).toEqual([[28130, 5626, 2813, 1125]]);
  });

  it('lets a stage be added in the free cells on the right', async () => {
    const sheet = await rendered('decomposition');
    sheet.set('E26', 0.5);
    sheet.set('F25', 'Оплаты');
    // 1 125 payments at 50% of deals: 2 250 deals; / 0.4 = 5 625; / 0.5 = 11 250; / 0.2 = 56 250.
    expect(sheet.values('B27:F27')).toEqual([[56250, 11250, 5625, 2250, 1125]]);
    expect(sheet.errors()).toEqual([]);
  });

  it('recalculates everything from an edited input: two managers halve the days', async () => {
    const sheet = await rendered('decomposition');
    sheet.set('B11', 2);
    // 6 430 calls / (50 × 2) = 64.3 → 65 days; per manager a day: 1 125 / 44 = 25.6 → 26 deals, 3 215 / 44 → 74 leads,
    // 6 430 / 44 = 146.1 → 147 calls.
    expect(sheet.value('F15')).toBe(65);
    expect(sheet.values('C16:E16')).toEqual([[26, 74, 147]]);
    sheet.set('B5', 900000);
    expect(sheet.values('B15:E15')).toEqual([[5625000, 2250, 6429, 12858]]);
    expect(sheet.value('B21')).toBe(2250);
  });
});
