import { describe, expect, it } from 'vitest';
import { isWorkday } from '../../../core/calendar';
import { rendered } from '../../playground/rendered';

/** A serial day number (days since 1899-12-30), as the report date cell holds it. */
const serial = (year: number, month: number, day: number) =>
  (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 864e5;

describe('the daily meeting template', () => {
  it('reports on the date its sample facts run through, 23.01.2026, as a typed date cell', async () => {
    const sheet = await rendered('daily-meeting');
    expect(sheet.value('B5')).toBe(serial(2026, 1, 23));
    // January 2026: 15 working days, 10 of them through the 23rd (12–16 and 19–23).
    expect([sheet.value('B6'), sheet.value('B7'), sheet.value('B8')]).toEqual([15, 10, 5]);
    expect(sheet.errors()).toEqual([]);
  });

  it('reports on the last working day when the note’s formula is typed in', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '=WORKDAY_RU(TODAY(),-1)');
    const now = new Date();
    let expected = serial(now.getFullYear(), now.getMonth() + 1, now.getDate()) - 1;
    while (!isWorkday(expected)) expected--;
    expect(sheet.value('B5')).toBe(expected);
    expect(sheet.errors()).toEqual([]);
  });

  it('gives each manager’s and the department’s pace on 23.01.2026, as SPEC’s PACE example', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '23.01.2026');
    // January 2026: 15 working days, 10 gone (12–16 and 19–23 January), 5 left.
    expect(sheet.values('B6:B8').flat()).toEqual([15, 10, 5]);
    // Ivanov, plan 600 000, sold 290 000: due 600 000 × 10/15 = 400 000; 290/400 = 72.5%;
    // forecast 290 000 × 15/10 = 435 000; (600 000 − 290 000) / 5 = 62 000 a day.
    expect(sheet.values('D13:G13')).toEqual([[400000, 0.725, 435000, 62000]]);
    // The department: plans 600 + 520 + 480 + 440 + 360 = 2 400 thousand, sales 290 + 240 + 180 + 215 + 150 =
    // 1 075 thousand: due 1 600 000; 1 075/1 600 = 67.1875%; forecast 1 612 500; 1 325 000 / 5 = 265 000.
    expect(sheet.values('B18:G18')).toEqual([[2400000, 1075000, 1600000, 0.671875, 1612500, 265000]]);
    // SPEC's example in the first row: PACE(300 000, 1 000 000, 23.01.2026).
    sheet.set('B13', 1000000);
    sheet.set('C13', 300000);
    const [toDate, fulfilment, forecast, daily] = sheet.values('D13:G13')[0] as number[];
    expect(toDate).toBeCloseTo(666666.67, 2);
    expect([fulfilment, forecast, daily]).toEqual([0.45, 450000, 140000]);
    expect(sheet.errors()).toEqual([]);
  });

  it('sets the counters’ daily norm from the month’s working days and compares each manager with it', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '23.01.2026');
    // 15 working days, 5 managers: 5 500 / 75 = 73.3 → 74 calls; 1 925 / 75 = 25.7 → 26 meetings;
    // 1 540 / 75 = 20.5 → 21 invoices; 960 / 75 = 12.8 → 13 payments.
    expect(sheet.values('B23:E23')).toEqual([[74, 26, 21, 13]]);
    // The report day: Ivanov made 55 calls of 74; the department 55 + 49 + 38 + 52 + 44 = 238 of 74 × 5 = 370.
    expect(sheet.value('F27')).toBeCloseTo(55 / 74, 9);
    expect(sheet.value('B32')).toBe(238);
    expect(sheet.value('F32')).toBeCloseTo(238 / 370, 9);
    // Since the 1st: Ivanov's 116 payments of 13 × 10 days = 130 → 89.2%; the department's 2 385 calls of
    // 74 × 10 × 5 = 3 700.
    expect(sheet.value('I36')).toBeCloseTo(116 / 130, 9);
    expect(sheet.value('B41')).toBe(2385);
    expect(sheet.value('F41')).toBeCloseTo(2385 / 3700, 9);
  });

  it('holds a sample of the middle of a 22-day month: 14.12.2026 is its 10th working day', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '14.12.2026');
    // December 2026: 22 working days (31 December is a day off by decree № 1466): norms 5 500 / 110 = 50,
    // 1 925 / 110 = 17.5 → 18, 1 540 / 110 = 14, 960 / 110 = 8.7 → 9; the seed's 50 calls a day.
    expect(sheet.values('B6:B7').flat()).toEqual([22, 10]);
    expect(sheet.values('B23:E23')).toEqual([[50, 18, 14, 9]]);
    // The department sold 1 075 000 of 2 400 000 × 10/22 = 1 090 909.09 due: 98.5%, on track.
    expect(sheet.value('D18')).toBeCloseTo(1090909.09, 2);
    expect(sheet.value('E18')).toBeCloseTo(1075000 / (2400000 / 22) / 10, 9);
    // Payments since the 1st × the average check 2 500 are each one's sales: 116 × 2 500 = 290 000.
    expect(
      sheet
        .values('E36:E40')
        .flat()
        .map((payments) => (payments as number) * 2500),
    ).toEqual(sheet.values('C13:C17').flat());
  });

  it('moves PACE with the report date', async () => {
    const sheet = await rendered('daily-meeting');
    sheet.set('B5', '23.01.2026');
    expect(sheet.value('D13')).toBe(400000);
    sheet.set('B5', '14.12.2026');
    // 600 000 × 10/22.
    expect(sheet.value('D13')).toBeCloseTo(272727.27, 2);
  });

  it('shows no error cell on a holiday, a weekend, the last day of a month or a working Saturday', async () => {
    const sheet = await rendered('daily-meeting');
    // 1 January 2027: a holiday before the month's first working day (11 January).
    sheet.set('B5', '01.01.2027');
    expect(sheet.values('B6:B8').flat()).toEqual([15, 0, 15]);
    // Nothing due yet: fulfilment and forecast blank; (600 000 − 290 000) / 15 = 20 666.67 a day still needed.
    expect(sheet.values('D13:F13')).toEqual([[0, '', '']]);
    expect(sheet.value('G13')).toBeCloseTo(20666.67, 2);
    // A day off has no norm, and no working day has gone: every % is blank.
    expect(sheet.values('F27:I27')).toEqual([['', '', '', '']]);
    expect(sheet.values('F36:I36')).toEqual([['', '', '', '']]);
    expect(sheet.errors()).toEqual([]);

    // Saturday 5 December 2026: the day's % blank, the month's counted over 4 working days (1–4 December).
    sheet.set('B5', '05.12.2026');
    expect(sheet.value('B7')).toBe(4);
    expect(sheet.values('F27:I27')).toEqual([['', '', '', '']]);
    expect(sheet.value('F36')).toBeCloseTo(530 / 200, 9);
    expect(sheet.errors()).toEqual([]);

    // 31 December 2026, a transferred day off and the month's last day: all 22 gone, the whole plan due,
    // no working day left for an unmet plan, so the daily target is blank.
    sheet.set('B5', '31.12.2026');
    expect(sheet.values('B7:B8').flat()).toEqual([22, 0]);
    // 290 000 / 600 000 = 48.3%; the forecast is the fact itself.
    expect(sheet.values('D13:G13')).toEqual([[600000, 0.48333333333, 290000, '']]);
    expect(sheet.errors()).toEqual([]);

    // Saturday 20 February 2027 is a working day (decree № 1187): the day has a norm. February 2027 has 19
    // working days, 16 gone by the 20th; 5 500 / (5 × 19) = 57.9 → 58 calls.
    sheet.set('B5', '20.02.2027');
    expect(sheet.values('B6:B7').flat()).toEqual([19, 16]);
    expect(sheet.value('F27')).toBeCloseTo(55 / 58, 9);
    expect(sheet.errors()).toEqual([]);
  });

  it('evaluates in English too', async () => {
    const sheet = await rendered('daily-meeting', 'en');
    sheet.set('B5', '23.01.2026');
    expect(sheet.value('A12')).toBe('Manager');
    expect(sheet.value('A27')).toBe('Alexey Ivanov');
    expect(sheet.value('D13')).toBe(400000);
    expect(sheet.errors()).toEqual([]);
  });
});
