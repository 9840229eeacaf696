import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the funnel template', () => {
  it('gives each manager’s conversions and the stage to fix first', async () => {
    const sheet = await rendered('funnel');
    // Петрова: 1 050 → 500 → 330 → 270 → 170 against 50% / 70% / 80% / 62.5%.
    // Calls → leads 0.476: (525 − 500) × 0.66 × 0.818 × 0.630 = 8.5 deals; leads → meetings 0.66:
    // (350 − 330) × 0.818 × 0.630 = 10.3; meetings → invoices and invoices → deals meet the plan → 2.
    const petrova = sheet.values('G12:M12')[0];
    expect(petrova[0]).toBeCloseTo(0.47619, 5);
    expect(petrova[1]).toBe(0.66);
    expect(petrova[4]).toBeCloseTo(170 / 1050, 9);
    expect(petrova.slice(5)).toEqual([2, 'Лиды → Встречи']);
    // Иванов meets every conversion: 0, shown as «—».
    expect(sheet.values('L11:M11')).toEqual([[0, '—']]);
    expect(sheet.values('L13:L16')).toEqual([[1], [4], [3], [2]]);
    expect(sheet.errors()).toEqual([]);
  });

  it('shows the department’s deals and money lost per stage with the average check (FUNNEL_GAP)', async () => {
    const sheet = await rendered('funnel');
    expect(sheet.values('B17:F17')).toEqual([[6410, 3100, 2160, 1690, 1030]]);
    // Calls → leads 3 100 / 6 410 = 0.4836 < 50%: (3 205 − 3 100) × (2 160 / 3 100) × (1 690 / 2 160) ×
    // (1 030 / 1 690) = 105 × 1 030 / 3 100 = 34.89 deals, × 2 500 = 87 217.74 ₽ — the largest: fix first.
    // Invoices → deals: 1 690 × 62.5% − 1 030 = 26.25 deals = 65 625 ₽.
    const gap = sheet.values('B20:E23') as number[][];
    expect(gap[0][2]).toBeCloseTo(34.8871, 4);
    expect(gap[0][3]).toBeCloseTo(87217.74, 2);
    expect(gap[3][2]).toBeCloseTo(26.25, 9);
    expect(gap[3][3]).toBeCloseTo(65625, 6);
    expect(sheet.values('L17:M17')).toEqual([[1, 'Звонки → Лиды']]);
    expect(sheet.workbook.sheetMetadata(sheet.name)!.charts).toEqual([
      expect.objectContaining({
        type: 'column',
        categories: 'A20:A23',
        series: [{ name: 'Недобор, ₽', values: 'E20:E23' }],
      }),
    ]);
  });

  it('leaves a cleared manager blank and recalculates the department without errors', async () => {
    const sheet = await rendered('funnel');
    for (const column of ['A', 'B', 'C', 'D', 'E', 'F']) sheet.set(`${column}13`, null);
    expect(sheet.values('G13:M13')).toEqual([['', '', '', '', '', '', '']]);
    expect(sheet.value('B17')).toBe(5410);
    // A manager who has not reached the later stages yet: blanks, not errors.
    sheet.set('E14', null);
    sheet.set('F14', null);
    expect(sheet.values('I14:K14')).toEqual([['', '', '']]);
    expect(sheet.errors()).toEqual([]);
  });
});
