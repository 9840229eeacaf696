/**
 * A template laid out for one language and one host: the values and formulas of each block, and the
 * ranges to format, style, annotate and name. Pure, so what a host will be asked to do can be tested
 * without a host.
 */
import { cellName, parseCell, type Position, rectangles } from './a1';
import { qualifyFormula } from './formula';
import type { Lang, NumberFormat, Template, TemplateCell } from './model';
import type { CellContent, CellNote, CellStyle, Chart, NamedRange } from './workbook';

export interface SheetLayout {
  blocks: { anchor: string; rows: CellContent[][] }[];
  formats: { format: NumberFormat; ranges: string[] }[];
  styles: { style: CellStyle; ranges: string[] }[];
  notes: CellNote[];
  lists: { range: string; values: readonly string[] }[];
  names: NamedRange[];
  freezeRows: number;
  columnWidths: readonly number[];
  charts: Chart[];
}

function content(cell: TemplateCell, lang: Lang, functionPrefix: string): CellContent {
  if (!cell || cell.kind === 'spill') return null;
  if (cell.kind === 'label') return cell.text[lang];
  if (cell.kind === 'formula') {
    const text = typeof cell.formula === 'string' ? cell.formula : cell.formula[lang];
    return { formula: qualifyFormula(text, functionPrefix) };
  }
  if (cell.formula) return { formula: qualifyFormula(cell.formula, functionPrefix) };
  return cell.value === null || typeof cell.value === 'number' ? cell.value : cell.value[lang];
}

/** Positions grouped by a key, each group as few rectangles as possible. */
class Groups<K> {
  private readonly cells = new Map<K, Position[]>();
  add(key: K, position: Position): void {
    const positions = this.cells.get(key);
    if (positions) positions.push(position);
    else this.cells.set(key, [position]);
  }
  entries(): [K, string[]][] {
    return [...this.cells].map(([key, positions]) => [key, rectangles(positions)]);
  }
}

export function layOutTemplate(
  template: Template,
  lang: Lang,
  functionPrefix: string,
  nameSuffix: string,
): SheetLayout {
  const formats = new Groups<NumberFormat>();
  const styles = new Groups<CellStyle>();
  const notes: CellNote[] = [];
  const lists: SheetLayout['lists'] = [];

  const blocks = template.blocks.map(({ anchor, rows }) => {
    const origin = parseCell(anchor);
    const width = Math.max(...rows.map((row) => row.length));
    const written = rows.map((row, r) =>
      Array.from({ length: width }, (_, c) => {
        const cell = row[c] ?? null;
        const position = { row: origin.row + r, col: origin.col + c };
        if (cell && cell.kind !== 'label' && cell.format) formats.add(cell.format, position);
        if (cell?.kind === 'input') styles.add('input', position);
        if (cell?.kind === 'label' && cell.style) styles.add(cell.style, position);
        if (cell && cell.kind !== 'spill' && cell.note)
          notes.push({ cell: cellName(position), text: cell.note[lang] });
        if (cell?.kind === 'input' && cell.choices)
          lists.push({ range: cellName(position), values: cell.choices[lang] });
        return content(cell, lang, functionPrefix);
      }),
    );
    return { anchor, rows: written };
  });

  return {
    blocks,
    formats: formats.entries().map(([format, ranges]) => ({ format, ranges })),
    styles: styles.entries().map(([style, ranges]) => ({ style, ranges })),
    notes,
    lists,
    names: Object.entries(template.names).map(([name, range]) => ({ name: `${name}${nameSuffix}`, range })),
    freezeRows: template.freezeRows,
    columnWidths: template.columnWidths,
    charts: template.charts.map((chart) => ({
      ...chart,
      title: chart.title[lang],
      series: chart.series.map((series) => ({ name: series.name[lang], values: series.values })),
    })),
  };
}
