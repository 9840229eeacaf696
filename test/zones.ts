/**
 * Apps Script's `Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm Z')` from Node's ICU, for the
 * time-zone tests: no Apps Script runs here.
 */
export function formatIn(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  return (date) => {
    const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    const offset = parts.timeZoneName === 'GMT' ? '+0000' : parts.timeZoneName.slice(3).replace(':', '');
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${offset}`;
  };
}

/** The services a Sheets custom function reads a date with, for a spreadsheet in `timeZone`. */
export function sheetsInZone(timeZone: string) {
  return {
    SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => timeZone }) },
    Utilities: {
      formatDate: (date: Date, zone: string, pattern: string) => {
        if (pattern !== 'yyyy-MM-dd HH:mm Z') throw new Error(`pattern not faked: ${pattern}`);
        return formatIn(zone)(date);
      },
    },
  };
}
