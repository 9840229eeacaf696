/**
 * Dates as the core sees them (SPEC.md §1, "Dates"): serial day numbers, days since 1899-12-30, as
 * Excel stores them. Hosts convert at the edge; this module reads what they pass and knows no time zone
 * except through a `Zone` a host gives it.
 */

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01: 1899-12-30 is day 0. */
const UNIX_EPOCH_SERIAL = 25_569;

export function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS + UNIX_EPOCH_SERIAL;
}

export function partsOf(serial: number): { year: number; month: number; day: number } {
  const date = new Date((serial - UNIX_EPOCH_SERIAL) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 Sunday … 6 Saturday: day 0, 1899-12-30, was a Saturday. */
export const weekdayOf = (serial: number) => (((serial + 6) % 7) + 7) % 7;

const pad = (n: number) => String(n).padStart(2, '0');

/** "31.12.2026": how the messages show a date, as a Russian user writes it; a serial no calendar has, as typed. */
export function shownDate(serial: number): string {
  const { year, month, day } = partsOf(serial);
  return Number.isNaN(year) || year < 1 || year > 9999 ? String(serial) : `${pad(day)}.${pad(month)}.${year}`;
}

/** The serial of a valid calendar date, or `undefined` for 32.01.2026 or 29.02.2027. */
function validSerial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const serial = serialOf(year, month, day);
  return partsOf(serial).day === day ? serial : undefined;
}

const RUSSIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date typed as text — "31.12.2026" or "2026-12-31", trimmed — or `undefined`. */
export function parseDateText(text: string): number | undefined {
  const trimmed = text.trim();
  const ru = RUSSIAN.exec(trimmed);
  if (ru) return validSerial(Number(ru[3]), Number(ru[2]), Number(ru[1]));
  const iso = ISO.exec(trimmed);
  if (iso) return validSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/**
 * What a host knows of the time zone a date is shown in: the calendar date of an instant, and the
 * instant a date begins. Sheets gives the spreadsheet's zone (appsscript/run.ts); without one a `Date`
 * is read in the runtime's own zone.
 */
export interface Zone {
  serialAt(date: Date): number;
  startOf(serial: number): Date;
}

export const LOCAL_ZONE: Zone = {
  serialAt: (date) => serialOf(date.getFullYear(), date.getMonth() + 1, date.getDate()),
  startOf: (serial) => {
    const { year, month, day } = partsOf(serial);
    return new Date(year, month - 1, day);
  },
};

/**
 * A zone from one function that formats an instant as "yyyy-MM-dd HH:mm Z" in that zone (Apps Script's
 * `Utilities.formatDate`, or `Intl` in tests). Instants are cached: a column of dates repeats days.
 */
export function zoneFromFormatter(format: (date: Date) => string): Zone {
  const serials = new Map<number, number>();
  const offsetMinutes = (t: number) => {
    const zone = /([+-])(\d{2}):?(\d{2})$/.exec(format(new Date(t)))!;
    return (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  };
  return {
    serialAt(date) {
      const t = date.getTime();
      let serial = serials.get(t);
      if (serial === undefined) {
        serial = parseDateText(format(date).slice(0, 10))!;
        serials.set(t, serial);
      }
      return serial;
    },
    startOf(serial) {
      const midnightUtc = (serial - UNIX_EPOCH_SERIAL) * DAY_MS;
      // The offset at UTC midnight, then at the instant found: they differ only across a clock change.
      let t = midnightUtc - offsetMinutes(midnightUtc) * 60_000;
      t = midnightUtc - offsetMinutes(t) * 60_000;
      return new Date(t);
    },
  };
}
