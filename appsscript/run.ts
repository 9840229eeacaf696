/** Sheets' side of SPEC.md §1: a lone error is thrown as `Error("#NUM! …")`, errors in arrays become text. */
import { isDate } from '../core/values';
import { LOCAL_ZONE, type Zone, zoneFromFormatter } from '../core/dates';
import type { FormulaError } from '../core/errors';
import { runFormula } from '../core/runner';
import type { FormulaSpec, ParamSpec } from '../core/spec';

const asText = (error: FormulaError) => `${error.kind} ${error.message}`;

/**
 * Sheets passes a date cell as the instant its date and time begin in the *spreadsheet's* time zone,
 * which need not be the script's (the zone a `Date`'s own getters use). So a date is read, and a date
 * result made, in the spreadsheet's zone; where that cannot be read, in the script's.
 */
function spreadsheetZone(): Zone {
  try {
    const timeZone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
    return zoneFromFormatter((date) => Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm Z'));
  } catch {
    return LOCAL_ZONE;
  }
}

/**
 * Dates anywhere in an argument (a cell or a range) as serial days; everything else as it was. A range
 * with no date in it is returned as it came, not copied: a long column of serials costs one pass.
 */
function serials(raw: unknown, zone: () => Zone): unknown {
  if (!Array.isArray(raw)) return isDate(raw) && !Number.isNaN(raw.getTime()) ? zone().serialAt(raw) : raw;
  let copy: unknown[] | undefined;
  for (let i = 0; i < raw.length; i++) {
    const read = serials(raw[i], zone);
    if (read !== raw[i]) (copy ??= raw.slice())[i] = read;
  }
  return copy ?? raw;
}

function datesOf(result: unknown, zone: Zone): unknown {
  if (Array.isArray(result)) return result.map((cell) => datesOf(cell, zone));
  return typeof result === 'number' ? zone.startOf(result) : result;
}

const isDateParam = (param: ParamSpec | undefined) =>
  param?.kind === 'date' || (param?.kind === 'list' && param.of === 'date');

export function runInSheets(spec: FormulaSpec, rawArgs: readonly unknown[]): unknown {
  let zone: Zone | undefined;
  const known = () => (zone ??= spreadsheetZone());
  const args = rawArgs.map((arg, k) => (isDateParam(spec.params[k]) ? serials(arg, known) : arg));
  const outcome = runFormula(spec, args, asText);
  if (outcome !== null && typeof outcome === 'object' && !Array.isArray(outcome))
    throw new Error(asText(outcome));
  return spec.result.shape === 'scalar' && spec.result.date ? datesOf(outcome, known()) : outcome;
}
