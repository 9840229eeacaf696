import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the daily meeting template', () => {
  it('reports on yesterday until a date is typed', async () => {
    const sheet = await rendered('daily-meeting');
    const today = new Date();
    const serial =
      (Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.UTC(1899, 11, 30)) / 864e5;
    expect(sheet.value('B5')).toBe(serial - 1);
    expect(sheet.errors()).toEqual([]);
  });

  it('counts the month’s working days on the production calendar', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '=DATE(2026,12,1)');
    // December 2026: 22 working days (31.12 moved off by decree № 1466); 1 December is the first.
    expect(sheet.values('B6:B7')).toEqual([[22], [1]]);
  });

  it('gives each manager’s and the team’s pace to date', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '=DATE(2026,12,1)');
    // Ivanov: 1 296 000 / 22 = 58 909.09 due by 1 December; 62 000 of it is 105.2%; forecast 62 000 × 22 =
    // 1 364 000; (1 296 000 − 62 000) / 21 days left = 58 761.90.
    const [toDate, fulfilment, forecast, daily] = sheet.values('D11:G11')[0] as number[];
    expect(toDate).toBeCloseTo(58909.09, 2);
    expect(fulfilment).toBeCloseTo(62000 / (1296000 / 22), 9);
    expect(forecast).toBe(1364000);
    expect(daily).toBeCloseTo(58761.9, 2);
    // The team: 4 320 000 and 190 000 → 196 363.64 due, 96.8%.
    expect(sheet.values('B15:C15')).toEqual([[4320000, 190000]]);
    expect(sheet.value('E15')).toBeCloseTo(190000 / (4320000 / 22), 9);
    expect(sheet.errors()).toEqual([]);
  });

  it('sets the counters against the daily norm from the month’s working days', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '=DATE(2026,12,1)');
    // 4 400 calls / (4 managers × 22 days) = 50 a day each; yesterday 190 of 200 = 95%.
    expect(sheet.values('C18:C21').flat()).toEqual([50, 4, 2, 1]);
    expect(sheet.values('E18:E21').flat()).toEqual([0.95, 0.9375, 1, 0.75]);
    // Month so far against the plan to date: 190 calls of 4 400 × 1/22 = 200.
    expect(sheet.values('G18:H18')).toEqual([[200, 0.95]]);
  });

  it('moves with the report date: January 2027 has 15 working days', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '=DATE(2027,1,12)');
    // 11 and 12 January are the first two working days of 2027.
    expect(sheet.values('B6:B7')).toEqual([[15], [2]]);
    // 4 400 / (4 × 15) = 73.3 → 74 calls a day each.
    expect(sheet.value('C18')).toBe(74);
    sheet.set('B5', '=DATE(2027,1,5)');
    // Before the first working day: nothing is due yet, fulfilment and forecast stay blank.
    expect(sheet.values('D11:F11')).toEqual([[0, '', '']]);
    expect(sheet.errors()).toEqual([]);
  });
});
