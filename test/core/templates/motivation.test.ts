import { describe, expect, it } from 'vitest';
import { rendered } from '../../playground/rendered';

describe('the motivation template', () => {
  it('pays the manager at 120% of plan by the seed’s rules', async () => {
    const sheet = await rendered('motivation');
    // Target pay 100 000: fixed 30% = 30 000; KPI at 100% pays the soft 10% = 10 000; 1 200 000 of a
    // 1 000 000 plan is above 100%, so 2% of all the revenue (retro) = 24 000; total 64 000. No tier left.
    expect(sheet.values('A12:K12')).toEqual([
      ['Иванов Алексей', 100000, 1000000, 1200000, 1.2, 1, 30000, 10000, 24000, 64000, 0],
    ]);
    expect(sheet.errors()).toEqual([]);
  });

  it('pays the other managers by their tier, with what is left to the next one', async () => {
    const sheet = await rendered('motivation');
    expect(sheet.values('E13:K15')).toEqual([
      // 95%: 1% of 950 000; 50 000 short of 100%.
      [0.95, 1, 27000, 9000, 9500, 45500, 50000],
      // 75%: no commission; KPI at 90%, so no soft salary; 40 000 short of 80% of 800 000.
      [0.75, 0.9, 24000, 0, 0, 24000, 40000],
      // 90%: 1% of 810 000; 90 000 short of 100%.
      [0.9, 1.1, 25500, 8500, 8100, 42100, 90000],
    ]);
    expect(sheet.values('G16:J16')).toEqual([[106500, 27500, 41600, 175600]]);
  });

  it('switches the whole table to the marginal mode from the list', async () => {
    const sheet = await rendered('motivation');
    expect(sheet.workbook.sheetMetadata(sheet.name)!.choices.get('B9')).toEqual(['ретро', 'прогрессивная']);
    sheet.set('B9', 'прогрессивная');
    // 80–100% of 1 000 000 at 1% = 2 000, above 100% at 2% = 4 000.
    expect(sheet.values('I12:J12')).toEqual([[6000, 46000]]);
    // 95%: 150 000 × 1% = 1 500.
    expect(sheet.value('I13')).toBe(1500);
  });

  it('pays the head of sales for the department at 96%: coefficient 1', async () => {
    const sheet = await rendered('motivation');
    // 3 560 000 of 3 700 000 is 96.2%: 80–100% → coefficient 1 → bonus 60 000; KPI 100% pays the soft 20 000.
    expect(sheet.values('B22:B23')).toEqual([[3700000], [3560000]]);
    expect(sheet.value('B24')).toBeCloseTo(0.962162162, 9);
    expect(sheet.values('B29:E29')).toEqual([[60000, 20000, 60000, 140000]]);
    expect(sheet.value('B30')).toBe(140000);
  });

  it('recalculates the head’s bonus when a manager’s fact changes', async () => {
    const sheet = await rendered('motivation');
    sheet.set('D12', 1400000);
    // 3 760 000 of 3 700 000 is 101.6%: coefficient 2 → bonus 120 000; 120% is 4 440 000, 680 000 away.
    expect(sheet.values('B29:E29')).toEqual([[60000, 20000, 120000, 200000]]);
    expect(sheet.value('B30')).toBe(680000);
    sheet.set('B25', 0.9);
    expect(sheet.values('C29:E29')).toEqual([[0, 120000, 180000]]);
    expect(sheet.errors()).toEqual([]);
  });
});
