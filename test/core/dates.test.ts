import { describe, expect, it } from 'vitest';
import { formatIn } from '../zones';
import { parseDateText, partsOf, serialOf, shownDate, weekdayOf, zoneFromFormatter } from '../../core/dates';

const intlZone = (timeZone: string) => zoneFromFormatter(formatIn(timeZone));

describe('serial days', () => {
  it('count from 1899-12-30, as Excel and Sheets do', () => {
    expect(serialOf(1899, 12, 30)).toBe(0);
    expect(serialOf(2026, 1, 15)).toBe(46037);
    expect(partsOf(46037)).toEqual({ year: 2026, month: 1, day: 15 });
    expect(shownDate(46398)).toBe('11.01.2027');
  });

  it('know the day of the week: 01.01.2026 a Thursday, 20.02.2027 a Saturday', () => {
    expect(weekdayOf(serialOf(2026, 1, 1))).toBe(4);
    expect(weekdayOf(serialOf(2027, 2, 20))).toBe(6);
  });
});

describe('dates typed as text', () => {
  it('reads 31.12.2026 and 2026-12-31, trimmed, and 1.2.2026 without leading zeros', () => {
    expect(parseDateText('31.12.2026')).toBe(serialOf(2026, 12, 31));
    expect(parseDateText(' 2026-12-31 ')).toBe(serialOf(2026, 12, 31));
    expect(parseDateText('1.2.2026')).toBe(serialOf(2026, 2, 1));
  });

  it('refuses days that do not exist and anything else', () => {
    for (const text of [
      '32.01.2026',
      '29.02.2027',
      '31.04.2026',
      '00.01.2026',
      '2026-13-01',
      'abc',
      '31/12/2026',
      '46037',
    ])
      expect(parseDateText(text), text).toBeUndefined();
    expect(parseDateText('29.02.2024')).toBe(serialOf(2024, 2, 29));
  });
});

describe('a Sheets date in the spreadsheet’s time zone', () => {
  // What Sheets passes for a cell showing 15.01.2026 in a Moscow spreadsheet: midnight in Moscow, 21:00 UTC the day before.
  const moscowMidnight = new Date(Date.UTC(2026, 0, 14, 21));
  // The same cell in a New York spreadsheet: midnight in New York, 05:00 UTC that day.
  const newYorkMidnight = new Date(Date.UTC(2026, 0, 15, 5));

  it('is the date the cell shows, whichever zone the script runs in', () => {
    expect(intlZone('Europe/Moscow').serialAt(moscowMidnight)).toBe(46037);
    expect(intlZone('America/New_York').serialAt(newYorkMidnight)).toBe(46037);
    // Read in the wrong zone each would be another day: the reason the edge asks the spreadsheet.
    expect(intlZone('America/New_York').serialAt(moscowMidnight)).toBe(46036);
    expect(intlZone('Europe/Moscow').serialAt(newYorkMidnight)).toBe(46037);
    expect(intlZone('Asia/Tokyo').serialAt(newYorkMidnight)).toBe(46037);
    expect(intlZone('Pacific/Kiritimati').serialAt(moscowMidnight)).toBe(46037);
  });

  it('drops the time of day: 15.01.2026 18:00 in Moscow is still the 15th', () => {
    expect(intlZone('Europe/Moscow').serialAt(new Date(Date.UTC(2026, 0, 15, 15)))).toBe(46037);
  });

  it('is made as the midnight that begins the date in that zone, across a clock change too', () => {
    expect(intlZone('Europe/Moscow').startOf(46398).toISOString()).toBe('2027-01-10T21:00:00.000Z');
    expect(intlZone('America/New_York').startOf(46398).toISOString()).toBe('2027-01-11T05:00:00.000Z');
    // 8 March 2026: New York moves its clocks at 02:00; midnight is still at UTC−5. 9 March: UTC−4.
    expect(
      intlZone('America/New_York')
        .startOf(serialOf(2026, 3, 8))
        .toISOString(),
    ).toBe('2026-03-08T05:00:00.000Z');
    expect(
      intlZone('America/New_York')
        .startOf(serialOf(2026, 3, 9))
        .toISOString(),
    ).toBe('2026-03-09T04:00:00.000Z');
  });
});
