/**
 * The playground's grid: a thin view over one HyperFormula sheet at a time. It renders only the cells
 * in view (each an input labelled with its address) over a sheet of at least 1 000 rows × 52 columns;
 * column letters, row numbers and the sheet's frozen rows sit in panes outside the scrolling area, so
 * they never cover a cell's text. Editing follows Excel and Sheets; undo, redo, copy and paste are
 * HyperFormula's own (references shift on paste). Values are rendered as text, never as HTML.
 */
import type { SimpleCellAddress, SimpleCellRange } from 'hyperformula';
import { cellName, columnName } from '../core/templates/a1';
import { el } from '../ui/dom';
import type { Lang } from '../ui/language';
import { formatOfEntry, formatValue, isError } from './format';
import { errorMessage, type Literal, literalReader, toEngineFormula, toUserFormula } from './syntax';
import type { PlaygroundWorkbook, SheetMetadata } from './workbook';

export const MIN_ROWS = 1000;
export const MIN_COLUMNS = 52;
const ROW_HEIGHT = 24;
const HEAD_HEIGHT = 22;
const ROW_HEAD_WIDTH = 46;
const DEFAULT_WIDTH = 100;
const MAX_FIT_WIDTH = 520;
/** Rows and columns rendered beyond the visible area, so a short scroll shows cells already there. */
const OVERSCAN_ROWS = 60;
const OVERSCAN_COLUMNS = 8;
const FONT = '13px "Segoe UI", Roboto, Arial, sans-serif';

interface Position {
  row: number;
  col: number;
}

type Mode = 'ready' | 'enter' | 'edit';

export interface GridLabels {
  formula: string;
  cell: string;
  spilled: (anchor: string) => string;
}

export interface Grid {
  element: HTMLElement;
  show(sheet: string): void;
  refresh(): void;
}

export function createGrid(workbook: PlaygroundWorkbook, lang: Lang, labels: GridLabels): Grid {
  const { engine } = workbook;
  const readLiteral = literalReader(lang);
  let sheetName = '';
  let sheet = 0;
  let meta: SheetMetadata;
  let rows = MIN_ROWS;
  let columns = MIN_COLUMNS;
  let widths: number[] = [];
  let lefts: number[] = [0];
  let frozen = 0;
  let anchor: Position = { row: 0, col: 0 };
  let focus: Position = { row: 0, col: 0 };
  let mode: Mode = 'ready';
  let copied = '';
  const rendered = new Map<string, HTMLInputElement>();
  const overflow: HTMLElement[] = [];

  const nameBox = el('input', {
    type: 'text',
    class: 'name-box',
    'aria-label': labels.cell,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const formulaBar = el('input', {
    type: 'text',
    class: 'formula-bar',
    'aria-label': labels.formula,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const messageLine = el('p', { class: 'cell-message', role: 'status' });
  const corner = el('div', { class: 'grid-corner' });
  const topInner = el('div', { class: 'grid-pane-inner' });
  const top = el('div', { class: 'grid-top' }, topInner);
  const leftInner = el('div', { class: 'grid-pane-inner' });
  const left = el('div', { class: 'grid-left' }, leftInner);
  const canvas = el('div', { class: 'grid-canvas', role: 'grid' });
  const scroller = el('div', { class: 'grid-scroll' }, canvas);
  const selectionBox = el('div', { class: 'grid-selection', 'aria-hidden': 'true' });
  const lists = el('div', { hidden: '' });
  const frame = el('div', { class: 'grid-frame' }, corner, top, left, scroller, lists);

  const at = (position: Position): SimpleCellAddress => ({ sheet, row: position.row, col: position.col });
  const key = (position: Position) => `${position.row}:${position.col}`;
  const selectedRange = (): SimpleCellRange => ({
    start: at({ row: Math.min(anchor.row, focus.row), col: Math.min(anchor.col, focus.col) }),
    end: at({ row: Math.max(anchor.row, focus.row), col: Math.max(anchor.col, focus.col) }),
  });

  /** What the user edits: the formula in their syntax, or the value as they would type it. */
  function rawText(position: Position): string {
    const formula = engine.getCellFormula(at(position));
    if (formula) return toUserFormula(formula, lang);
    const value = engine.getCellValue(at(position));
    if (value === null || isError(value)) return '';
    if (typeof value === 'number') {
      const format = meta.formats.get(cellName(position));
      if (format === 'percent') return `${formatNumber(value * 100)}%`;
      return formatNumber(value);
    }
    return formatValue(value, undefined, lang);
  }
  const formatNumber = (value: number) => (lang === 'ru' ? String(value).replace('.', ',') : String(value));

  /** The formula a spilled cell shows: its source's, found by walking to the spill's top-left cell. */
  function spillSource(position: Position): Position | undefined {
    if (engine.getCellType(at(position)) !== 'ARRAY') return undefined;
    let { row, col } = position;
    while (col > 0 && engine.getCellType(at({ row, col })) === 'ARRAY') col--;
    if (engine.getCellType(at({ row, col })) !== 'ARRAYFORMULA') col++;
    while (row > 0 && engine.getCellType(at({ row, col })) === 'ARRAY') row--;
    return engine.getCellType(at({ row, col })) === 'ARRAYFORMULA' ? { row, col } : undefined;
  }

  // ---- layout -------------------------------------------------------------------------------------

  const measure = document.createElement('canvas').getContext('2d');
  const textWidth = (text: string, bold: boolean) => {
    if (!measure) return text.length * 8;
    measure.font = bold ? `600 ${FONT}` : FONT;
    return measure.measureText(text).width;
  };

  /**
   * Column widths: what the sheet asks for or the user dragged, widened to fit what the column shows
   * (text that can spill into an empty neighbour, as in Excel, does not widen its column).
   */
  function layout() {
    const { height, width } = engine.getSheetDimensions(sheet);
    rows = Math.max(MIN_ROWS, height + 100);
    columns = Math.max(MIN_COLUMNS, width + 10);
    frozen = meta.frozenRows;
    const values = engine.getSheetValues(sheet);
    widths = Array.from({ length: columns }, (_, col) => {
      const manual = meta.manualWidths[col];
      if (manual) return manual;
      let fit = meta.columnWidths[col] ?? DEFAULT_WIDTH;
      values.forEach((line, row) => {
        const value = line[col];
        if (value === null || value === undefined) return;
        const spills = typeof value === 'string' && (line[col + 1] ?? null) === null;
        if (spills) return;
        const style = meta.styles.get(cellName({ row, col }));
        const text = formatValue(value, meta.formats.get(cellName({ row, col })), lang);
        const marker = meta.notes.has(cellName({ row, col })) ? 8 : 0;
        fit = Math.max(
          fit,
          Math.ceil(textWidth(text, style === 'header' || style === 'title')) + 14 + marker,
        );
      });
      return Math.min(fit, Math.max(MAX_FIT_WIDTH, meta.columnWidths[col] ?? 0));
    });
    lefts = [0];
    for (const width of widths) lefts.push(lefts[lefts.length - 1] + width);
    const headHeight = HEAD_HEIGHT + frozen * ROW_HEIGHT;
    frame.style.setProperty('--head-height', `${headHeight}px`);
    frame.style.setProperty('--row-head-width', `${ROW_HEAD_WIDTH}px`);
    canvas.style.width = `${lefts[columns]}px`;
    canvas.style.height = `${(rows - frozen) * ROW_HEIGHT}px`;
    topInner.style.width = `${lefts[columns]}px`;
    lists.replaceChildren(
      ...[...meta.choices].map(([cell, choices]) =>
        el('datalist', { id: `list-${cell}` }, ...choices.map((choice) => el('option', { value: choice }))),
      ),
    );
  }

  const columnAt = (x: number) => {
    let col = 0;
    while (col < columns - 1 && lefts[col + 1] <= x) col++;
    return col;
  };

  // ---- rendering ----------------------------------------------------------------------------------

  function cellInput(position: Position): HTMLInputElement {
    const name = cellName(position);
    const input = el('input', {
      type: 'text',
      'aria-label': name,
      spellcheck: 'false',
      autocomplete: 'off',
      'data-row': String(position.row),
      'data-col': String(position.col),
    });
    if (meta.choices.has(name)) input.setAttribute('list', `list-${name}`);
    return input;
  }

  /** Draws the cells in view (and a margin around them), reusing the inputs already there. */
  function render() {
    const viewTop = scroller.scrollTop;
    const viewLeft = scroller.scrollLeft;
    const topRow = frozen + Math.floor(viewTop / ROW_HEIGHT);
    const firstRow = Math.max(frozen, topRow - OVERSCAN_ROWS / 3);
    const lastRow = Math.min(
      rows - 1,
      topRow + Math.ceil(scroller.clientHeight / ROW_HEIGHT) + OVERSCAN_ROWS,
    );
    const firstCol = Math.max(0, columnAt(viewLeft) - OVERSCAN_COLUMNS);
    const lastCol = Math.min(columns - 1, columnAt(viewLeft + scroller.clientWidth) + OVERSCAN_COLUMNS);
    const wanted = new Set<string>();
    const place = (row: number, col: number) => {
      const position = { row, col };
      const id = key(position);
      wanted.add(id);
      let input = rendered.get(id);
      if (!input) {
        input = cellInput(position);
        rendered.set(id, input);
      }
      const pane = row < frozen ? topInner : canvas;
      if (input.parentElement !== pane) pane.append(input);
      input.style.left = `${lefts[col]}px`;
      input.style.top = `${row < frozen ? HEAD_HEIGHT + row * ROW_HEIGHT : (row - frozen) * ROW_HEIGHT}px`;
      input.style.width = `${widths[col]}px`;
      paint(input, position);
    };
    for (let row = 0; row < frozen; row++) for (let col = firstCol; col <= lastCol; col++) place(row, col);
    for (let row = Math.max(frozen, firstRow); row <= lastRow; row++)
      for (let col = firstCol; col <= lastCol; col++) place(row, col);
    for (const [id, input] of rendered) {
      if (wanted.has(id) || document.activeElement === input) continue;
      input.remove();
      rendered.delete(id);
    }
    drawOverflow(firstCol, lastCol);
    drawHeaders(firstRow, lastRow, firstCol, lastCol);
    topInner.style.transform = `translateX(${-viewLeft}px)`;
    leftInner.style.transform = `translateY(${-viewTop}px)`;
    drawSelection();
  }

  function paint(input: HTMLInputElement, position: Position) {
    const editing = document.activeElement === input && mode !== 'ready';
    if (editing) return;
    const name = cellName(position);
    const value = engine.getCellValue(at(position));
    const error = isError(value);
    const note = meta.notes.get(name);
    input.value = formatValue(value, meta.formats.get(name), lang);
    input.title = error ? errorMessage(value.value, value.message, lang) : (note ?? '');
    input.className = [
      meta.styles.has(name) ? `style-${meta.styles.get(name)}` : '',
      error ? 'error' : '',
      !error && note ? 'noted' : '',
      typeof value === 'number' ? 'number' : '',
      inSelection(position) ? 'selected' : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** Text wider than its cell runs on over empty neighbours, drawn on top and letting clicks through. */
  function drawOverflow(firstCol: number, lastCol: number) {
    for (const span of overflow.splice(0)) span.remove();
    for (const [, input] of rendered) input.classList.remove('overflowing');
    for (const [, input] of rendered) {
      const row = Number(input.dataset.row);
      const col = Number(input.dataset.col);
      if (col < firstCol || col > lastCol || document.activeElement === input) continue;
      const value = engine.getCellValue(at({ row, col }));
      if (typeof value !== 'string' || !value) continue;
      const bold = /style-(header|title)/.test(input.className);
      const needed = textWidth(value, bold) + 12;
      if (needed <= widths[col]) continue;
      let span = widths[col];
      for (let next = col + 1; next < columns && span < needed; next++) {
        if (engine.getCellValue(at({ row, col: next })) !== null) break;
        span += widths[next];
      }
      if (span === widths[col]) continue;
      const text = el('span', { class: `grid-overflow ${input.className}`, 'aria-hidden': 'true' }, value);
      text.style.left = input.style.left;
      text.style.top = input.style.top;
      text.style.width = `${span}px`;
      input.classList.add('overflowing');
      input.parentElement!.append(text);
      overflow.push(text);
    }
  }

  function drawHeaders(firstRow: number, lastRow: number, firstCol: number, lastCol: number) {
    const letters: HTMLElement[] = [];
    for (let col = firstCol; col <= lastCol; col++) {
      const handle = el('span', { class: 'col-resize', 'data-col': String(col), title: '↔' });
      const head = el('div', { class: 'col-head', 'data-col': String(col) }, columnName(col), handle);
      head.style.left = `${lefts[col]}px`;
      head.style.width = `${widths[col]}px`;
      head.classList.toggle('active', col >= selectedRange().start.col && col <= selectedRange().end.col);
      letters.push(head);
    }
    const frozenCells = Array.from(topInner.querySelectorAll('input, .grid-overflow'));
    topInner.replaceChildren(...letters, ...frozenCells);
    const numbers: HTMLElement[] = [];
    for (let row = Math.max(frozen, firstRow); row <= lastRow; row++) {
      const head = el('div', { class: 'row-head' }, String(row + 1));
      head.style.top = `${(row - frozen) * ROW_HEIGHT}px`;
      head.classList.toggle('active', row >= selectedRange().start.row && row <= selectedRange().end.row);
      numbers.push(head);
    }
    leftInner.replaceChildren(...numbers);
    corner.replaceChildren(
      ...Array.from({ length: frozen }, (_, row) => {
        const head = el('div', { class: 'row-head' }, String(row + 1));
        head.style.top = `${HEAD_HEIGHT + row * ROW_HEIGHT}px`;
        return head;
      }),
    );
  }

  const inSelection = ({ row, col }: Position) => {
    const { start, end } = selectedRange();
    return row >= start.row && row <= end.row && col >= start.col && col <= end.col;
  };

  function drawSelection() {
    const { start, end } = selectedRange();
    const pane = start.row < frozen ? topInner : canvas;
    const offset = start.row < frozen ? HEAD_HEIGHT : -frozen * ROW_HEIGHT;
    selectionBox.style.left = `${lefts[start.col]}px`;
    selectionBox.style.top = `${offset + start.row * ROW_HEIGHT}px`;
    selectionBox.style.width = `${lefts[end.col + 1] - lefts[start.col]}px`;
    selectionBox.style.height = `${(end.row - start.row + 1) * ROW_HEIGHT}px`;
    pane.append(selectionBox);
  }

  /** The formula bar, the name box and the message line follow the active cell. */
  function describe() {
    const name = cellName(focus);
    nameBox.value = anchor.row === focus.row && anchor.col === focus.col ? name : rangeLabel();
    const source = spillSource(focus);
    formulaBar.value = source ? rawText(source) : rawText(focus);
    formulaBar.classList.toggle('spilled', Boolean(source));
    formulaBar.title = source ? labels.spilled(cellName(source)) : '';
    const value = engine.getCellValue(at(focus));
    messageLine.textContent = isError(value)
      ? `${value.value} ${errorMessage(value.value, value.message, lang)}`
      : (meta.notes.get(name) ?? '');
    messageLine.classList.toggle('error', isError(value));
  }
  const rangeLabel = () => {
    const { start, end } = selectedRange();
    return `${cellName(start)}:${cellName(end)}`;
  };

  function refresh() {
    layout();
    render();
    describe();
  }

  // ---- selection and scrolling --------------------------------------------------------------------

  function scrollIntoView(position: Position) {
    if (position.row >= frozen) {
      const y = (position.row - frozen) * ROW_HEIGHT;
      if (y < scroller.scrollTop) scroller.scrollTop = y;
      else if (y + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight)
        scroller.scrollTop = y + ROW_HEIGHT - scroller.clientHeight;
    }
    const x = lefts[position.col];
    if (x < scroller.scrollLeft) scroller.scrollLeft = x;
    else if (x + widths[position.col] > scroller.scrollLeft + scroller.clientWidth)
      scroller.scrollLeft = Math.min(x, x + widths[position.col] - scroller.clientWidth);
  }

  /** Moves the active cell (extending the selection with Shift) and puts the keyboard focus there. */
  function select(position: Position, extend = false) {
    const target = {
      row: Math.max(0, Math.min(rows - 1, position.row)),
      col: Math.max(0, Math.min(columns - 1, position.col)),
    };
    focus = target;
    if (!extend) anchor = target;
    workbook.selected = { sheet: sheetName, anchor: cellName(anchor) };
    mode = 'ready';
    scrollIntoView(target);
    render();
    describe();
    const input = rendered.get(key(target));
    if (input && document.activeElement !== input) input.focus({ preventScroll: true });
    input?.select();
  }

  // ---- editing ------------------------------------------------------------------------------------

  /** Writes what the user typed: a formula in their syntax, a number the way they write it, or text. */
  function commit(position: Position, text: string) {
    mode = 'ready';
    if (text === rawText(position)) return render();
    const address = at(position);
    const name = cellName(position);
    if (text.trim() === '') {
      engine.setCellContents(address, null);
    } else if (text.startsWith('=') && text.length > 1) {
      engine.setCellContents(address, toEngineFormula(text, lang));
    } else {
      const entry: Literal = readLiteral(text);
      let { value } = entry;
      const format = meta.formats.get(name);
      // As in Excel: 20 typed into a percent cell is 20 %, i.e. 0.2.
      if (format === 'percent' && entry.type === 'NUMBER_RAW' && typeof value === 'number') value /= 100;
      const implied = formatOfEntry(entry.type);
      if (!format && implied) meta.formats.set(name, implied);
      engine.setCellContents(address, value);
    }
  }

  function startEditing(input: HTMLInputElement, position: Position, how: Mode) {
    mode = how;
    input.classList.add('editing');
    if (how === 'edit') {
      input.value = rawText(position);
      const end = input.value.length;
      input.setSelectionRange(end, end);
    }
    formulaBar.value = input.value;
  }

  function finish(input: HTMLInputElement, position: Position) {
    input.classList.remove('editing');
    if (mode !== 'ready') commit(position, input.value);
  }

  function clearSelection() {
    const { start, end } = selectedRange();
    const blank = Array.from({ length: end.row - start.row + 1 }, () =>
      Array.from({ length: end.col - start.col + 1 }, () => null),
    );
    engine.setCellContents(start, blank);
  }

  const tsv = () => {
    const { start, end } = selectedRange();
    const lines: string[] = [];
    for (let row = start.row; row <= end.row; row++) {
      const cells: string[] = [];
      for (let col = start.col; col <= end.col; col++) cells.push(rawText({ row, col }));
      lines.push(cells.join('\t'));
    }
    return lines.join('\n');
  };

  /** Ours (references shift, as HyperFormula pastes) when it is what we copied; else text from outside. */
  function paste(text: string | undefined) {
    const { start } = selectedRange();
    if ((text === undefined || text === copied) && !engine.isClipboardEmpty()) {
      engine.paste(start);
      return;
    }
    if (!text) return;
    const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
    engine.batch(() =>
      lines.forEach((line, i) =>
        line.split('\t').forEach((cell, j) => commit({ row: start.row + i, col: start.col + j }, cell)),
      ),
    );
  }

  const MOVES: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };

  function onKey(event: KeyboardEvent, input: HTMLInputElement, position: Position) {
    const ctrl = event.ctrlKey || event.metaKey;
    const letter = event.key.toLowerCase();
    const pageRows = Math.max(1, Math.floor(scroller.clientHeight / ROW_HEIGHT) - 1);
    const move = (rowsBy: number, colsBy: number, extend = false) => {
      event.preventDefault();
      const from = extend ? focus : position;
      select({ row: from.row + rowsBy, col: from.col + colsBy }, extend);
    };
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      finish(input, position);
      const down = event.key === 'Enter';
      const back = event.shiftKey ? -1 : 1;
      return select({ row: position.row + (down ? back : 0), col: position.col + (down ? 0 : back) });
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      mode = 'ready';
      input.classList.remove('editing');
      return select(position);
    }
    if (mode === 'edit') return;
    if (event.key in MOVES) {
      if (mode === 'enter') finish(input, position);
      const [rowsBy, colsBy] = MOVES[event.key];
      return move(rowsBy, colsBy, event.shiftKey && mode === 'ready');
    }
    if (mode !== 'ready') return;
    if (event.key === 'F2') {
      event.preventDefault();
      return startEditing(input, position, 'edit');
    }
    if (event.key === 'PageDown') return move(pageRows, 0);
    if (event.key === 'PageUp') return move(-pageRows, 0);
    if (ctrl && event.key === 'Home') return move(-position.row, -position.col);
    if (event.key === 'Delete') {
      event.preventDefault();
      return clearSelection();
    }
    if (!ctrl) return;
    if (letter === 'z' || (letter === 'я' && !event.shiftKey)) {
      event.preventDefault();
      if (event.shiftKey) return void (engine.isThereSomethingToRedo() && engine.redo());
      return void (engine.isThereSomethingToUndo() && engine.undo());
    }
    if (letter === 'y' || letter === 'н') {
      event.preventDefault();
      return void (engine.isThereSomethingToRedo() && engine.redo());
    }
    if (letter === 'c' || letter === 'с' || letter === 'x' || letter === 'ч') {
      copied = tsv();
      if (letter === 'x' || letter === 'ч') engine.cut(selectedRange());
      else engine.copy(selectedRange());
      void navigator.clipboard?.writeText(copied).catch(() => undefined);
      return;
    }
    if (letter === 'v' || letter === 'м') {
      // The paste event brings the system clipboard; where none fires (no clipboard access), ours.
      pendingPaste = true;
      setTimeout(() => {
        if (pendingPaste) paste(undefined);
        pendingPaste = false;
      }, 60);
    }
  }
  let pendingPaste = false;

  const positionOf = (target: EventTarget | null): Position | undefined => {
    if (!(target instanceof HTMLInputElement) || target.dataset.row === undefined) return undefined;
    return { row: Number(target.dataset.row), col: Number(target.dataset.col) };
  };

  for (const pane of [canvas, topInner]) {
    pane.addEventListener('mousedown', (event) => {
      const position = positionOf(event.target);
      if (!position || !event.shiftKey) return;
      event.preventDefault();
      select(position, true);
    });
    pane.addEventListener('focusin', (event) => {
      const position = positionOf(event.target);
      if (!position) return;
      if (position.row !== focus.row || position.col !== focus.col || mode !== 'ready') {
        focus = position;
        anchor = position;
        mode = 'ready';
        workbook.selected = { sheet: sheetName, anchor: cellName(position) };
        render();
        describe();
      }
      (event.target as HTMLInputElement).select();
    });
    pane.addEventListener('focusout', (event) => {
      const input = event.target as HTMLInputElement;
      const position = positionOf(input);
      if (position && mode !== 'ready') finish(input, position);
    });
    pane.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      const position = positionOf(input);
      if (!position) return;
      if (mode === 'ready') startEditing(input, position, 'enter');
      formulaBar.value = input.value;
    });
    pane.addEventListener('dblclick', (event) => {
      const position = positionOf(event.target);
      if (position) startEditing(event.target as HTMLInputElement, position, 'edit');
    });
    pane.addEventListener('keydown', (event) => {
      const position = positionOf(event.target);
      if (position) onKey(event, event.target as HTMLInputElement, position);
    });
    pane.addEventListener('copy', (event) => {
      if (mode !== 'ready' || !positionOf(event.target)) return;
      event.preventDefault();
      event.clipboardData?.setData('text/plain', copied || tsv());
    });
    pane.addEventListener('paste', (event) => {
      if (mode !== 'ready' || !positionOf(event.target)) return;
      event.preventDefault();
      pendingPaste = false;
      paste(event.clipboardData?.getData('text/plain'));
    });
  }

  formulaBar.addEventListener('focus', () => (mode = 'ready'));
  formulaBar.addEventListener('input', () => {
    const input = rendered.get(key(focus));
    if (input) input.value = formulaBar.value;
  });
  formulaBar.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(focus, formulaBar.value);
      select({ row: focus.row + 1, col: focus.col });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      select(focus);
    }
  });
  nameBox.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const target = engine.simpleCellAddressFromString(nameBox.value.trim().toUpperCase(), sheet);
    if (target) select(target);
    else describe();
  });

  // Column widths: drag the right edge of a column letter.
  top.addEventListener('mousedown', (event) => {
    const handle = event.target as HTMLElement;
    if (!handle.classList.contains('col-resize')) return;
    event.preventDefault();
    const col = Number(handle.dataset.col);
    const startX = event.clientX;
    const startWidth = widths[col];
    const drag = (move: MouseEvent) => {
      meta.manualWidths[col] = Math.max(24, Math.round(startWidth + move.clientX - startX));
      layout();
      render();
    };
    const drop = () => {
      window.removeEventListener('mousemove', drag);
      window.removeEventListener('mouseup', drop);
      workbook.touch();
    };
    window.addEventListener('mousemove', drag);
    window.addEventListener('mouseup', drop);
  });

  scroller.addEventListener('scroll', () => render());
  new ResizeObserver(() => sheetName && render()).observe(scroller);
  engine.on('valuesUpdated', () => sheetName && refresh());

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
    frame,
  );

  return {
    element,
    show(name: string) {
      sheetName = name;
      sheet = engine.getSheetId(name)!;
      workbook.adopt(name);
      meta = workbook.sheetMetadata(name)!;
      for (const [, input] of rendered) input.remove();
      rendered.clear();
      frame.setAttribute('aria-label', name);
      canvas.setAttribute('aria-label', name);
      scroller.scrollTop = 0;
      scroller.scrollLeft = 0;
      layout();
      select({ row: 0, col: 0 });
    },
    refresh,
  };
}
