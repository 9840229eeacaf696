import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the decomposition template', () => {
  it('decomposes the seed example: 450 000 ₽ at 16%, 2 500 ₽, 35%, 50%, 50 calls a day, six managers', async () => {
    const sheet = await rendered('decomposition');
    expect(sheet.values('B5:B12')).toEqual([[450000], [0.16], [2500], [0.35], [0.5], [50], [6], [22]]);
    // 450 000 / 0.16 = 2 812 500; / 2 500 = 1 125 deals; / 0.35 = 3 214.3 → 3 215 leads; / 0.5 = 6 430 calls;
    // / (50 × 6) = 21.4 → 22 days: the team makes it in the month's 22 working days.
    expect(sheet.values('B15:F15')).toEqual([[2812500, 1125, 3215, 6430, 22]]);
    expect(sheet.errors()).toEqual([]);
  });

  it('gives the daily activity per manager over 22 working days, rounded up', async () => {
    const sheet = await rendered('decomposition');
    // Per manager a day (6 × 22 = 132): 1 125 / 132 = 8.5 → 9 deals; 3 215 / 132 = 24.4 → 25 leads;
    // 6 430 / 132 = 48.7 → 49 calls, within the 50 a manager makes.
    expect(sheet.values('C16:E16')).toEqual([[9, 25, 49]]);
  });

  it('says how many managers the calls need in the period: MANAGERS_NEEDED, not one manager’s days', async () => {
    const sheet = await rendered('decomposition');
    // 6 430 / (50 × 22) = 5.85 → 6, whatever B11 holds.
    expect(sheet.value('B17')).toBe(6);
    sheet.set('B11', 1);
    // One manager alone would need 129 days (the seed's figure) and 293 calls a day: still 6 needed.
    expect(sheet.value('F15')).toBe(129);
    expect(sheet.value('E16')).toBe(293);
    expect(sheet.value('B17')).toBe(6);
    sheet.set('B12', 15);
    // A January of 15 working days: 6 430 / 750 = 8.6 → 9.
    expect(sheet.value('B17')).toBe(9);
  });

  it('links the custom funnel’s target to the deals above', async () => {
    const sheet = await rendered('decomposition');
    expect(sheet.value('B24')).toBe(1125);
    sheet.set('B5', 900000);
    // 900 000 / 0.16 / 2 500 = 2 250 deals.
    expect(sheet.value('B24')).toBe(2250);
    expect(sheet.value('E27')).toBe(2250);
  });

  it('takes the working days of the chosen month from the production calendar', async () => {
    const sheet = await rendered('decomposition');
    // March 2027: 22 working days (8 March a holiday); January 2027: 15 (1–10 January off).
    expect(sheet.value('B12')).toBe(22);
    sheet.set('C12', '=DATE(2027,1,15)');
    expect(sheet.value('B12')).toBe(15);
    // 6 430 calls / 15 days = 428.7 → 429 a day.
    expect(sheet.value('E16')).toBe(429);
    expect(sheet.errors()).toEqual([]);
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

  it('recalculates everything from an edited input: two managers need many more days', async () => {
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
