/** The templates' charts in the playground: simple SVG over the engine's current values. */
import { cellsOf } from '../core/templates/a1';
import type { Chart } from '../core/templates/workbook';
import { el } from '../ui/dom';
import type { PlaygroundWorkbook } from './workbook';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1f6f4a', '#e37400', '#1a73e8', '#a142f4'];

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderChart(workbook: PlaygroundWorkbook, sheet: string, chart: Chart): HTMLElement {
  const { engine } = workbook;
  const id = engine.getSheetId(sheet)!;
  const read = (range: string) =>
    cellsOf(range).map(({ row, col }) => engine.getCellValue({ sheet: id, row, col }));
  const categories = read(chart.categories).map((value) => String(value ?? ''));
  const series = chart.series.map((s) => ({
    name: s.name,
    values: read(s.values).map((value) => (typeof value === 'number' ? value : 0)),
  }));
  const width = 460;
  const height = 220;
  const left = 8;
  const bottom = 40;
  const largest = Math.max(1, ...series.flatMap((s) => s.values));
  const plot = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': chart.title,
    class: 'chart',
  }) as SVGSVGElement;
  const slot = (width - left) / Math.max(1, categories.length);
  const y = (value: number) => (height - bottom) * (1 - value / largest) + 4;
  categories.forEach((category, i) => {
    plot.append(
      svg(
        'text',
        { x: left + slot * (i + 0.5), y: height - bottom + 16, 'text-anchor': 'middle', class: 'chart-axis' },
        category.slice(0, 10),
      ),
    );
  });
  series.forEach((s, k) => {
    const bar = (slot * 0.8) / series.length;
    s.values.forEach((value, i) => {
      const x = left + slot * i + slot * 0.1 + bar * k;
      plot.append(
        svg('rect', {
          x,
          y: y(value),
          width: bar,
          height: Math.max(0, height - bottom + 4 - y(value)),
          fill: COLOURS[k % COLOURS.length],
        }),
      );
    });
  });
  const legend = el(
    'p',
    { class: 'chart-legend' },
    ...series.map((s, k) => el('span', { style: `color:${COLOURS[k % COLOURS.length]}` }, `■ ${s.name} `)),
  );
  return el('figure', { class: 'chart-box' }, el('figcaption', {}, chart.title), plot, legend);
}
