/**
 * A1 addresses: what templates are written in and what every host's API accepts. Positions are
 * zero-based (row 0 is row 1), as HyperFormula counts and as grids are indexed.
 */

export interface Position {
  row: number;
  col: number;
}

const CELL = /^([A-Z]{1,3})([1-9][0-9]*)$/;

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `B5` → { row: 4, col: 1 }; `$B$5` is read the same. */
export function parseCell(address: string): Position {
  const match = CELL.exec(address.replace(/\$/g, ''));
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  const col = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

export function cellName(position: Position): string {
  return `${columnName(position.col)}${position.row + 1}`;
}

/** `B5:C7` (or `B5`) → its top-left and bottom-right corners. */
export function parseRange(range: string): { from: Position; to: Position } {
  const [first, last = first] = range.split(':');
  return { from: parseCell(first), to: parseCell(last) };
}

/** `B5:C7`, or `B5` for one cell. */
export function rangeName(from: Position, to: Position = from): string {
  return from.row === to.row && from.col === to.col ? cellName(from) : `${cellName(from)}:${cellName(to)}`;
}

/** Every cell of a range, row by row. */
export function cellsOf(range: string): Position[] {
  const { from, to } = parseRange(range);
  const cells: Position[] = [];
  for (let row = from.row; row <= to.row; row++)
    for (let col = from.col; col <= to.col; col++) cells.push({ row, col });
  return cells;
}

/** `'План продаж (2)'!$B$5:$C$7`: a sheet-qualified absolute reference, quotes doubled inside the name. */
export function sheetReference(sheet: string, range: string): string {
  const { from, to } = parseRange(range);
  const absolute = (position: Position) => `$${columnName(position.col)}$${position.row + 1}`;
  const cells =
    from.row === to.row && from.col === to.col ? absolute(from) : `${absolute(from)}:${absolute(to)}`;
  return `'${sheet.replace(/'/g, "''")}'!${cells}`;
}

/**
 * Cells as few rectangles as a simple sweep finds: runs along each row, then runs of the same columns
 * stacked on consecutive rows. A host formats or styles each rectangle in one call.
 */
export function rectangles(cells: readonly Position[]): string[] {
  const key = (position: Position) => position.row * 1e6 + position.col;
  const sorted = [...new Map(cells.map((cell) => [key(cell), cell])).values()].sort(
    (a, b) => key(a) - key(b),
  );
  const runs: { row: number; first: number; last: number; rows: number }[] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.row === cell.row && run.last === cell.col - 1) run.last = cell.col;
    else runs.push({ row: cell.row, first: cell.col, last: cell.col, rows: 1 });
  }
  const stacked: typeof runs = [];
  for (const run of runs) {
    const above = stacked.find(
      (box) => box.first === run.first && box.last === run.last && box.row + box.rows === run.row,
    );
    if (above) above.rows++;
    else stacked.push({ ...run });
  }
  return stacked.map((box) =>
    rangeName({ row: box.row, col: box.first }, { row: box.row + box.rows - 1, col: box.last }),
  );
}
