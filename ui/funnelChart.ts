/** The preview's funnel: one bar per stage, widest at the top, labelled with the stage and volume. */
import { svg } from './dom';
import { type Lang, localeOf } from './language';

export function funnelChart(
  stages: readonly { name: string; volume: number }[],
  lang: Lang,
  title: string,
): SVGSVGElement {
  const width = 300;
  const bar = 26;
  const gap = 6;
  const height = stages.length * (bar + gap);
  const largest = Math.max(1, ...stages.map((stage) => stage.volume));
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': title,
    class: 'funnel',
  });
  stages.forEach((stage, i) => {
    const length = Math.max(4, (stage.volume / largest) * width);
    const y = i * (bar + gap);
    chart.append(
      svg('rect', { x: (width - length) / 2, y, width: length, height: bar, rx: 3, class: 'funnel-bar' }),
      svg(
        'text',
        { x: width / 2, y: y + bar / 2 + 5, 'text-anchor': 'middle', class: 'funnel-label' },
        `${stage.name}: ${stage.volume.toLocaleString(localeOf(lang))}`,
      ),
    );
  });
  return chart;
}
