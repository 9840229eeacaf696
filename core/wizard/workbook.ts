/**
 * What the decomposition wizard needs of a host beyond the template port: where the user's selection
 * is, and whether a range is empty (SPEC.md §3: the wizard writes at the selection only when every
 * target cell is empty, and never overwrites anything).
 */
import type { MaybePromise } from '../templates/steps';
import type { Workbook } from '../templates/workbook';

export interface Selection {
  sheet: string;
  /** The selection's top-left cell, A1 style. */
  anchor: string;
}

export interface WizardWorkbook extends Workbook {
  selection(): MaybePromise<Selection>;
  /** True when no cell of `range` (A1, on `sheet`) holds a value or a formula. */
  isEmpty(sheet: string, range: string): MaybePromise<boolean>;
}
