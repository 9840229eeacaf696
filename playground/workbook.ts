/**
 * The template port on the playground's HyperFormula engine. Values and formulas go into the engine;
 * what HyperFormula has no notion of — formats, styles, notes, drop-downs, frozen rows, widths,
 * charts — is kept per sheet as metadata for the playground's grid to show.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { cellName, cellsOf, parseCell, sheetReference } from '../core/templates/a1';
import type { NumberFormat } from '../core/templates/model';
import {
  asTyped,
  type CellContent,
  type CellNote,
  type CellStyle,
  type Chart,
  type NamedRange,
} from '../core/templates/workbook';
import type { Selection, WizardWorkbook } from '../core/wizard/workbook';

/** What a sheet looks like beyond its values, cell by cell (`B5` → …). */
export interface SheetMetadata {
  /** A template's number formats, and those a typed entry implies (`35%`, `31.12.2026`). */
  formats: Map<string, NumberFormat | 'date'>;
  styles: Map<string, CellStyle>;
  notes: Map<string, string>;
  choices: Map<string, readonly string[]>;
  frozenRows: number;
  columnWidths: readonly number[];
  /** Widths the user dragged, by column index: they win over fitting the content. */
  manualWidths: Record<number, number>;
  charts: Chart[];
}

/** The whole workbook as JSON: what the playground keeps in the browser's storage. */
export interface WorkbookSnapshot {
  version: 1;
  sheets: { name: string; cells: RawCellContent[][] }[];
  names: { name: string; expression: string }[];
  metadata: Record<string, MetadataSnapshot>;
}

type MetadataSnapshot = Omit<SheetMetadata, 'formats' | 'styles' | 'notes' | 'choices'> & {
  formats: [string, NumberFormat | 'date'][];
  styles: [string, CellStyle][];
  notes: [string, string][];
  choices: [string, readonly string[]][];
};

export class PlaygroundWorkbook implements WizardWorkbook {
  readonly functionPrefix = '';
  private readonly metadata = new Map<string, SheetMetadata>();
  /** Where the grid's cursor is; the grid keeps it current. */
  selected: Selection = { sheet: '', anchor: 'A1' };

  constructor(readonly engine: HyperFormula) {}

  /** The metadata of a sheet rendered through this port; `undefined` for any other sheet. */
  sheetMetadata(sheet: string): SheetMetadata | undefined {
    return this.metadata.get(sheet);
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.engine.getSheetNames();
  }

  async rangeNames(): Promise<readonly string[]> {
    return this.engine.listNamedExpressions();
  }

  async addSheet(name: string): Promise<void> {
    this.engine.addSheet(name);
    this.adopt(name);
  }

  /** Starts keeping metadata for a sheet made directly on the engine (the playground's first sheet). */
  adopt(name: string): void {
    if (!this.metadata.has(name)) {
      this.metadata.set(name, {
        formats: new Map(),
        styles: new Map(),
        notes: new Map(),
        choices: new Map(),
        frozenRows: 0,
        columnWidths: [],
        manualWidths: {},
        charts: [],
      });
    }
  }

  /** Called after a change the engine does not see (a column dragged wider); the playground saves then. */
  onTouched: () => void = () => undefined;

  touch(): void {
    this.onTouched();
  }

  /** Every sheet with its formulas (in English syntax, whatever the UI's language), names and looks. */
  snapshot(): WorkbookSnapshot {
    const { engine } = this;
    const metadata: Record<string, MetadataSnapshot> = {};
    for (const [sheet, meta] of this.metadata) {
      metadata[sheet] = {
        ...meta,
        formats: [...meta.formats],
        styles: [...meta.styles],
        notes: [...meta.notes],
        choices: [...meta.choices],
      };
    }
    return {
      version: 1,
      sheets: engine.getSheetNames().map((name) => ({
        name,
        cells: engine.getSheetSerialized(engine.getSheetId(name)!),
      })),
      names: engine
        .getAllNamedExpressionsSerialized()
        .map(({ name, expression }) => ({ name, expression: String(expression) })),
      metadata,
    };
  }

  /** Rebuilds a snapshot into the (empty) engine; the undo history starts afresh. */
  restore(snapshot: WorkbookSnapshot): void {
    const { engine } = this;
    engine.batch(() => {
      for (const { name } of snapshot.sheets) engine.addSheet(name);
      for (const { name, expression } of snapshot.names) engine.addNamedExpression(name, expression);
      for (const { name, cells } of snapshot.sheets) engine.setSheetContent(engine.getSheetId(name)!, cells);
    });
    for (const [sheet, meta] of Object.entries(snapshot.metadata)) {
      this.metadata.set(sheet, {
        ...meta,
        formats: new Map(meta.formats),
        styles: new Map(meta.styles),
        notes: new Map(meta.notes),
        choices: new Map(meta.choices),
      });
    }
    engine.clearUndoStack();
  }

  async selection(): Promise<Selection> {
    return this.selected;
  }

  async isEmpty(sheet: string, range: string): Promise<boolean> {
    const id = this.sheetId(sheet);
    return cellsOf(range).every(({ row, col }) => {
      const address = { sheet: id, row, col };
      // A cell another formula spills into holds no content but is not free: writing there would break
      // that formula, so it counts as occupied, as in Excel.
      return this.engine.getCellFormula(address) === undefined && this.engine.getCellValue(address) === null;
    });
  }

  async writeBlock(sheet: string, anchor: string, rows: readonly (readonly CellContent[])[]): Promise<void> {
    this.engine.setCellContents(
      { sheet: this.sheetId(sheet), ...parseCell(anchor) },
      rows.map((row) => row.map((content): RawCellContent => asTyped(content))),
    );
  }

  async setNumberFormat(sheet: string, format: NumberFormat, ranges: readonly string[]): Promise<void> {
    this.eachCell(ranges, (cell) => this.meta(sheet).formats.set(cell, format));
  }

  async setStyle(sheet: string, style: CellStyle, ranges: readonly string[]): Promise<void> {
    this.eachCell(ranges, (cell) => this.meta(sheet).styles.set(cell, style));
  }

  async setNotes(sheet: string, notes: readonly CellNote[]): Promise<void> {
    for (const { cell, text } of notes) this.meta(sheet).notes.set(cell, text);
  }

  async setValidationList(sheet: string, range: string, values: readonly string[]): Promise<void> {
    this.eachCell([range], (cell) => this.meta(sheet).choices.set(cell, values));
  }

  async addNamedRanges(sheet: string, names: readonly NamedRange[]): Promise<void> {
    this.engine.batch(() => {
      for (const { name, range } of names)
        this.engine.addNamedExpression(name, `=${sheetReference(sheet, range)}`);
    });
  }

  async freezeRows(sheet: string, count: number): Promise<void> {
    this.meta(sheet).frozenRows = count;
  }

  async setColumnWidths(sheet: string, widths: readonly number[]): Promise<void> {
    this.meta(sheet).columnWidths = widths;
  }

  async addChart(sheet: string, chart: Chart): Promise<void> {
    this.meta(sheet).charts.push(chart);
  }

  /** Every write above is already applied. */
  async commit(): Promise<void> {}

  private sheetId(sheet: string): number {
    const id = this.engine.getSheetId(sheet);
    if (id === undefined) throw new Error(`No sheet named ${sheet}`);
    return id;
  }

  private meta(sheet: string): SheetMetadata {
    const found = this.metadata.get(sheet);
    if (!found) throw new Error(`Sheet ${sheet} was not added through this workbook`);
    return found;
  }

  private eachCell(ranges: readonly string[], apply: (cell: string) => void): void {
    for (const range of ranges) for (const position of cellsOf(range)) apply(cellName(position));
  }
}
