import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the motivation template', () => {
  it('adds up: at exactly 100% of plan and of KPIs every manager earns the target pay', async () => {
    const sheet = await rendered('motivation');
    // TARGET_COMMISSION_RATE: target × (1 − 30% − 10%) / plan; every sample target is 10% of the plan,
    // so 60 000 / 1 000 000 = 6%, and the tier above 100% pays twice that, 12%.
    expect(sheet.values('G22:I25')).toEqual([
      [0, 0.06, 0.12],
      [0, 0.06, 0.12],
      [0, 0.06, 0.12],
      [0, 0.06, 0.12],
    ]);
    // MANAGER_PAY(target, KPI 100%, revenue = plan, plan) with those rates, per manager: the target.
    expect(sheet.values('B22:B25')).toEqual(sheet.values('N22:N25'));
    expect(sheet.values('N22:N25')).toEqual([[100000], [90000], [80000], [85000]]);
    // Петрова is exactly there: 900 000 of 900 000, KPIs 100% → 27 000 + 9 000 + 6% × 900 000 = 90 000.
    expect(sheet.values('A23:M23')).toEqual([
      ['Петрова Мария', 90000, 900000, 900000, 1, 1, 0, 0.06, 0.12, 27000, 9000, 54000, 90000],
    ]);
    expect(sheet.errors()).toEqual([]);
  });

  it('scores the KPI matrix and feeds the index to the pay', async () => {
    const sheet = await rendered('motivation');
    // Иванов: calls 1 210 / 1 100 = 1.1; meetings 66 / 60 = 1.1; overdue "less" 100 000 / 80 000 = 1.25.
    // Index 0.4 × 1.1 + 0.3 × 1.1 + 0.3 × 1.25 = 0.44 + 0.33 + 0.375 = 1.145.
    const ivanov = sheet.values('H15:K15')[0] as number[];
    expect(ivanov[0]).toBeCloseTo(1.1, 12);
    expect(ivanov[2]).toBe(1.25);
    expect(ivanov[3]).toBeCloseTo(1.145, 12);
    // Сидоров: 0.9, 0.75, 100 000 / 125 000 = 0.8 → 0.36 + 0.225 + 0.24 = 0.825: no soft salary.
    expect(sheet.value('K17')).toBeCloseTo(0.825, 12);
    expect(sheet.value('F24')).toBeCloseTo(0.825, 12);
    expect(sheet.value('K24')).toBe(0);
    // Иванов at 120%: 12% of 1 200 000 = 144 000 (retro, the seed's), + 30 000 + 10 000 = 184 000.
    expect(sheet.values('J22:M22')).toEqual([[30000, 10000, 144000, 184000]]);
    // Кузнецова at 90%: 6% of 765 000 = 45 900; + 25 500 + 8 500 (index 1.05 ≥ 100%) = 79 900.
    expect(sheet.values('J25:M25')).toEqual([[25500, 8500, 45900, 79900]]);
    expect(sheet.values('J26:N26')).toEqual([[106500, 27500, 243900, 377900, 355000]]);
  });

  it('says "more than" for the next tier, and "—" at the top tier instead of a bare 0', async () => {
    const sheet = await rendered('motivation');
    // Иванов is above 100%: no tier left. Петрова is exactly at 100%: any revenue more than 0 moves her up.
    // Сидоров: 80% of 800 000 − 600 000 = 40 000. Кузнецова: 850 000 − 765 000 = 85 000.
    expect(sheet.values('O22:O25')).toEqual([['—'], [0], [40000], [85000]]);
    expect(sheet.value('O21')).toBe('До следующей ступени: ещё больше чем, ₽');
  });

  it('pays the head of sales 40% fixed, soft pay on rhythm and overdue receivables, a bonus by the plan', async () => {
    const sheet = await rendered('motivation');
    // PAY_STRUCTURE(200 000, 40%, 15%): 80 000 fixed, 30 000 soft, 90 000 bonus base.
    expect(sheet.values('B32:D32')).toEqual([[80000, 30000, 90000]]);
    // The department: 3 465 000 of 3 550 000 = 97.6%, the 80–100% tier: coefficient 1.
    expect(sheet.values('B33:B34')).toEqual([[3550000], [3465000]]);
    // Rhythm: Σ min = 3 300 000 + 3 180 000 + 3 450 000 + 3 400 000 + 3 500 000 + 3 465 000 = 20 295 000,
    // Σ plan = 20 700 000 → 0.980435; against 95% → 1.032037. Overdue: 400 000 (the managers' sum) of at
    // most 450 000 → 1.125. Index (1.032037 + 1.125) / 2 = 1.078518 ≥ 100%: the soft pay is paid.
    expect(sheet.value('B46')).toBeCloseTo(0.980435, 6);
    expect(sheet.value('C50')).toBe(400000);
    expect(sheet.value('B51')).toBeCloseTo(1.078518, 6);
    expect(sheet.values('B53:E53')).toEqual([[80000, 30000, 90000, 200000]]);
    // 100% of 3 550 000 − 3 465 000 = 85 000: more than that, and the coefficient is 2.
    expect(sheet.value('B54')).toBe(85000);
  });

  it('recalculates the head’s bonus and the rhythm when a manager’s fact changes', async () => {
    const sheet = await rendered('motivation');
    sheet.set('D22', 1400000);
    // 3 665 000 of 3 550 000 = 103.2%: coefficient 2 → 180 000; 120% is 4 260 000, 595 000 away.
    expect(sheet.values('B53:E53')).toEqual([[80000, 30000, 180000, 290000]]);
    expect(sheet.value('B54')).toBe(595000);
    sheet.set('G17', 300000);
    // Rhythm (20 380 000 / 20 700 000) / 95% = 1.0364; overdue 450 000 / 575 000 = 0.7826; index 0.91: no soft pay.
    expect(sheet.value('C53')).toBe(0);
    expect(sheet.errors()).toEqual([]);
  });
});
