/**
 * An in-memory stand-in for the part of Apps Script the Sheets add-on calls: SpreadsheetApp (one
 * spreadsheet of sheets with a grid of values, formulas, formats, notes, backgrounds and drop-downs;
 * named ranges; charts; frozen rows; column widths; the active range; the menu), Charts' enums,
 * Session and HtmlService. No maintained offline fake exists. Every call that changes the spreadsheet
 * is logged, so tests can count them.
 *
 * A written string is read as Sheets reads typed input: "=…" is a formula, a leading apostrophe keeps
 * the rest as text, and text that looks like a number or a percentage becomes a number.
 */
import { cellName, cellsOf, parseRange, rangeName } from '../../core/templates/a1';

export interface FakeCell {
  value: unknown;
  formula: string;
  numberFormat?: string;
  note?: string;
  background?: string;
  fontWeight?: string;
  fontSize?: number;
  validation?: FakeValidation;
}

export interface FakeValidation {
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
}

export interface FakeChart {
  type: string;
  mergeStrategy?: string;
  numHeaders?: number;
  ranges: string[];
  position?: [row: number, col: number, offsetX: number, offsetY: number];
  options: Record<string, unknown>;
}

export type Call = [method: string, sheet: string, range: string, ...args: unknown[]];

export interface FakeMenu {
  title?: string;
  items: ({ label: string; fn: string } | { separator: true } | FakeMenu)[];
}

function typedInput(input: unknown): Pick<FakeCell, 'value' | 'formula'> {
  if (typeof input !== 'string') return { value: input, formula: '' };
  if (input.startsWith('=')) return { value: '', formula: input };
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  const number = /^-?\d+(\.\d+)?(%?)$/.exec(input.trim());
  if (number) return { value: Number(input.trim().replace('%', '')) / (number[2] ? 100 : 1), formula: '' };
  return { value: input, formula: '' };
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly a1: string,
  ) {}

  getSheet = () => this.sheet;
  getA1Notation = () => this.a1;
  getRow = () => parseRange(this.a1).from.row + 1;
  getColumn = () => parseRange(this.a1).from.col + 1;

  getValues(): unknown[][] {
    return this.grid((cell) => cell?.value ?? '');
  }

  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? '');
  }

  setValues(values: unknown[][]): FakeRange {
    const { from, to } = parseRange(this.a1);
    if (values.length !== to.row - from.row + 1 || values.some((row) => row.length !== to.col - from.col + 1))
      throw new Error(`setValues: the data does not match ${this.a1}`);
    this.sheet.log('setValues', this.a1, values);
    values.forEach((row, r) =>
      row.forEach((input, c) =>
        Object.assign(this.sheet.cell(cellName({ row: from.row + r, col: from.col + c })), typedInput(input)),
      ),
    );
    return this;
  }

  /** Formulas in English syntax, as Apps Script's setFormulas takes them whatever the locale. */
  setFormulas(formulas: string[][]): FakeRange {
    const { from, to } = parseRange(this.a1);
    if (
      formulas.length !== to.row - from.row + 1 ||
      formulas.some((row) => row.length !== to.col - from.col + 1)
    )
      throw new Error(`setFormulas: the data does not match ${this.a1}`);
    if (formulas.flat().some((formula) => !formula.startsWith('=')))
      throw new Error('setFormulas: every cell must be a formula');
    this.sheet.log('setFormulas', this.a1, formulas);
    formulas.forEach((row, r) =>
      row.forEach((formula, c) =>
        Object.assign(this.sheet.cell(cellName({ row: from.row + r, col: from.col + c })), {
          formula,
          value: '',
        }),
      ),
    );
    return this;
  }

  setNote = (note: string) => this.set('setNote', { note });
  setDataValidation = (rule: FakeValidation) => this.set('setDataValidation', { validation: rule });

  private set(method: string, change: Partial<FakeCell>): FakeRange {
    this.sheet.log(method, this.a1, Object.values(change)[0]);
    this.change(change);
    return this;
  }

  /** Unlogged: what a RangeList call does to each of its ranges. */
  change(change: Partial<FakeCell>): void {
    for (const position of cellsOf(this.a1)) Object.assign(this.sheet.cell(cellName(position)), change);
  }

  private grid<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const { from, to } = parseRange(this.a1);
    return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
      Array.from({ length: to.col - from.col + 1 }, (_, c) =>
        read(this.sheet.cells.get(cellName({ row: from.row + r, col: from.col + c }))),
      ),
    );
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  frozenRows = 0;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private readonly name: string,
  ) {}

  getName = () => this.name;

  cell(a1: string): FakeCell {
    let cell = this.cells.get(a1);
    if (!cell) this.cells.set(a1, (cell = { value: '', formula: '' }));
    return cell;
  }

  log(method: string, range: string, ...args: unknown[]): void {
    this.spreadsheet.calls.push([method, this.name, range, ...args]);
  }

  getRange(a1OrRow: string | number, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a1OrRow === 'string') {
      const { from, to } = parseRange(a1OrRow);
      return new FakeRange(this, rangeName(from, to));
    }
    const from = { row: a1OrRow - 1, col: col! - 1 };
    return new FakeRange(this, rangeName(from, { row: from.row + rows - 1, col: from.col + cols - 1 }));
  }

  /** A RangeList: each setter applies to every range, logged once for the list. */
  getRangeList(a1s: string[]) {
    const ranges = a1s.map((a1) => this.getRange(a1));
    const apply = (method: string, key: keyof FakeCell) => (value: unknown) => {
      this.log(`RangeList.${method}`, a1s.join(','), value);
      for (const range of ranges) range.change({ [key]: value });
      return list;
    };
    const list = {
      setNumberFormat: apply('setNumberFormat', 'numberFormat'),
      setBackground: apply('setBackground', 'background'),
      setFontWeight: apply('setFontWeight', 'fontWeight'),
      setFontSize: apply('setFontSize', 'fontSize'),
    };
    return list;
  }

  setFrozenRows(rows: number): void {
    this.log('setFrozenRows', '', rows);
    this.frozenRows = rows;
  }

  setColumnWidths(first: number, count: number, width: number): FakeSheet {
    this.log('setColumnWidths', '', first, count, width);
    for (let col = first; col < first + count; col++) this.columnWidths.set(col, width);
    return this;
  }

  newChart() {
    const chart: FakeChart = { type: '', ranges: [], options: {} };
    const builder = {
      setChartType: (type: string) => ((chart.type = type), builder),
      setMergeStrategy: (strategy: string) => ((chart.mergeStrategy = strategy), builder),
      setNumHeaders: (headers: number) => ((chart.numHeaders = headers), builder),
      addRange: (range: FakeRange) => (chart.ranges.push(range.a1), builder),
      setPosition: (row: number, col: number, offsetX: number, offsetY: number) => (
        (chart.position = [row, col, offsetX, offsetY]),
        builder
      ),
      setOption: (option: string, value: unknown) => ((chart.options[option] = value), builder),
      build: () => chart,
    };
    return builder;
  }

  insertChart(chart: FakeChart): void {
    this.log('insertChart', chart.ranges.join(','));
    this.charts.push(chart);
  }

  activate(): FakeSheet {
    this.spreadsheet.activeSheet = this;
    return this;
  }

  /** The grid's values as Sheets shows them, formulas as their text: for assertions. */
  contents(range: string): unknown[][] {
    const cells = this.getRange(range);
    const formulas = cells.getFormulas();
    return cells.getValues().map((row, r) => row.map((value, c) => formulas[r][c] || value));
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges = new Map<string, FakeRange>();
  readonly calls: Call[] = [];
  activeSheet: FakeSheet;
  activeRange: FakeRange | null = null;

  constructor(sheetNames: string[] = ['Лист1']) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(this, name));
    this.activeSheet = this.sheets[0];
  }

  getSheets = () => [...this.sheets];
  getNumSheets = () => this.sheets.length;
  getActiveSheet = () => this.activeSheet;
  getActiveRange = () => this.activeRange;
  getSheetByName = (name: string) => this.sheets.find((sheet) => sheet.getName() === name) ?? null;
  getNamedRanges = () =>
    [...this.namedRanges].map(([name, range]) => ({ getName: () => name, getRange: () => range }));

  /** Developer metadata on the spreadsheet, key → value. */
  readonly metadata = new Map<string, string>();
  addDeveloperMetadata(key: string, value: string): void {
    this.metadata.set(key, value);
  }
  createDeveloperMetadataFinder() {
    let key = '';
    const finder = {
      withKey: (wanted: string) => ((key = wanted), finder),
      find: () =>
        this.metadata.has(key)
          ? [
              {
                getValue: () => this.metadata.get(key)!,
                setValue: (value: string) => this.metadata.set(key, value),
              },
            ]
          : [],
    };
    return finder;
  }

  /** Sheets refuses a name any sheet has, in any case. */
  insertSheet(name: string, index: number): FakeSheet {
    if (this.sheets.some((sheet) => sheet.getName().toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this, name);
    this.sheets.splice(index, 0, sheet);
    this.calls.push(['insertSheet', name, '', index]);
    return sheet;
  }

  setNamedRange(name: string, range: FakeRange): void {
    if (this.namedRanges.has(name)) throw new Error(`A named range "${name}" already exists.`);
    this.calls.push(['setNamedRange', range.sheet.getName(), range.a1, name]);
    this.namedRanges.set(name, range);
  }

  sheet(name: string): FakeSheet {
    const found = this.getSheetByName(name);
    if (!found) throw new Error(`No sheet ${name}`);
    return found;
  }

  /** Selects `a1` on `sheet`, as the user would. */
  select(sheet: string, a1: string): void {
    this.activeSheet = this.sheet(sheet);
    this.activeRange = this.activeSheet.getRange(a1);
  }
}

/** The UI's menus as built: the add-on menu and its submenus, and what the sidebar was given. */
export class FakeUi {
  readonly menus: FakeMenu[] = [];
  sidebar?: { file: string; title: string };

  createAddonMenu = () => this.menu();
  createMenu = (title: string) => this.menu(title);
  showSidebar = (html: { file: string; title: string }) => (this.sidebar = html);

  /** Every [label, function] of the add-on menu, submenus included. */
  items(menu: FakeMenu | undefined = this.menus.find((m) => m.title === undefined)): [string, string][] {
    return (menu?.items ?? []).flatMap((item) =>
      'items' in item ? this.items(item) : 'fn' in item ? [[item.label, item.fn] as [string, string]] : [],
    );
  }

  private menu(title?: string) {
    const menu: FakeMenu = { title, items: [] };
    const builder = {
      menu,
      addItem: (label: string, fn: string) => (menu.items.push({ label, fn }), builder),
      addSeparator: () => (menu.items.push({ separator: true }), builder),
      addSubMenu: (sub: { menu: FakeMenu }) => (menu.items.push(sub.menu), builder),
      addToUi: () => void this.menus.push(menu),
    };
    return builder;
  }
}

/** SpreadsheetApp, Charts, Session and HtmlService over one fake spreadsheet, as globals for Code.js or the adapter. */
export function fakeAppsScript(spreadsheet = new FakeSpreadsheet(), locale = 'ru') {
  const ui = new FakeUi();
  const SpreadsheetApp = {
    getActive: () => spreadsheet,
    getActiveSpreadsheet: () => spreadsheet,
    getActiveRange: () => spreadsheet.getActiveRange(),
    getUi: () => ui,
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    newDataValidation() {
      const rule: FakeValidation = { values: [], showDropdown: false, allowInvalid: true };
      const builder = {
        requireValueInList: (values: string[], showDropdown = true) => (
          (rule.values = [...values]),
          (rule.showDropdown = showDropdown),
          builder
        ),
        setAllowInvalid: (allow: boolean) => ((rule.allowInvalid = allow), builder),
        build: () => rule,
      };
      return builder;
    },
  };
  const Charts = {
    ChartType: { LINE: 'LINE', COLUMN: 'COLUMN', BAR: 'BAR' },
    ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
  };
  const Session = { getActiveUserLocale: () => locale };
  const HtmlService = {
    createHtmlOutputFromFile(file: string) {
      const output = { file, title: '', setTitle: (title: string) => ({ ...output, title }) };
      return output;
    },
  };
  return { spreadsheet, ui, globals: { SpreadsheetApp, Charts, Session, HtmlService } };
}

/** The fake as the adapter's parameter type. */
export const asSpreadsheet = (fake: FakeSpreadsheet) =>
  fake as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
