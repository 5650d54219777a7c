/**
 * The style sheet of every HTML output (tables and reports), embedded in the page so the file is
 * self-contained: system fonts, no colour used to rank anything, and a print style (A4, tables
 * not split inside a row, charts kept whole, no navigation).
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5b5b5b; --rule: #c8c8c8; --band: #f3f3f3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem; font: 15px/1.45 system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p { margin: .4rem 0; }
.lead { font-size: 1.05rem; color: var(--muted); margin-bottom: 1rem; }
.figures { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--rule); border-radius: 4px; padding: .5rem .9rem; min-width: 10rem; }
.figures strong { display: block; font-size: 1.35rem; }
nav ol { columns: 2; margin: .3rem 0 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .4rem; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); text-align: right; font-weight: 600; vertical-align: bottom; }
thead th:first-child, tbody th { text-align: left; font-weight: normal; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { text-align: left; white-space: normal; }
tr.section th { background: var(--band); font-weight: 600; padding-top: .45rem; }
tr.stem th { font-style: italic; color: var(--muted); }
table.pct tbody th[scope="row"] { min-width: 15rem; }
table.authority tr.statement th { font-weight: 600; padding-top: .5rem; border-bottom: none; }
table.authority tr.group th { padding-left: 1.2rem; }
tr.benchmark th, tr.benchmark td { color: var(--muted); font-size: .82rem; border-bottom-style: dotted; }
td.suppressed { text-align: center; color: var(--muted); font-style: italic; }
tr.total th, tr.total td { font-weight: 600; border-top: 1px solid var(--ink); }
table.statistics th[scope="row"] { white-space: nowrap; }
.n { color: var(--muted); white-space: nowrap; }
.matrix { table-layout: fixed; }
.matrix td, .matrix thead th { text-align: center; white-space: normal; }
.matrix thead th:first-child, .matrix tbody th { width: 34%; }
.matrix thead th:nth-child(2) { width: 10%; }
.matrix thead th { font-size: .78rem; }
figure { margin: 1rem 0; break-inside: avoid; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption, p.note { color: var(--muted); font-size: .85rem; margin-top: .25rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: .5rem 1rem; }
.narrative li { margin: .25rem 0; }
.notes li, .run li { margin: .15rem 0; color: var(--muted); font-size: .88rem; }
.run code { font-size: .8rem; word-break: break-all; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  tr, figure, .figures li { break-inside: avoid; }
  thead { display: table-header-group; }
  .charts { display: block; }
  .charts figure { width: 49%; display: inline-block; vertical-align: top; }
  figure img { max-height: 245mm; width: auto; max-width: 100%; }
  a { color: inherit; text-decoration: none; }
}
`;
