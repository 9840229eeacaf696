/** One look for the task pane, the sidebar and the playground. */
export const BASE_CSS = `
:root { color-scheme: light; --accent: #1f6f4a; --muted: #5f6368; --line: #dadce0; --bad: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Segoe UI", Roboto, Arial, sans-serif; color: #202124; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 18px 0 6px; color: var(--accent); }
h3 { font-size: 14px; margin: 12px 0 4px; }
h4 { font-size: 13px; margin: 8px 0 2px; color: var(--muted); }
code { font-family: Consolas, "Roboto Mono", monospace; font-size: 12.5px; }
label { display: block; font-weight: 600; margin: 8px 0 4px; }
input, select, button { font: inherit; }
input[type=search], input[type=text], input[type=number], select { width: 100%; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; }
button { padding: 6px 12px; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
.count { color: var(--muted); margin: 6px 0; }
.fn { border-top: 1px solid var(--line); padding: 4px 0 8px; }
.fn:target { background: #fff8e1; }
.fn dl { margin: 0; }
.fn dt { margin-top: 4px; }
.fn dd { margin: 0 0 0 14px; color: #3c4043; }
.app { padding: 12px; max-width: 760px; }
`;

/** The wizard's look, shared by every host. */
export const WIZARD_CSS = `
.wizard-steps { display: flex; gap: 4px; list-style: none; padding: 0; margin: 8px 0; flex-wrap: wrap; }
.wizard-steps button { font-size: 12.5px; padding: 4px 8px; }
.wizard-steps button.current { background: var(--accent); color: #fff; }
.wizard-step fieldset { border: 0; padding: 0; margin: 0 0 6px; }
.wizard-step legend { font-weight: 600; margin-bottom: 4px; }
.choice { display: inline-flex; align-items: center; gap: 4px; font-weight: 400; margin-right: 12px; }
.field { margin-bottom: 6px; }
.field input[aria-invalid=true] { border-color: var(--bad); }
.field-error { color: var(--bad); font-size: 12px; margin: 2px 0 0; min-height: 1em; }
.stage { border-left: 3px solid var(--line); padding-left: 8px; margin-bottom: 6px; }
.wizard-actions .row { display: flex; gap: 6px; margin: 8px 0; flex-wrap: wrap; }
.wizard-status { min-height: 1.4em; font-weight: 600; }
.preview-table { border-collapse: collapse; margin-bottom: 8px; }
.preview-table th { text-align: left; font-weight: 400; padding: 2px 12px 2px 0; color: var(--muted); }
.preview-table td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.funnel { max-width: 320px; display: block; }
.funnel-bar { fill: #cfe8dc; stroke: var(--accent); }
.funnel-label { fill: #202124; font-size: 12px; }
`;

/** The task pane and sidebar tabs and template list. */
export const PANEL_CSS = `
.outside-host { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; padding: 8px 10px; }
.panel-tabs { display: flex; gap: 2px; border-bottom: 1px solid var(--line); margin-bottom: 8px; }
.panel-tabs button { background: #fff; color: var(--muted); border: 0; border-bottom: 3px solid transparent; border-radius: 0; }
.panel-tabs button[aria-selected=true] { color: var(--accent); border-bottom-color: var(--accent); font-weight: 600; }
.templates { list-style: none; padding: 0; margin: 0; }
.template { border-top: 1px solid var(--line); padding: 6px 0 10px; }
.template h3 { margin: 4px 0; }
.template p { margin: 2px 0 6px; color: #3c4043; }
`;
