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
    // 35%, 30%, 25%, 10% of 36 000 000.
    expect(sheet.values('K5:K8')).toEqual([[12600000], [10800000], [9000000], [3600000]]);
    expect(sheet.value('K9')).toBe(36000000);
    // 30%, 25%, 25%, 20%; and the same shares of April's 2 880 000.
    expect(sheet.values('K12:L15')).toEqual([
      [10800000, 864000],
      [9000000, 720000],
      [9000000, 720000],
      [7200000, 576000],
    ]);
    expect(sheet.values('K16:L16')).toEqual([[36000000, 2880000]]);
  });

  it('compares the fact with the realistic plan, leaving months without a fact blank', async () => {
    const sheet = await rendered('sales-plan');
    // January: 2 610 000 / 2 520 000.
    expect(sheet.value('G15')).toBeCloseTo(1.0357142857, 9);
    expect(sheet.values('G19:G26').flat()).toEqual(['', '', '', '', '', '', '', '']);
    // Year to date: 9 150 000 against the plans of January–April, 2 520 000 × 2 + 2 880 000 × 2 = 10 800 000.
    expect(sheet.value('F27')).toBe(9150000);
    expect(sheet.value('G27')).toBeCloseTo(9150000 / 10800000, 9);
  });

  it('forecasts the current month at its pace and says what each remaining day must bring', async () => {
    const sheet = await rendered('sales-plan');
    expect(sheet.values('B33:B34')).toEqual([[2880000], [1180000]]);
    // 1 180 000 × 22 / 9 = 2 884 444.44; (2 880 000 − 1 180 000) / 13 = 130 769.23.
    expect(sheet.value('B36')).toBeCloseTo(2884444.4444, 4);
    expect(sheet.value('B37')).toBeCloseTo(2884444.4444 / 2880000, 9);
    expect(sheet.value('B38')).toBe(13);
    expect(sheet.value('B39')).toBeCloseTo(130769.2308, 4);
  });

  it('follows a fact typed into the table and a month picked from the list', async () => {
    const sheet = await rendered('sales-plan');
    sheet.set('F19', 1000000);
    sheet.set('B30', 'Май');
    expect(sheet.value('G19')).toBeCloseTo(1000000 / 2880000, 9);
    // May: 1 000 000 after 9 of 22 days → 1 000 000 × 22 / 9 = 2 444 444.44 (the engine keeps ten digits).
    expect(sheet.value('B36')).toBeCloseTo(2444444.4444, 4);
    expect(sheet.value('F27')).toBe(10150000);
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
