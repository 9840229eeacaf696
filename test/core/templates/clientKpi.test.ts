import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the client department KPI template', () => {
  it('computes each account manager’s KPIs from the figures', async () => {
    const sheet = await rendered('client-kpi');
    // Орлова: 40 clients, 2 lost, 28 regular, 120 requests, 3 complaints, 2 400 000 revenue, 1 500 000 from
    // key clients, 720 000 margin, 168 hours; scores 10 9 9 8 10 7 9 10 6 9 (7 promoters, 1 detractor).
    // LTV = 2 400 000 / 40 × 720 000 / 2 400 000 × 1 / 0.05 = 60 000 × 0.3 × 20 = 360 000.
    const [orlova] = sheet.values('A11:H11');
    expect(orlova.slice(0, 7)).toEqual(['Орлова Анна', 0.05, 0.7, 0.025, 0.625, 60, 360000]);
    expect(orlova[7]).toBeCloseTo(720000 / 168, 6);
    // Смирнов: 4 of 32 lost; 18 regular; 6 of 95 requests; 700 000 of 1 600 000; 3 promoters, 3 detractors;
    // LTV = 50 000 × 0.25 × 8 = 100 000; 400 000 / 160 = 2 500 an hour.
    const [smirnov] = sheet.values('B12:H12');
    expect(smirnov).toEqual([0.125, 0.5625, expect.closeTo(6 / 95, 9), 0.4375, 0, 100000, 2500]);
    // Волкова: 8 promoters of 10, none below 7: NPS 80; Никитин: 4 promoters, 2 detractors: 20.
    expect(sheet.values('F13:F14')).toEqual([[80], [20]]);
    expect(sheet.errors()).toEqual([]);
  });

  it('gives the department’s ratios over the totals', async () => {
    const sheet = await rendered('client-kpi');
    expect(sheet.values('B8:J8')).toEqual([[133, 10, 88, 385, 15, 7700000, 4400000, 2140000, 648]]);
    const [department] = sheet.values('A15:H15');
    expect(department[0]).toBe('Отдел');
    expect(department[1]).toBeCloseTo(10 / 133, 9);
    expect(department[4]).toBeCloseTo(4400000 / 7700000, 9);
    // LTV = margin per period / clients lost per period: 2 140 000 / 10.
    expect(department[6]).toBeCloseTo(214000, 4);
  });

  it('recalculates when a figure or a score changes', async () => {
    const sheet = await rendered('client-kpi');
    sheet.set('C4', 4);
    expect(sheet.value('B11')).toBe(0.1);
    expect(sheet.value('G11')).toBe(180000);
    sheet.set('L19', 6);
    sheet.set('M19', 10);
    // Two more scores in the free cells: 12, 8 promoters, 2 detractors → (8 − 2) / 12 = 50.
    expect(sheet.value('F11')).toBe(50);
  });
});
