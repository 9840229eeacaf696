export const PLAYGROUND_CSS = `
.top { padding: 10px 16px 0; }
.top p { margin: 2px 0 8px; color: var(--muted); }
.toolbar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.toolbar select { width: auto; }
.toolbar button[aria-pressed=true] { background: var(--accent); color: #fff; }
.status { min-height: 1.4em; margin: 4px 0; font-weight: 600; }
.layout { display: flex; gap: 16px; padding: 0 16px 16px; align-items: flex-start; }
.workspace { flex: 1 1 auto; min-width: 0; }
.bar { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.name-box { width: 56px; padding: 5px 6px; border: 1px solid var(--line); border-radius: 4px; font-family: monospace; }
.fx { color: var(--muted); font-style: italic; }
.formula-bar { flex: 1; padding: 5px 8px; border: 1px solid var(--line); border-radius: 4px; font-family: Consolas, monospace; }
.cell-message { min-height: 1.4em; margin: 0 0 4px; color: var(--muted); font-size: 12px; }
.cell-message.error { color: var(--bad); }
.grid-scroll { overflow: auto; max-height: calc(100vh - 240px); border: 1px solid var(--line); }
.grid { border-collapse: collapse; font-size: 13px; }
.grid th { background: #f1f3f4; color: var(--muted); font-weight: 500; padding: 2px 6px; border: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
.grid tbody th { position: sticky; left: 0; text-align: right; z-index: 1; }
.grid tr.frozen td { position: sticky; background: #fff; z-index: 1; }
.grid td { border: 1px solid var(--line); padding: 0; }
.grid td input { width: 110px; border: 0; padding: 3px 5px; font: inherit; background: transparent; }
.grid td input.number { text-align: right; }
.grid td input.error { color: var(--bad); }
.grid td input.style-input { background: #fff2cc; }
.grid td input.style-header { background: #e7e6e6; font-weight: 600; }
.grid td input.style-title { font-weight: 700; font-size: 15px; }
.grid td input.noted { background-image: linear-gradient(225deg, #e37400 5px, transparent 5px); }
.grid td input:focus { outline: 2px solid var(--accent); outline-offset: -2px; text-align: left; }
.tabs { display: flex; gap: 2px; margin-top: 4px; flex-wrap: wrap; }
.tab { background: #f1f3f4; color: #202124; border: 1px solid var(--line); border-radius: 0 0 4px 4px; padding: 4px 10px; }
.tab.current { background: #fff; color: var(--accent); font-weight: 600; }
.charts { display: flex; gap: 16px; flex-wrap: wrap; margin-top: 10px; }
.chart-box { margin: 0; width: 460px; border: 1px solid var(--line); padding: 8px; }
.chart-box figcaption { font-weight: 600; margin-bottom: 4px; }
.chart-axis { font-size: 10px; fill: var(--muted); }
.chart-legend { margin: 4px 0 0; font-size: 12px; }
.side { flex: 0 0 360px; max-height: calc(100vh - 120px); overflow: auto; border-left: 1px solid var(--line); padding-left: 12px; }
`;
