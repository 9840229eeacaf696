import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

const sum = (column: unknown[][]) => column.reduce((total, [value]) => total + (value as number), 0);

describe('the sales plan template', () => {
  it('derives the three versions from the realistic target, rounded to the step', async () => {
    const sheet = await rendered('sales-plan');
    // 36 000 000 × 85% and × 115%.
    expect(sheet.values('B10:B12')).toEqual([[30600000], [36000000], [41400000]]);
    expect(sheet.errors()).toEqual([]);
  });

  it('splits every version by month with seasonality, summing exactly to the year', async () => {
    const sheet = await rendered('sales-plan');
    // January is 7% of the year: 2 520 000 of 36 000 000; December 12%: 4 320 000.
    expect(sheet.values('D15:D16')).toEqual([[2520000], [2520000]]);
    expect(sheet.value('D26')).toBe(4320000);
    for (const [column, year] of [
      ['C', 30600000],
      ['D', 36000000],
      ['E', 41400000],
    ] as const) {
      expect(sum(sheet.values(`${column}15:${column}26`))).toBe(year);
      expect(sheet.value(`${column}27`)).toBe(year);
    }
  });

  it('keeps the months whole thousands adding up to a target that does not divide evenly', async () => {
    const sheet = await rendered('sales-plan');
    sheet.set('B5', 12345000);
    const months = sheet.values('D15:D26');
    expect(sum(months)).toBe(12345000);
    expect(months.every(([value]) => (value as number) % 1000 === 0)).toBe(true);
    // 12 345 000 × 7% = 864 150: 864 000 or 865 000 depending on the leftover thousands.
    expect([864000, 865000]).toContain(months[0][0]);
    expect(sheet.value('B10')).toBe(10493000); // 12 345 000 × 0.85 = 10 493 250 → 10 493 000
    expect(sum(sheet.values('C15:C26'))).toBe(10493000);
    expect(sheet.errors()).toEqual([]);
  });

  it('splits the realistic plan by channel and by manager, summing to the target', async () => {
    const sheet = await rendered('sales-plan');
    sheet.set('B30', '=DATE(2026,12,2)');
    // 35%, 30%, 25%, 10% of 36 000 000.
    expect(sheet.values('K5:K8')).toEqual([[12600000], [10800000], [9000000], [3600000]]);
    expect(sheet.value('K9')).toBe(36000000);
    // 30%, 25%, 25%, 20%; and the same shares of December's 4 320 000.
    expect(sheet.values('K12:L15')).toEqual([
      [10800000, 1296000],
      [9000000, 1080000],
      [9000000, 1080000],
      [7200000, 864000],
    ]);
    expect(sheet.values('K16:M16')).toEqual([[36000000, 4320000, 380000]]);
  });

  it('rounds the realistic version to the step like the others', async () => {
    const sheet = await rendered('sales-plan');
    sheet.set('B5', 36000500);
    // 36 000 500 / 1 000 rounds to 36 001 000 (half away from zero): the months still add up.
    expect(sheet.value('B11')).toBe(36001000);
    expect(sum(sheet.values('D15:D26'))).toBe(36001000);
    expect(sheet.errors()).toEqual([]);
  });

  it('compares each month’s fact with the realistic plan', async () => {
    const sheet = await rendered('sales-plan');
    // January: 2 610 000 / 2 520 000.
    expect(sheet.value('G15')).toBeCloseTo(1.0357142857, 9);
    sheet.set('F24', null);
    expect(sheet.value('G24')).toBe('');
  });

  it('starts on today’s date and reads the month on the production calendar', async () => {
    const sheet = await rendered('sales-plan');
    const today = new Date();
    // Serial of today in the engine: days since 1899-12-30.
    const serial = Math.floor(
      (Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.UTC(1899, 11, 30)) / 864e5,
    );
    expect(sheet.value('B30')).toBe(serial);
    sheet.set('B30', '=DATE(2026,12,2)');
    // December 2026: 22 working days (31.12 is a day off moved by decree № 1466); 1 and 2 December gone.
    expect(sheet.values('B31:B35')).toEqual([['Декабрь'], [22], [2], [4320000], [380000]]);
  });

  it('gives the department’s and each manager’s pace on the report date', async () => {
    const sheet = await rendered('sales-plan');
    sheet.set('B30', '=DATE(2026,12,2)');
    // Department: plan to date 4 320 000 × 2/22 = 392 727.27; 380 000 / 392 727.27 = 96.8%;
    // forecast 380 000 × 22/2 = 4 180 000; (4 320 000 − 380 000) / 20 days left = 197 000.
    const [toDate, fulfilment, forecast, daily] = sheet.values('B38:E38')[0] as number[];
    expect(toDate).toBeCloseTo(392727.27, 2);
    expect(fulfilment).toBeCloseTo(380000 / (4320000 * (2 / 22)), 9);
    expect([forecast, daily]).toEqual([4180000, 197000]);
    // Ivanov: 120 000 of 1 296 000; to date 117 818.18; forecast 1 320 000; (1 296 000 − 120 000) / 20 = 58 800.
    expect(sheet.value('A39')).toBe('Иванов Алексей');
    expect(sheet.values('D39:E39')).toEqual([[1320000, 58800]]);
    expect(sheet.value('B39')).toBeCloseTo(117818.18, 2);
    expect(sheet.values('D40:D42').flat()).toEqual([1045000, 1210000, 605000]);
    expect(sheet.errors()).toEqual([]);
  });

  it('moves the pace with the report date', async () => {
    const sheet = await rendered('sales-plan');
    sheet.set('B30', '=DATE(2026,12,2)');
    const onSecond = sheet.value('C38') as number;
    sheet.set('B30', '=DATE(2026,12,15)');
    // 15 December: 11 of 22 days gone (1–4, 7–11, 14–15): plan to date 2 160 000, 380 000 of it is 17.6%.
    expect(sheet.value('B33')).toBe(11);
    expect(sheet.value('B38')).toBe(2160000);
    expect(sheet.value('C38')).toBeCloseTo(380000 / 2160000, 9);
    expect(sheet.value('C38')).not.toBe(onSecond);
    expect(sheet.errors()).toEqual([]);
  });

  it('sets the year to date against the plan to date, never half a month against a whole one', async () => {
    const sheet = await rendered('sales-plan');
    sheet.set('B30', '=DATE(2026,12,2)');
    // Facts: January–November closed, December so far: 31 720 000.
    expect(sheet.value('B45')).toBe(31720000);
    // Plan: January–November 31 680 000 + December to date 392 727.27 = 32 072 727.27.
    expect(sheet.value('B46')).toBeCloseTo(32072727.27, 2);
    expect(sheet.value('B47')).toBeCloseTo(31720000 / (31680000 + 4320000 * (2 / 22)), 9);
    expect(sheet.value('G27')).toBe(sheet.value('B47'));
    // With December's fact not typed yet, December adds its plan to date only, and no fact.
    sheet.set('F26', null);
    expect(sheet.value('B46')).toBeCloseTo(31680000 + 392727.27, 2);
    expect(sheet.errors()).toEqual([]);
  });

  it('charts the realistic plan against the fact by month', async () => {
    const sheet = await rendered('sales-plan');
    expect(sheet.workbook.sheetMetadata(sheet.name)!.charts).toEqual([
      {
        type: 'column',
        title: 'План и факт по месяцам',
        categories: 'A15:A26',
        series: [
          { name: 'План (реалистичный)', values: 'D15:D26' },
          { name: 'Факт', values: 'F15:F26' },
        ],
        anchor: 'I18',
        width: 560,
        height: 320,
      },
    ]);
  });
});
