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
.bar .name-box { width: 90px; flex: 0 0 auto; padding: 5px 6px; border: 1px solid var(--line); border-radius: 4px; font-family: monospace; }
.fx { color: var(--muted); font-style: italic; }
.formula-bar { flex: 1; padding: 5px 8px; border: 1px solid var(--line); border-radius: 4px; font-family: Consolas, monospace; }
.cell-message { min-height: 1.4em; margin: 0 0 4px; color: var(--muted); font-size: 12px; }
.cell-message.error { color: var(--bad); }
.grid-frame { position: relative; height: max(320px, calc(100vh - 250px)); border: 1px solid var(--line); font-size: 13px; --head-height: 22px; --row-head-width: 46px; }
.grid-corner { position: absolute; left: 0; top: 0; width: var(--row-head-width); height: var(--head-height); background: #f1f3f4; border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); z-index: 3; }
.grid-top { position: absolute; left: var(--row-head-width); right: 0; top: 0; height: var(--head-height); overflow: hidden; background: #fff; border-bottom: 1px solid var(--line); z-index: 2; }
.grid-left { position: absolute; left: 0; top: var(--head-height); bottom: 0; width: var(--row-head-width); overflow: hidden; background: #f1f3f4; border-right: 1px solid var(--line); z-index: 2; }
.grid-pane-inner { position: relative; will-change: transform; }
.grid-scroll { position: absolute; left: var(--row-head-width); right: 0; top: var(--head-height); bottom: 0; overflow: auto; }
.grid-canvas { position: relative; }
.col-head { position: absolute; top: 0; height: 22px; line-height: 21px; text-align: center; color: var(--muted); background: #f1f3f4; border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); user-select: none; }
.col-head.active, .row-head.active { background: #dde8e2; color: #202124; font-weight: 600; }
.col-resize { position: absolute; right: -3px; top: 0; width: 6px; height: 100%; cursor: col-resize; z-index: 1; }
.row-head { position: absolute; left: 0; width: 100%; height: 24px; line-height: 23px; padding-right: 6px; text-align: right; color: var(--muted); border-bottom: 1px solid var(--line); background: #f1f3f4; user-select: none; }
.grid-corner .row-head { border-top: 0; }
.grid-frame input { position: absolute; height: 24px; margin: 0; border: 0; border-right: 1px solid #e8eaed; border-bottom: 1px solid #e8eaed; padding: 2px 5px; font: inherit; background: #fff; color: #202124; outline: none; text-overflow: clip; }
.grid-frame input.number { text-align: right; font-variant-numeric: tabular-nums; }
.grid-frame input.error { color: var(--bad); }
.grid-frame input.style-input { background: #fff2cc; }
.grid-frame input.style-header { background: #e7e6e6; font-weight: 600; }
.grid-frame input.style-title { font-weight: 700; }
.grid-frame input.noted { background-image: linear-gradient(225deg, #e37400 5px, transparent 5px); }
.grid-frame input.selected { background-color: #e8f0fe; }
.grid-frame input.overflowing { color: transparent; }
.grid-frame input:focus { outline: 2px solid var(--accent); outline-offset: -2px; z-index: 2; }
.grid-frame input.editing { text-align: left; color: #202124; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.grid-overflow { position: absolute; height: 24px; line-height: 20px; padding: 2px 5px; white-space: nowrap; overflow: hidden; pointer-events: none; z-index: 1; background: none !important; }
.grid-overflow.style-title { font-weight: 700; }
.grid-overflow.style-header { font-weight: 600; }
.grid-top input { z-index: 1; }
.grid-frame input:not(.editing)::selection { background: transparent; }
.grid-selection { position: absolute; border: 1px solid var(--accent); background: rgba(31, 111, 74, .06); pointer-events: none; z-index: 1; }
.formula-bar.spilled { color: var(--muted); }
.saved-note { color: var(--muted); font-size: 12px; margin-left: auto; }
button.danger { border-color: var(--bad); color: var(--bad); }
.tabs { display: flex; gap: 2px; margin-top: 4px; flex-wrap: wrap; }
.tab { background: #f1f3f4; color: #202124; border: 1px solid var(--line); border-radius: 0 0 4px 4px; padding: 4px 10px; }
.tab.current { background: #fff; color: var(--accent); font-weight: 600; }
.charts { display: flex; gap: 16px; flex-wrap: wrap; margin-top: 10px; }
.chart-box { margin: 0; width: 580px; max-width: 100%; border: 1px solid var(--line); padding: 8px; }
.chart-box figcaption { font-weight: 600; margin-bottom: 4px; }
.chart-axis { font-size: 11px; fill: #3c4043; }
.chart-grid { stroke: #e8eaed; }
.chart-axis-line { stroke: #5f6368; }
.chart-legend { margin: 4px 0 0; font-size: 12px; }
.side { flex: 0 0 360px; max-height: calc(100vh - 120px); overflow: auto; border-left: 1px solid var(--line); padding-left: 12px; }
`;
