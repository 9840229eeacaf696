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
