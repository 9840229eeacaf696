export const PLAYGROUND_CSS = `
.top { padding: 10px 16px 0; }
.top p { margin: 2px 0 8px; color: var(--muted); }
.layout { display: flex; gap: 16px; padding: 0 16px 16px; align-items: flex-start; }
.sheet { flex: 1 1 auto; min-width: 0; }
.bar { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.name-box { width: 56px; padding: 5px 6px; border: 1px solid var(--line); border-radius: 4px; font-family: monospace; }
.fx { color: var(--muted); font-style: italic; }
.formula-bar { flex: 1; padding: 5px 8px; border: 1px solid var(--line); border-radius: 4px; font-family: Consolas, monospace; }
.cell-message { min-height: 1.4em; margin: 0 0 4px; color: var(--bad); font-size: 12px; }
.grid-scroll { overflow: auto; max-height: calc(100vh - 150px); border: 1px solid var(--line); }
.grid { border-collapse: collapse; font-size: 13px; }
.grid th { background: #f1f3f4; color: var(--muted); font-weight: 500; padding: 2px 6px; border: 1px solid var(--line); position: sticky; top: 0; }
.grid tbody th { position: static; text-align: right; }
.grid td { border: 1px solid var(--line); padding: 0; }
.grid td input { width: 118px; border: 0; padding: 3px 5px; font: inherit; background: transparent; }
.grid td input.number { text-align: right; }
.grid td input.error { color: var(--bad); }
.grid td input:focus { outline: 2px solid var(--accent); outline-offset: -2px; text-align: left; }
.reference { flex: 0 0 340px; max-height: calc(100vh - 90px); overflow: auto; border-left: 1px solid var(--line); padding-left: 12px; }
`;
