import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the client department KPI template', () => {
  it('computes each account manager’s KPIs from the figures', async () => {
    const sheet = await rendered('client-kpi');
    // Орлова: 40 clients, 2 lost, 28 regular, 120 requests, 3 complaints, 2 400 000 revenue, 1 970 000 from
    // key (class A) clients, 720 000 margin, 167 hours (June 2026's norm); scores 10 9 9 8 10 7 9 10 6 9 (7 promoters, 1 detractor).
    // LTV = 2 400 000 / 40 × 720 000 / 2 400 000 × 1 / 0.05 = 60 000 × 0.3 × 20 = 360 000.
    const [orlova] = sheet.values('A11:H11');
    expect(orlova.slice(0, 7)).toEqual([
      'Орлова Анна',
      0.05,
      0.7,
      0.025,
      expect.closeTo(1970 / 2400, 9),
      60,
      360000,
    ]);
    expect(orlova[7]).toBeCloseTo(720000 / 167, 6);
    // Смирнов: 4 of 32 lost; 18 regular; 6 of 95 requests; 1 190 000 of 1 600 000; 3 promoters, 3 detractors;
    // LTV = 50 000 × 0.25 × 8 = 100 000; 400 000 / 167 = 2 395.21 an hour.
    const [smirnov] = sheet.values('B12:H12');
    expect(smirnov).toEqual([
      0.125,
      0.5625,
      expect.closeTo(6 / 95, 9),
      0.74375,
      0,
      100000,
      expect.closeTo(400000 / 167, 6),
    ]);
    // Волкова: 8 promoters of 10, none below 7: NPS 80; Никитин: 4 promoters, 2 detractors: 20.
    expect(sheet.values('F13:F14')).toEqual([[80], [20]]);
    expect(sheet.errors()).toEqual([]);
  });

  it('gives the department’s ratios over the totals', async () => {
    const sheet = await rendered('client-kpi');
    expect(sheet.values('B8:J8')).toEqual([[133, 10, 88, 385, 15, 7700000, 6440000, 2140000, 668]]);
    const [department] = sheet.values('A15:H15');
    expect(department[0]).toBe('Отдел');
    expect(department[1]).toBeCloseTo(10 / 133, 9);
    expect(department[4]).toBeCloseTo(6440000 / 7700000, 9);
    // NPS over the whole block of 40 scores: 22 promoters, 6 detractors → (22 − 6) / 40 = 40.
    expect(department[5]).toBe(40);
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

describe('the client department KPI template, read by a head of sales', () => {
  it('labels the key-client share as a share of revenue and the complaints as a rate', async () => {
    const sheet = await rendered('client-kpi');
    expect(sheet.values('D10:E10')).toEqual([['Доля рекламаций', 'Доля выручки ключевых клиентов']]);
  });

  it('caps the lifetime: a period without churn gives LTV over 36 periods, not #DIV/0!', async () => {
    const sheet = await rendered('client-kpi');
    sheet.set('C4', 0);
    // 60 000 a client × 0.3 margin × 36 = 648 000.
    expect(sheet.value('G11')).toBe(648000);
    sheet.set('B25', 24);
    expect(sheet.value('G11')).toBe(432000);
    // Churn of 1 in 40 is a life of 40 periods: capped at 24 too; 1 in 20 (20 periods) is not.
    sheet.set('C4', 2);
    expect(sheet.value('G11')).toBe(360000);
    expect(sheet.errors()).toEqual([]);
  });

  it('classes the clients A, B, C by revenue, the A clients being the key clients above', async () => {
    const sheet = await rendered('client-kpi');
    // Total 7 700 000. The 9th client (300 000) has 6 140 000 = 79.7% before it: still A; the 10th has
    // 83.6% before it: B; the 15th has 7 350 000 = 95.5% before it: C.
    const classes = sheet.values('D31:D50').map((row) => row[0]);
    expect(classes.join('')).toBe('AAAAAAAAABBBBBCCCCCC');
    expect(sheet.values('F31:G33')).toEqual([
      ['A', 6440000],
      ['B', 910000],
      ['C', 350000],
    ]);
    // Class A revenue is the department's key-client revenue, and every client's sum is its revenue.
    expect(sheet.value('C51')).toBe(7700000);
    expect(sheet.value('H8')).toBe(6440000);
    sheet.set('C50', 2000000);
    expect(sheet.value('D50')).toBe('A');
    expect(sheet.errors()).toEqual([]);
  });
});

describe('the client department KPI template’s working hours', () => {
  it('takes each manager’s hours from the production calendar for the period', async () => {
    const sheet = await rendered('client-kpi');
    // June 2026: 21 working days × 8 h, 11 June (before Russia Day) one hour shorter: 167.
    expect(sheet.values('J4:J7')).toEqual([[167], [167], [167], [167]]);
    sheet.set('B26', '01.01.2026');
    sheet.set('B27', '31.01.2026');
    // January 2026: 15 working days × 8 = 120 hours; Орлова's margin per hour 720 000 / 120 = 6 000.
    expect(sheet.value('J4')).toBe(120);
    expect(sheet.value('H11')).toBe(6000);
    expect(sheet.errors()).toEqual([]);
  });
});
