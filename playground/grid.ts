/**
 * A small spreadsheet grid over a HyperFormula sheet: every cell is an input labelled with its
 * address; the formula bar edits the selected cell. Values are rendered as text, never as HTML.
 */
import type { HyperFormula } from 'hyperformula';
import { el } from '../ui/dom';
import type { Lang } from '../ui/language';
import { formatCell } from '../ui/reference';

export const COLUMNS = 8;
export const ROWS = 30;

export const columnName = (column: number) => String.fromCharCode(65 + column);
export const address = (row: number, column: number) => `${columnName(column)}${row + 1}`;

interface CellError {
  value: string;
  message: string;
}

function shownValue(value: unknown, lang: Lang): { text: string; error?: CellError } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'object' && 'value' in (value as object)) {
    const error = value as CellError;
    return { text: error.value, error };
  }
  return { text: formatCell(value as number | string | boolean, lang) };
}

export interface Grid {
  element: HTMLElement;
  refresh(): void;
}

export function createGrid(engine: HyperFormula, sheet: number, lang: Lang, labels: { formula: string; cell: string }): Grid {
  const inputs: HTMLInputElement[][] = [];
  let selected = { row: 0, column: 0 };
  const nameBox = el('output', { class: 'name-box', 'aria-label': labels.cell }, 'A1');
  const formulaBar = el('input', { type: 'text', class: 'formula-bar', 'aria-label': labels.formula, spellcheck: 'false', autocomplete: 'off' });
  const messageLine = el('p', { class: 'cell-message', role: 'status' });

  const raw = (row: number, column: number) => {
    const formula = engine.getCellFormula({ sheet, row, col: column });
    if (formula) return formula;
    const value = engine.getCellSerialized({ sheet, row, col: column });
    return value === null || value === undefined ? '' : String(value);
  };

  const refresh = () => {
    for (let row = 0; row < ROWS; row++) {
      for (let column = 0; column < COLUMNS; column++) {
        const input = inputs[row][column];
        if (document.activeElement === input) continue;
        const { text, error } = shownValue(engine.getCellValue({ sheet, row, col: column }), lang);
        input.value = text;
        input.title = error?.message ?? '';
        input.classList.toggle('error', Boolean(error));
        input.classList.toggle('number', typeof engine.getCellValue({ sheet, row, col: column }) === 'number');
      }
    }
    const { row, column } = selected;
    const { error } = shownValue(engine.getCellValue({ sheet, row, col: column }), lang);
    messageLine.textContent = error ? `${error.value} ${error.message}` : '';
  };

  const commit = (row: number, column: number, text: string) => {
    if (text === raw(row, column)) return;
    const content = /^-?\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : text;
    engine.setCellContents({ sheet, row, col: column }, [[text === '' ? null : content]]);
    refresh();
  };

  const select = (row: number, column: number) => {
    selected = { row, column };
    nameBox.textContent = address(row, column);
    formulaBar.value = raw(row, column);
    refresh();
  };

  const header = el('tr', {}, el('th', {}), ...Array.from({ length: COLUMNS }, (_, c) => el('th', { scope: 'col' }, columnName(c))));
  const body = Array.from({ length: ROWS }, (_, row) => {
    inputs[row] = [];
    const cells = Array.from({ length: COLUMNS }, (_, column) => {
      const input = el('input', { type: 'text', 'aria-label': address(row, column), spellcheck: 'false', autocomplete: 'off' });
      input.addEventListener('focus', () => {
        select(row, column);
        input.value = raw(row, column);
      });
      input.addEventListener('input', () => (formulaBar.value = input.value));
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit(row, column, input.value);
          inputs[Math.min(row + 1, ROWS - 1)][column].focus();
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
    return el('tr', {}, el('th', { scope: 'row' }, String(row + 1)), ...cells);
  });

  formulaBar.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit(selected.row, selected.column, formulaBar.value);
    formulaBar.value = raw(selected.row, selected.column);
  });

  const element = el(
    'div',
    { class: 'sheet' },
    el('div', { class: 'bar' }, nameBox, el('span', { class: 'fx', 'aria-hidden': 'true' }, 'fx'), formulaBar),
    messageLine,
    el('div', { class: 'grid-scroll' }, el('table', { class: 'grid', role: 'grid' }, el('thead', {}, header), el('tbody', {}, ...body))),
  );
  refresh();
  return { element, refresh };
}
