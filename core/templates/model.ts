/**
 * Templates as host-neutral data (SPEC.md §3): blocks of cells at A1 anchors — labels, inputs and live
 * formulas — plus number formats, named inputs, validation lists, frozen rows, column widths and
 * charts. Texts come in Russian and English; the renderer picks one. Hosts never see this model: the
 * renderer turns it into calls on the `Workbook` port.
 */
import type { Lang, Texts } from '../lang';

export type { Lang, Texts };

/** A small set every host maps to its own format code (see `NUMBER_FORMAT_CODES`). */
export type NumberFormat = 'money' | 'percent' | 'integer' | 'number' | 'date';

/** Values offered in a drop-down, per language: each must be a spelling the formulas accept. */
export interface Choices {
  ru: readonly string[];
  en: readonly string[];
}

export interface LabelCell {
  kind: 'label';
  text: Texts;
  style?: 'title' | 'header';
  note?: Texts;
}

/** A cell the user fills: shown as an input (fill colour) with a note saying what to enter. */
export interface InputCell {
  kind: 'input';
  /** A number, a text in both languages, or `null` for an input left blank (a fact not yet known). */
  value: number | Texts | null;
  /**
   * A formula the input starts with until the user types over it: the report date's =TODAY(). Takes the
   * place of `value`.
   */
  formula?: string;
  format?: NumberFormat;
  note?: Texts;
  choices?: Choices;
}

/**
 * A live formula over the template's own cells. ROP Kit functions are called by their bare name; the
 * only other functions allowed are `STANDARD_FUNCTIONS`. Arithmetic stays on single cells (Sheets
 * needs ARRAYFORMULA for arithmetic on ranges); ranges go to ROP Kit functions whole.
 */
export interface FormulaCell {
  kind: 'formula';
  /** Per language when the formula has words in it (`"ниже вилки"` / `"below the band"`). */
  formula: string | Texts;
  format?: NumberFormat;
  note?: Texts;
}

/** A cell an array result spills into from the formula above or to the left: written empty, formatted. */
export interface SpillCell {
  kind: 'spill';
  format?: NumberFormat;
}

/** `null` leaves the cell empty. */
export type TemplateCell = LabelCell | InputCell | FormulaCell | SpillCell | null;

export interface Block {
  /** Top-left cell, A1 style. */
  anchor: string;
  rows: readonly (readonly TemplateCell[])[];
}

/**
 * A chart over the template's cells. Categories and every series are single columns of the same rows
 * (a host adds each series by its own range, so they need not be adjacent).
 */
export interface ChartSpec {
  type: 'column' | 'bar';
  title: Texts;
  categories: string;
  series: readonly { name: Texts; values: string }[];
  /** The cell under the chart's top-left corner; size in pixels. */
  anchor: string;
  width: number;
  height: number;
}

export interface Template {
  /**
   * Kebab-case and unique in the catalogue (core/templates/registry.ts), from which every host's list,
   * menu item and command follows (Sheets: the global `insertTemplate_<id>`). Never changes once shipped.
   */
  id: string;
  /** The sheet's name, and what the wizard lists. */
  sheet: Texts;
  /** One sentence for the wizard's list of templates. */
  description: Texts;
  blocks: readonly Block[];
  /** Workbook names of input cells or ranges (`plan_year_target` → `B5`), suffixed on a repeat insert. */
  names: Readonly<Record<string, string>>;
  /** Rows kept in view while scrolling; 0 for none. */
  freezeRows: number;
  /** Widths in pixels of columns A, B, C…; columns beyond keep the host's default. */
  columnWidths: readonly number[];
  charts: readonly ChartSpec[];
}

export const t = (ru: string, en: string): Texts => ({ ru, en });

export const label = (text: Texts, note?: Texts): LabelCell => ({ kind: 'label', text, note });
export const title = (text: Texts): LabelCell => ({ kind: 'label', text, style: 'title' });
export const header = (text: Texts, note?: Texts): LabelCell => ({
  kind: 'label',
  text,
  style: 'header',
  note,
});

export const input = (
  value: number | Texts | null,
  format?: NumberFormat,
  note?: Texts,
  choices?: Choices,
): InputCell => ({
  kind: 'input',
  value,
  format,
  note,
  choices,
});

/** An input that holds a formula until the user types a value over it (the report date's =TODAY()). */
export const inputFormula = (text: string, format?: NumberFormat, note?: Texts): InputCell => ({
  kind: 'input',
  value: null,
  formula: text,
  format,
  note,
});

export const formula = (text: string | Texts, format?: NumberFormat, note?: Texts): FormulaCell => ({
  kind: 'formula',
  formula: text,
  format,
  note,
});

export const spill = (format?: NumberFormat): SpillCell => ({ kind: 'spill', format });

/** `count` spill cells in a row, e.g. the rest of a SALES_DECOMPOSE row. */
export const spills = (count: number, format?: NumberFormat): SpillCell[] =>
  Array.from({ length: count }, () => spill(format));
