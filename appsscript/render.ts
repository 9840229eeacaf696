/**
 * Rendering a template inside an Apps Script server function, synchronously.
 *
 * The shared renderer (core/templates/render.ts) is async, and even over a host whose every call is
 * already done, each `await` resumes only from the microtask queue — after the synchronous code that
 * started it has returned. A server function's result is what it returns, so the new sheet's name would
 * be lost, and whether Apps Script runs the remaining microtasks afterwards (or unwraps a returned
 * promise for `google.script.run`) is not documented. So Sheets runs the renderer's steps itself, the
 * same calls in the same order, over the synchronous adapter: the pure parts (`layOutTemplate`, the
 * unique names) come from the core, and test/appsscript/workbook.test.ts checks that this makes exactly
 * what `renderTemplate` makes through the same adapter.
 */
import { layOutTemplate } from '../core/templates/layout';
import type { Lang, Template } from '../core/templates/model';
import { uniqueNameSuffix, uniqueSheetName } from '../core/templates/names';
import type { Workbook } from '../core/templates/workbook';
import type { Synchronous } from './workbook';

/** `renderTemplate` for a synchronous host: renders `template` into a new sheet and returns its name. */
export function renderTemplateNow(template: Template, workbook: Synchronous<Workbook>, lang: Lang): string {
  const sheet = uniqueSheetName(workbook.sheetNames(), template.sheet[lang]);
  const layout = layOutTemplate(template, lang, workbook.functionPrefix, uniqueNameSuffix(workbook.rangeNames(), Object.keys(template.names)));

  workbook.addSheet(sheet);
  for (const block of layout.blocks) workbook.writeBlock(sheet, block.anchor, block.rows);
  for (const { format, ranges } of layout.formats) workbook.setNumberFormat(sheet, format, ranges);
  for (const { style, ranges } of layout.styles) workbook.setStyle(sheet, style, ranges);
  if (layout.notes.length > 0) workbook.setNotes(sheet, layout.notes);
  for (const { range, values } of layout.lists) workbook.setValidationList(sheet, range, values);
  if (layout.names.length > 0) workbook.addNamedRanges(sheet, layout.names);
  if (layout.freezeRows > 0) workbook.freezeRows(sheet, layout.freezeRows);
  if (layout.columnWidths.length > 0) workbook.setColumnWidths(sheet, layout.columnWidths);
  for (const chart of layout.charts) workbook.addChart(sheet, chart);
  workbook.commit();
  return sheet;
}
