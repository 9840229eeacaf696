/**
 * The templates' charts in the playground: SVG over the engine's current values, with a value axis
 * (ticks at round numbers, in the UI's locale) and a category axis whose labels turn when crowded.
 */
import { cellsOf } from '../core/templates/a1';
import type { Chart } from '../core/templates/workbook';
import { el, svg } from '../ui/dom';
import { type Lang, localeOf } from '../ui/language';
import type { PlaygroundWorkbook } from './workbook';

const COLOURS = ['#1f6f4a', '#e37400', '#1a73e8', '#a142f4'];
const WIDTH = 560;
const HEIGHT = 280;
const CHAR_WIDTH = 6.2;

/** Ticks from 0 to at least `largest` at a round step (1, 2 or 5 × 10ⁿ), about five of them. */
export function ticks(largest: number): number[] {
  if (!(largest > 0)) return [0, 1];
  const rough = largest / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((k) => k * power).find((candidate) => candidate >= rough)!;
  return Array.from({ length: Math.ceil(largest / step - 1e-9) + 1 }, (_, i) => i * step);
}

export function renderChart(
  workbook: PlaygroundWorkbook,
  sheet: string,
  chart: Chart,
  lang: Lang,
): HTMLElement {
  const { engine } = workbook;
  const id = engine.getSheetId(sheet)!;
  const read = (range: string) =>
    cellsOf(range).map(({ row, col }) => engine.getCellValue({ sheet: id, row, col }));
  const categories = read(chart.categories).map((value) => (value === null ? '' : String(value)));
  const series = chart.series.map((s) => ({
    name: s.name,
    values: read(s.values).map((value) => (typeof value === 'number' && value > 0 ? value : 0)),
  }));
  const scale = ticks(Math.max(0, ...series.flatMap((s) => s.values)));
  const top = scale[scale.length - 1];
  const short = new Intl.NumberFormat(localeOf(lang), { notation: 'compact', maximumFractionDigits: 1 });
  const horizontal = chart.type === 'bar';
  const longest = Math.max(1, ...categories.map((category) => category.length));
  const plot = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: '100%',
    role: 'img',
    'aria-label': chart.title,
    class: 'chart',
  }) as SVGSVGElement;

  // The frame the bars and lines sit in; the category labels get the room they need.
  const crowded = !horizontal && longest * CHAR_WIDTH > (WIDTH - 70) / Math.max(1, categories.length);
  const box = horizontal
    ? { left: Math.min(200, longest * CHAR_WIDTH + 14), right: WIDTH - 16, top: 10, bottom: HEIGHT - 26 }
    : { left: 56, right: WIDTH - 12, top: 10, bottom: HEIGHT - (crowded ? 20 + longest * 4.4 : 26) };
  const along = horizontal ? box.bottom - box.top : box.right - box.left;
  const across = horizontal ? box.right - box.left : box.bottom - box.top;
  const slot = along / Math.max(1, categories.length);
  const size = (value: number) => (value / top) * across;

  for (const tick of scale) {
    const at = horizontal ? box.left + size(tick) : box.bottom - size(tick);
    const [x1, y1, x2, y2] = horizontal ? [at, box.top, at, box.bottom] : [box.left, at, box.right, at];
    plot.append(svg('line', { x1, y1, x2, y2, class: 'chart-grid' }));
    plot.append(
      horizontal
        ? svg(
            'text',
            { x: at, y: box.bottom + 16, 'text-anchor': 'middle', class: 'chart-axis' },
            short.format(tick),
          )
        : svg(
            'text',
            { x: box.left - 6, y: at + 4, 'text-anchor': 'end', class: 'chart-axis' },
            short.format(tick),
          ),
    );
  }
  categories.forEach((category, i) => {
    const middle = (horizontal ? box.top : box.left) + slot * (i + 0.5);
    if (horizontal) {
      plot.append(
        svg('text', { x: box.left - 6, y: middle + 4, 'text-anchor': 'end', class: 'chart-axis' }, category),
      );
    } else if (crowded) {
      const y = box.bottom + 12;
      plot.append(
        svg(
          'text',
          {
            x: middle,
            y,
            'text-anchor': 'end',
            transform: `rotate(-45 ${middle} ${y})`,
            class: 'chart-axis',
          },
          category,
        ),
      );
    } else {
      plot.append(
        svg(
          'text',
          { x: middle, y: box.bottom + 16, 'text-anchor': 'middle', class: 'chart-axis' },
          category,
        ),
      );
    }
  });
  const axis = horizontal
    ? { x1: box.left, y1: box.top, x2: box.left, y2: box.bottom }
    : { x1: box.left, y1: box.bottom, x2: box.right, y2: box.bottom };
  plot.append(svg('line', { ...axis, class: 'chart-axis-line' }));

  series.forEach((s, k) => {
    const colour = COLOURS[k % COLOURS.length];
    const thickness = (slot * 0.75) / series.length;
    s.values.forEach((value, i) => {
      const start = (horizontal ? box.top : box.left) + slot * i + slot * 0.125 + thickness * k;
      plot.append(
        svg(
          'rect',
          horizontal
            ? { x: box.left, y: start, width: size(value), height: thickness, fill: colour }
            : { x: start, y: box.bottom - size(value), width: thickness, height: size(value), fill: colour },
        ),
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
