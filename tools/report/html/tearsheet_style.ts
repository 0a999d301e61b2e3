/** The tearsheet's stylesheet: system fonts, light and dark from the system colour scheme, print-friendly. */
export const TEARSHEET_STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2933; --muted: #6b7280; --line: #e5e7eb; --panel: #f8fafc; --accent: #2f6fdf; --gain: #1f8a4c; --loss: #c53030; --warn-bg: #fff7e6; --warn-line: #f0b429; }
@media (prefers-color-scheme: dark) { :root { --bg: #111827; --fg: #e5e7eb; --muted: #9ca3af; --line: #374151; --panel: #1f2937; --accent: #7aa2f7; --gain: #4ade80; --loss: #f87171; --warn-bg: #3b2f12; --warn-line: #b7791f; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 36px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 24px 0 8px; }
.subtitle, .meta { color: var(--muted); margin: 0 0 4px; }
.warning { background: var(--warn-bg); border-left: 4px solid var(--warn-line); padding: 8px 12px; margin: 12px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-variant-numeric: tabular-nums; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
th { background: var(--panel); font-weight: 600; }
th.right, td.right { text-align: right; }
th.highlighted { color: var(--accent); }
th[title] { text-decoration: underline dotted; cursor: help; }
table.sortable th { cursor: pointer; user-select: none; }
table.sortable th[aria-sort="ascending"]::after { content: " ▲"; } table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
td.neg { color: var(--loss); } td.pos { color: var(--gain); }
.baseline { color: var(--muted); font-style: italic; }
.scroll { overflow-x: auto; }
.chart { width: 100%; min-height: 200px; margin: 8px 0; }
.row { display: flex; flex-wrap: wrap; gap: 12px; } .row .chart { flex: 1 1 460px; width: auto; }
.controls { color: var(--muted); font-size: 13px; }
button { font: inherit; padding: 3px 10px; border: 1px solid var(--line); background: var(--panel); color: var(--fg); border-radius: 4px; cursor: pointer; }
.run { border-top: 1px dashed var(--line); margin-top: 24px; }
footer { margin-top: 48px; color: var(--muted); font-size: 12px; }
@media print { .controls, button { display: none; } }
`;
