/** Templates rendered into the playground's HyperFormula, with the cells read and written by A1 address. */
import type { HyperFormula } from 'hyperformula';
import { catalogue } from '../../.generated/catalogue';
import { cellsOf, columnName, parseCell } from '../../core/templates/a1';
import { templateById } from '../../core/templates/registry';
import type { Lang } from '../../core/templates/model';
import { renderTemplate } from '../../core/templates/render';
import { createEngine } from '../../playground/engine';
import { PlaygroundWorkbook } from '../../playground/workbook';

export interface RenderedSheet {
  engine: HyperFormula;
  workbook: PlaygroundWorkbook;
  name: string;
  /** The value shown in a cell: a number, text, `null` for empty, or an error's code ("#NUM!"). */
  value(cell: string): unknown;
  /** The values of a range, row by row. */
  values(range: string): unknown[][];
  set(cell: string, value: string | number | null): void;
  /** Every cell of the sheet showing an error, as "B5: #NUM! message". */
  errors(): string[];
}

export function sheetOf(workbook: PlaygroundWorkbook, name: string): RenderedSheet {
  const { engine } = workbook;
  const sheet = engine.getSheetId(name)!;
  const shown = (raw: unknown) =>
    raw !== null && typeof raw === 'object' && 'value' in raw ? (raw as { value: string }).value : raw;
  return {
    engine,
    workbook,
    name,
    value: (cell) => shown(engine.getCellValue({ sheet, ...parseCell(cell) })),
    values: (range) => {
      const cells = cellsOf(range);
      const columns = cells[cells.length - 1].col - cells[0].col + 1;
      const flat = cells.map((position) => shown(engine.getCellValue({ sheet, ...position })));
      return Array.from({ length: flat.length / columns }, (_, row) =>
        flat.slice(row * columns, (row + 1) * columns),
      );
    },
    set: (cell, value) => engine.setCellContents({ sheet, ...parseCell(cell) }, value),
    errors: () =>
      engine.getSheetValues(sheet).flatMap((row, r) =>
        row.flatMap((raw, c) => {
          const error = raw as { value?: string; message?: string } | null;
          return error !== null && typeof error === 'object' && 'value' in error
            ? [`${columnName(c)}${r + 1}: ${error.value} ${error.message}`]
            : [];
        }),
      ),
  };
}

/** A fresh engine with one template rendered into it. */
export async function rendered(id: string, lang: Lang = 'ru'): Promise<RenderedSheet> {
  const workbook = new PlaygroundWorkbook(createEngine(catalogue));
  const name = await renderTemplate(templateById(id)!, workbook, lang);
  return sheetOf(workbook, name);
}
