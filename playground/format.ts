/** How the grid shows a cell's value: the sheet's number format, the UI's locale, errors by their code. */
import type { NumberFormat } from '../core/templates/model';
import { localeOf, type Lang } from '../ui/language';
import { formatCell } from '../ui/reference';

export interface ErrorValue {
  value: string;
  message?: string;
}

export const isError = (value: unknown): value is ErrorValue =>
  typeof value === 'object' && value !== null && 'value' in value;

/** A template's number format, or a date typed into a cell. */
export type CellFormat = NumberFormat | 'date' | undefined;

export function formatValue(value: unknown, format: CellFormat, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (isError(value)) return value.value;
  if (typeof value === 'boolean')
    return lang === 'ru' ? (value ? 'ИСТИНА' : 'ЛОЖЬ') : String(value).toUpperCase();
  if (typeof value !== 'number' || !format) return formatCell(value as number | string, lang);
  const locale = localeOf(lang);
  if (format === 'percent')
    return value.toLocaleString(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
  if (format === 'money') return `${value.toLocaleString(locale, { maximumFractionDigits: 0 })} ₽`;
  if (format === 'integer') return value.toLocaleString(locale, { maximumFractionDigits: 0 });
  if (format === 'date') {
    // A serial day number (days since 1899-12-30), as Excel and HyperFormula store dates.
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000);
    return date.toLocaleDateString(locale, { timeZone: 'UTC' });
  }
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** The format a typed entry gives a cell that has none, as Excel does: `35%` makes it a percent cell. */
export function formatOfEntry(type: string): CellFormat {
  if (type === 'NUMBER_PERCENT') return 'percent';
  if (type === 'NUMBER_CURRENCY') return 'money';
  if (type === 'NUMBER_DATE') return 'date';
  return undefined;
}
