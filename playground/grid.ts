/**
 * A small spreadsheet grid over one HyperFormula sheet at a time: every cell is an input labelled
 * with its address; the formula bar edits the selected cell. Number formats, input styling, notes,
 * drop-downs, frozen rows and column widths come from the workbook's metadata. Values are rendered
 * as text, never as HTML.
 */
import type { NumberFormat } from '../core/templates/model';
import { el } from '../ui/dom';
import { type Lang, localeOf } from '../ui/language';
import { formatCell } from '../ui/reference';
import type { PlaygroundWorkbook, SheetMetadata } from './workbook';

export const columnName = (column: number) => String.fromCharCode(65 + column);
export const address = (row: number, column: number) => `${columnName(column)}${row + 1}`;

interface ErrorValue {
  value: string;
  message: string;
}

const isError = (value: unknown): value is ErrorValue =>
  typeof value === 'object' && value !== null && 'value' in value;

export function formatValue(value: unknown, format: NumberFormat | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (isError(value)) return value.value;
  if (typeof value !== 'number' || !format) return formatCell(value as number | string | boolean, lang);
  const locale = localeOf(lang);
  if (format === 'percent')
    return value.toLocaleString(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
  if (format === 'money') return `${value.toLocaleString(locale, { maximumFractionDigits: 0 })} ₽`;
  if (format === 'integer') return value.toLocaleString(locale, { maximumFractionDigits: 0 });
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

export interface Grid {
  element: HTMLElement;
  show(sheet: string): void;
  refresh(): void;
}

export function createGrid(
  workbook: PlaygroundWorkbook,
  lang: Lang,
  labels: { formula: string; cell: string },
): Grid {
  const { engine } = workbook;
  let sheetName = '';
  let sheet = 0;
  let meta: SheetMetadata | undefined;
  let rows = 0;
  let columns = 0;
  let inputs: HTMLInputElement[][] = [];
  let selected = { row: 0, column: 0 };

  const nameBox = el('output', { class: 'name-box', 'aria-label': labels.cell }, 'A1');
  const formulaBar = el('input', {
    type: 'text',
    class: 'formula-bar',
    'aria-label': labels.formula,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const messageLine = el('p', { class: 'cell-message', role: 'status' });
  const scroller = el('div', { class: 'grid-scroll' });
  const lists = el('div', { hidden: '' });

  const raw = (row: number, column: number) => {
    const formula = engine.getCellFormula({ sheet, row, col: column });
    if (formula) return formula;
    const value = engine.getCellSerialized({ sheet, row, col: column });
    if (value === null || value === undefined) return '';
    return String(value).replace(/^'/, '');
  };

  const refresh = () => {
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const input = inputs[row][column];
        if (document.activeElement === input) continue;
        const cell = address(row, column);
        const value = engine.getCellValue({ sheet, row, col: column });
        input.value = formatValue(value, meta?.formats.get(cell), lang);
        input.title = isError(value) ? value.message : (meta?.notes.get(cell) ?? '');
        input.classList.toggle('error', isError(value));
        input.classList.toggle('noted', !isError(value) && Boolean(meta?.notes.get(cell)));
        input.classList.toggle('number', typeof value === 'number');
      }
    }
    const value = engine.getCellValue({ sheet, row: selected.row, col: selected.column });
    messageLine.textContent = isError(value)
      ? `${value.value} ${value.message}`
      : (meta?.notes.get(address(selected.row, selected.column)) ?? '');
    messageLine.classList.toggle('error', isError(value));
  };

  const commit = (row: number, column: number, text: string) => {
    if (text === raw(row, column)) return;
    const trimmed = text.trim();
    const content = /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : text;
    engine.setCellContents({ sheet, row, col: column }, [[text === '' ? null : content]]);
    refresh();
  };

  const select = (row: number, column: number) => {
    selected = { row, column };
    workbook.selected = { sheet: sheetName, anchor: address(row, column) };
    nameBox.textContent = address(row, column);
    formulaBar.value = raw(row, column);
    refresh();
  };

  function build() {
    const dimensions = engine.getSheetDimensions(sheet);
    rows = Math.max(30, dimensions.height + 5);
    columns = Math.min(26, Math.max(8, dimensions.width + 2));
    const widths = meta?.columnWidths ?? [];
    lists.replaceChildren();
    inputs = [];
    const header = el(
      'tr',
      {},
      el('th', {}),
      ...Array.from({ length: columns }, (_, c) =>
        el('th', { scope: 'col', style: widths[c] ? `min-width:${widths[c]}px` : '' }, columnName(c)),
      ),
    );
    const body = Array.from({ length: rows }, (_, row) => {
      inputs[row] = [];
      const cells = Array.from({ length: columns }, (_, column) => {
        const cell = address(row, column);
        const choices = meta?.choices.get(cell);
        const attributes: Record<string, string> = {
          type: 'text',
          'aria-label': cell,
          spellcheck: 'false',
          autocomplete: 'off',
        };
        if (choices) {
          const id = `list-${cell}`;
          lists.append(el('datalist', { id }, ...choices.map((choice) => el('option', { value: choice }))));
          attributes.list = id;
        }
        if (widths[column]) attributes.style = `width:${widths[column]}px`;
        const input = el('input', attributes);
        const style = meta?.styles.get(cell);
        if (style) input.classList.add(`style-${style}`);
        input.addEventListener('focus', () => {
          select(row, column);
          input.value = raw(row, column);
        });
        input.addEventListener('input', () => (formulaBar.value = input.value));
        input.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(row, column, input.value);
            inputs[Math.min(row + 1, rows - 1)][column].focus();
          } else if (event.key === 'Escape') {
            input.value = raw(row, column);
            input.blur();
          }
        });
        input.addEventListener('blur', () => {
          commit(row, column, input.value);
          refresh();
        });
        inputs[row][column] = input;
        return el('td', {}, input);
      });
      const frozen = row < (meta?.frozenRows ?? 0);
      return el(
        'tr',
        frozen ? { class: 'frozen', style: `top:${22 + row * 25}px` } : {},
        el('th', { scope: 'row' }, String(row + 1)),
        ...cells,
      );
    });
    scroller.replaceChildren(
      el(
        'table',
        { class: 'grid', role: 'grid', 'aria-label': sheetName },
        el('thead', {}, header),
        el('tbody', {}, ...body),
      ),
      lists,
    );
  }

  formulaBar.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit(selected.row, selected.column, formulaBar.value);
    formulaBar.value = raw(selected.row, selected.column);
  });

  const element = el(
    'div',
    { class: 'sheet' },
    el(
      'div',
      { class: 'bar' },
      nameBox,
      el('span', { class: 'fx', 'aria-hidden': 'true' }, 'fx'),
      formulaBar,
    ),
    messageLine,
    scroller,
  );

  return {
    element,
    show(name: string) {
      sheetName = name;
      sheet = engine.getSheetId(name)!;
      workbook.adopt(name);
      meta = workbook.sheetMetadata(name);
      build();
      select(0, 0);
    },
    refresh,
  };
}
