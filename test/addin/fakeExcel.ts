/**
 * A stand-in for the part of Excel's object model the add-in's workbook adapter uses, behaving as
 * Office.js proxies do: every write and every `load` is queued and reaches the workbook only at
 * `context.sync()`; reading a property that was not loaded and synced throws. The workbook holds
 * sheets with cells (what `Range.formulas` reads back, number formats, font, fill), notes, data
 * validation, frozen rows, column widths (points) and charts, plus workbook names and the selection.
 *
 * office-addin-mock's `OfficeMockObject` models a fixed tree of objects given up front; the adapter
 * creates sheets, ranges and charts, and what a load returns depends on the writes queued before it —
 * so the object model is written by hand here, and the tests use the library for the `Office` global.
 *
 * A written string is read as Excel reads typed input: "=…" is a formula, a leading apostrophe keeps
 * the rest as text, and text that looks like a number or a percentage becomes a number.
 */
import { cellName, cellsOf, parseCell, parseRange } from '../../core/templates/a1';

export interface ExcelCell {
  formula: string | number | boolean;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  fill?: string;
}

export interface ExcelSeries {
  name?: string;
  values?: string;
  xValues?: string;
}

export interface ExcelChart {
  type: string;
  seriesBy: string;
  title?: string;
  position?: string;
  width?: number;
  height?: number;
  reversePlotOrder?: boolean;
  series: ExcelSeries[];
}

export class ExcelSheet {
  readonly cells = new Map<string, ExcelCell>();
  readonly notes = new Map<string, string>();
  readonly validations = new Map<string, unknown>();
  readonly columnWidths = new Map<string, number>();
  readonly charts: ExcelChart[] = [];
  frozenRows = 0;

  constructor(readonly name: string) {}

  cell(a1: string): ExcelCell {
    let cell = this.cells.get(a1);
    if (!cell) this.cells.set(a1, (cell = { formula: '' }));
    return cell;
  }

  /** What `formulas` would read for `range`. */
  formulas(range: string): unknown[][] {
    const { from, to } = parseRange(range);
    return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
      Array.from(
        { length: to.col - from.col + 1 },
        (_, c) => this.cells.get(cellName({ row: from.row + r, col: from.col + c }))?.formula ?? '',
      ),
    );
  }
}

/** One property or method call as the workbook received it at a sync. */
export interface Received {
  sheet: string;
  range: string;
  what: string;
  value: unknown;
}

function typedInput(input: unknown): string | number | boolean {
  if (typeof input !== 'string') return input as number | boolean;
  if (input.startsWith("'")) return input.slice(1);
  const number = /^-?\d+(\.\d+)?(%?)$/.exec(input.trim());
  return number ? Number(input.trim().replace('%', '')) / (number[2] ? 100 : 1) : input;
}

function checkSize(range: string, grid: unknown[][]): void {
  const { from, to } = parseRange(range);
  if (grid.length !== to.row - from.row + 1 || grid.some((row) => row.length !== to.col - from.col + 1))
    throw new Error(`InvalidArgument: the array does not match ${range}`);
}

export class FakeExcel {
  readonly sheets: ExcelSheet[];
  readonly names = new Map<string, { sheet: string; range: string }>();
  readonly received: Received[] = [];
  /** The sheet Excel shows. */
  activeSheet = '';
  selection = { sheet: '', range: 'A1' };
  syncs = 0;
  readonly context: Excel.RequestContext;
  private queue: (() => void)[] = [];

  constructor(sheetNames: string[] = ['Лист1']) {
    this.sheets = sheetNames.map((name) => new ExcelSheet(name));
    this.selection.sheet = sheetNames[0];
    this.context = {
      workbook: new WorkbookProxy(this),
      sync: () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  /** Applies everything queued since the last sync, in order; a failing operation rejects the sync. */
  async sync(): Promise<void> {
    this.syncs++;
    const operations = this.queue;
    this.queue = [];
    for (const operation of operations) operation();
  }

  /** Excel finds sheets by name in any case. */
  sheet(name: string): ExcelSheet {
    const found = this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`ItemNotFound: no sheet ${name}`);
    return found;
  }

  receive(
    sheet: string,
    range: string,
    what: string,
    value: unknown,
    apply: (target: ExcelSheet) => void,
  ): void {
    this.enqueue(() => {
      this.received.push({ sheet, range, what, value });
      apply(this.sheet(sheet));
    });
  }
}

/** Properties read after `load` and `sync`, as Office.js proxies do. */
class Loadable {
  private readonly values = new Map<string, unknown>();

  constructor(protected readonly excel: FakeExcel) {}

  load(properties: string | string[]): this {
    for (const property of (Array.isArray(properties) ? properties : properties.split(',')).map((name) =>
      name.trim(),
    )) {
      this.excel.enqueue(() => this.values.set(property, this.read(property)));
    }
    return this;
  }

  protected loaded(property: string): unknown {
    if (!this.values.has(property)) throw new Error(`PropertyNotLoaded: ${property}`);
    return this.values.get(property);
  }

  protected read(property: string): unknown {
    throw new Error(`The fake cannot load ${property}`);
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly names: NameCollection;

  constructor(private readonly excel: FakeExcel) {
    this.worksheets = new WorksheetCollection(excel);
    this.names = new NameCollection(excel);
  }

  /** The selection's areas: `selection.range` may be "C5:D7", a whole column "A:A", a row "3:3", or "B2:C3,E5". */
  getSelectedRanges() {
    const { sheet, range } = this.excel.selection;
    const areas = range.split(',').map((area) => new RangeProxy(this.excel, sheet, area.trim()));
    return { areas: { getItemAt: (index: number) => areas[index] } };
  }
}

class WorksheetCollection extends Loadable {
  get items() {
    return this.loaded('items/name') as { name: string }[];
  }

  add(name: string): WorksheetProxy {
    this.excel.enqueue(() => {
      if (this.excel.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()))
        throw new Error(`ItemAlreadyExists: ${name}`);
      this.excel.received.push({ sheet: name, range: '', what: 'worksheets.add', value: name });
      this.excel.sheets.push(new ExcelSheet(name));
    });
    return new WorksheetProxy(this.excel, name);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.excel, name);
  }

  protected read(property: string): unknown {
    return property === 'items/name' ? this.excel.sheets.map(({ name }) => ({ name })) : super.read(property);
  }
}

class NameCollection extends Loadable {
  get items() {
    return this.loaded('items/name') as { name: string }[];
  }

  add(name: string, reference: RangeProxy): void {
    this.excel.receive(reference.sheetName, reference.ref, 'names.add', name, () => {
      if (this.excel.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
      this.excel.names.set(name, { sheet: reference.sheetName, range: reference.ref });
    });
  }

  protected read(property: string): unknown {
    return property === 'items/name'
      ? [...this.excel.names.keys()].map((name) => ({ name }))
      : super.read(property);
  }
}

class WorksheetProxy extends Loadable {
  readonly freezePanes;
  readonly notes;
  readonly charts;

  constructor(
    excel: FakeExcel,
    readonly sheetName: string,
  ) {
    super(excel);
    this.freezePanes = {
      freezeRows: (count: number) =>
        excel.receive(sheetName, '', 'freezeRows', count, (sheet) => (sheet.frozenRows = count)),
    };
    this.notes = {
      add: (cell: string, text: string) =>
        excel.receive(sheetName, cell, 'notes.add', text, (sheet) => sheet.notes.set(cell, text)),
    };
    this.charts = {
      add: (type: string, source: RangeProxy, seriesBy: string) =>
        new ChartProxy(excel, sheetName, type, source, seriesBy),
    };
  }

  get name() {
    return this.loaded('name') as string;
  }

  activate(): void {
    this.excel.receive(this.sheetName, '', 'activate', true, () => (this.excel.activeSheet = this.sheetName));
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.excel, this.sheetName, address);
  }

  protected read(property: string): unknown {
    return property === 'name' ? this.excel.sheet(this.sheetName).name : super.read(property);
  }
}

class RangeProxy extends Loadable {
  readonly format;
  readonly dataValidation;

  constructor(
    excel: FakeExcel,
    readonly sheetName: string,
    readonly ref: string,
  ) {
    super(excel);
    const each = (change: Partial<ExcelCell>) => (sheet: ExcelSheet) =>
      cellsOf(ref).forEach((position) => Object.assign(sheet.cell(cellName(position)), change));
    this.format = {
      font: {
        set bold(bold: boolean) {
          excel.receive(sheetName, ref, 'format.font.bold', bold, each({ bold }));
        },
        set size(fontSize: number) {
          excel.receive(sheetName, ref, 'format.font.size', fontSize, each({ fontSize }));
        },
      },
      fill: {
        set color(fill: string) {
          excel.receive(sheetName, ref, 'format.fill.color', fill, each({ fill }));
        },
      },
      set columnWidth(points: number) {
        const column = /^([A-Z]+):\1$/.exec(ref);
        if (!column) throw new Error(`The fake sets widths of whole columns only, not ${ref}`);
        excel.receive(sheetName, ref, 'format.columnWidth', points, (sheet) =>
          sheet.columnWidths.set(column[1], points),
        );
      },
    };
    this.dataValidation = {
      set rule(rule: unknown) {
        excel.receive(sheetName, ref, 'dataValidation.rule', rule, (sheet) =>
          sheet.validations.set(ref, rule),
        );
      },
    };
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas') as unknown[][];
  }

  set formulas(grid: unknown[][]) {
    checkSize(this.ref, grid);
    const { from } = parseRange(this.ref);
    this.excel.receive(this.sheetName, this.ref, 'formulas', grid, (sheet) =>
      grid.forEach((row, r) =>
        row.forEach((input, c) => {
          if (input !== null)
            sheet.cell(cellName({ row: from.row + r, col: from.col + c })).formula = typedInput(input);
        }),
      ),
    );
  }

  set numberFormat(grid: unknown[][]) {
    checkSize(this.ref, grid);
    const { from } = parseRange(this.ref);
    this.excel.receive(this.sheetName, this.ref, 'numberFormat', grid, (sheet) =>
      grid.forEach((row, r) =>
        row.forEach(
          (code, c) =>
            (sheet.cell(cellName({ row: from.row + r, col: from.col + c })).numberFormat = code as string),
        ),
      ),
    );
  }

  get address(): string {
    return this.loaded('address') as string;
  }

  get rowIndex(): number {
    return this.loaded('rowIndex') as number;
  }

  get columnIndex(): number {
    return this.loaded('columnIndex') as number;
  }

  /** A cell of the range, counted from its top-left one; a whole column starts at row 1, a whole row at A. */
  getCell(row: number, column: number): RangeProxy {
    const [first] = this.ref.split(':');
    const topLeft = parseCell(
      /^\d+$/.test(first) ? `A${first}` : /^[A-Z]+$/.test(first) ? `${first}1` : first,
    );
    return new RangeProxy(
      this.excel,
      this.sheetName,
      cellName({ row: topLeft.row + row, col: topLeft.col + column }),
    );
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.excel, this.sheetName);
  }

  protected read(property: string): unknown {
    const sheet = this.excel.sheet(this.sheetName);
    if (property === 'formulas') return sheet.formulas(this.ref);
    if (property === 'rowIndex') return parseCell(this.ref).row;
    if (property === 'columnIndex') return parseCell(this.ref).col;
    if (property === 'address')
      return `${/^\w+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${this.ref}`;
    return super.read(property);
  }
}

class ChartProxy {
  readonly title;
  readonly axes;
  readonly series;
  private chart?: ExcelChart;

  constructor(
    private readonly excel: FakeExcel,
    sheetName: string,
    type: string,
    source: RangeProxy,
    seriesBy: string,
  ) {
    excel.receive(sheetName, source.ref, 'charts.add', type, (sheet) => {
      this.chart = { type, seriesBy, series: [{ values: source.ref }] };
      sheet.charts.push(this.chart);
    });
    const set = (change: Partial<ExcelChart>) => this.set(change);
    this.title = {
      set text(title: string) {
        set({ title });
      },
    };
    this.axes = {
      categoryAxis: {
        set reversePlotOrder(reversePlotOrder: boolean) {
          set({ reversePlotOrder });
        },
      },
    };
    this.series = {
      getItemAt: (index: number) => new SeriesProxy(excel, () => this.chart!.series[index]),
      add: (name: string) => {
        const series: ExcelSeries = { name };
        excel.enqueue(() => this.chart!.series.push(series));
        return new SeriesProxy(excel, () => series);
      },
    };
  }

  setPosition(startCell: string): void {
    this.set({ position: startCell });
  }

  set width(width: number) {
    this.set({ width });
  }

  set height(height: number) {
    this.set({ height });
  }

  private set(change: Partial<ExcelChart>): void {
    this.excel.enqueue(() => Object.assign(this.chart!, change));
  }
}

class SeriesProxy {
  constructor(
    private readonly excel: FakeExcel,
    private readonly series: () => ExcelSeries,
  ) {}

  set name(name: string) {
    this.excel.enqueue(() => (this.series().name = name));
  }

  setValues(range: RangeProxy): void {
    this.excel.enqueue(() => (this.series().values = range.ref));
  }

  setXAxisValues(range: RangeProxy): void {
    this.excel.enqueue(() => (this.series().xValues = range.ref));
  }
}
