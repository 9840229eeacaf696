/**
 * Rendering a template into a host's workbook through the `Workbook` port: a new sheet under a free
 * name, free range names, then one call per block and one per kind of formatting. Synchronous over a
 * synchronous host (Apps Script), a promise over an asynchronous one (./steps.ts).
 */
import { layOutTemplate, type SheetLayout } from './layout';
import type { Lang, Template } from './model';
import { uniqueNameSuffix, uniqueSheetName } from './names';
import { andThen, inOrder, type MaybePromise } from './steps';
import type { Workbook } from './workbook';

/** Writes a laid-out template into `sheet`, which exists: batched, one call per block or kind. */
export function applyLayout(layout: SheetLayout, workbook: Workbook, sheet: string): MaybePromise<void> {
  return inOrder([
    ...layout.blocks.map((block) => () => workbook.writeBlock(sheet, block.anchor, block.rows)),
    ...layout.formats.map(
      ({ format, ranges }) =>
        () =>
          workbook.setNumberFormat(sheet, format, ranges),
    ),
    ...layout.styles.map(
      ({ style, ranges }) =>
        () =>
          workbook.setStyle(sheet, style, ranges),
    ),
    ...(layout.notes.length > 0 ? [() => workbook.setNotes(sheet, layout.notes)] : []),
    ...layout.lists.map(
      ({ range, values }) =>
        () =>
          workbook.setValidationList(sheet, range, values),
    ),
    ...(layout.names.length > 0 ? [() => workbook.addNamedRanges(sheet, layout.names)] : []),
    ...(layout.freezeRows > 0 ? [() => workbook.freezeRows(sheet, layout.freezeRows)] : []),
    ...(layout.columnWidths.length > 0 ? [() => workbook.setColumnWidths(sheet, layout.columnWidths)] : []),
    ...layout.charts.map((chart) => () => workbook.addChart(sheet, chart)),
    () => workbook.commit(),
  ]);
}

/** Renders `template` into a new sheet of `workbook`; returns the new sheet's name. */
export function renderTemplate(template: Template, workbook: Workbook, lang: Lang): MaybePromise<string> {
  return andThen(workbook.sheetNames(), (sheets) =>
    andThen(workbook.rangeNames(), (names) => {
      const sheet = uniqueSheetName(sheets, template.sheet[lang]);
      const layout = layOutTemplate(
        template,
        lang,
        workbook.functionPrefix,
        uniqueNameSuffix(names, Object.keys(template.names)),
      );
      return andThen(
        andThen(workbook.addSheet(sheet), () => applyLayout(layout, workbook, sheet)),
        () => sheet,
      );
    }),
  );
}
