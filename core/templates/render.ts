/**
 * Rendering a template into a host's workbook through the `Workbook` port: a new sheet under a free
 * name, free range names, then one call per block and one per kind of formatting.
 */
import { layOutTemplate, type SheetLayout } from './layout';
import type { Lang, Template } from './model';
import { uniqueNameSuffix, uniqueSheetName } from './names';
import type { Workbook } from './workbook';

/** Writes a laid-out template into `sheet`, which exists: batched, one call per block or kind. */
export async function applyLayout(layout: SheetLayout, workbook: Workbook, sheet: string): Promise<void> {
  for (const block of layout.blocks) await workbook.writeBlock(sheet, block.anchor, block.rows);
  for (const { format, ranges } of layout.formats) await workbook.setNumberFormat(sheet, format, ranges);
  for (const { style, ranges } of layout.styles) await workbook.setStyle(sheet, style, ranges);
  if (layout.notes.length > 0) await workbook.setNotes(sheet, layout.notes);
  for (const { range, values } of layout.lists) await workbook.setValidationList(sheet, range, values);
  if (layout.names.length > 0) await workbook.addNamedRanges(sheet, layout.names);
  if (layout.freezeRows > 0) await workbook.freezeRows(sheet, layout.freezeRows);
  if (layout.columnWidths.length > 0) await workbook.setColumnWidths(sheet, layout.columnWidths);
  for (const chart of layout.charts) await workbook.addChart(sheet, chart);
  await workbook.commit();
}

/** Renders `template` into a new sheet of `workbook`; returns the new sheet's name. */
export async function renderTemplate(template: Template, workbook: Workbook, lang: Lang): Promise<string> {
  const [sheets, names] = await Promise.all([workbook.sheetNames(), workbook.rangeNames()]);
  const sheet = uniqueSheetName(sheets, template.sheet[lang]);
  const layout = layOutTemplate(template, lang, workbook.functionPrefix, uniqueNameSuffix(names, Object.keys(template.names)));
  await workbook.addSheet(sheet);
  await applyLayout(layout, workbook, sheet);
  return sheet;
}
