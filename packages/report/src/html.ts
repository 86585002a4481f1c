/**
 * One self-contained HTML page: inline CSS and inline SVG charts, no external resources, no script.
 * Every piece is `SafeHtml` (safeHtml.ts): names from files reach the page only through the `html`
 * template's escaping holes, and the page's Content-Security-Policy refuses any load or script all
 * the same (docs/development.md, "The report's HTML").
 */
import { inLang, wordOf, type Lang, type Note } from "@kitchin/core";
import { FONT_STACK } from "./charts.ts";
import { LEGEND_CSS } from "./legend.ts";
import { clientPage } from "./clientText.ts";
import { html, join, raw, type SafeHtml } from "./safeHtml.ts";

/** The door sections use (docs/development.md): `raw` too, for markup from a constant. @public */
export { html, raw, join, type SafeHtml } from "./safeHtml.ts";

export interface Section {
  /** Anchor of the section (`call`, `cycles`, `phases`, …): tests and links find sections by it. */
  id?: string;
  /** Plain text (escaped when the page is built). */
  title: string;
  /** The section's body, built with `html` / `table` / `figure`. */
  html: SafeHtml;
  /** When set, the body is a chart wrapped in a figure of this name. */
  chart?: string;
}

/**
 * The page's Content-Security-Policy: nothing is loaded (no images, fonts, frames, connections
 * from anywhere, not even the page's own folder) and no script runs; only the page's own inline
 * CSS and the charts' inline SVG are used. The charts are drawn in Node, so the page needs no
 * script at all.
 */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** A chart in its figure (several may share a section). */
export const figure = (name: string, svg: SafeHtml) => html`<figure class="chart" data-chart="${name}">${svg}</figure>`;

/**
 * A cell that holds a figure, a date or a window ("−6.1 pp", "2015-05→2024-01", "9.1% (56)"): kept
 * on one line (class `n`), where a name may wrap (no "2015-/05→2024-01").
 */
export const figureCell = (c: string): boolean =>
  /\d/.test(c) &&
  c.length <= 24 &&
  (c.match(/[A-Za-z]/g) ?? []).length <= 3 &&
  !/[\u3400-\u9fff]/.test(c) &&
  !c.includes("→");

/** A span "2015-05→2024-01" may break after its arrow and nowhere else (two unbreakable halves). */
function cell(c: string): SafeHtml | string {
  const k = c.indexOf("→");
  if (k < 0 || !/\d/.test(c)) return c;
  return html`<span class="n">${c.slice(0, k + 1)}</span>&#8203;<span class="n">${c.slice(k + 1)}</span>`;
}

/**
 * A table of plain-text cells; `marks[i][j]` adds a class to a cell (e.g. `trails` on a strategy behind its benchmark).
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  marks?: readonly (readonly (string | undefined)[] | undefined)[],
): SafeHtml {
  // a header may break after a slash ("turnover/ yr") as well as at its spaces
  const head = (h: string) =>
    join(
      h.split("/").map((x) => html`${x}`),
      raw("/&#8203;"),
    );
  return html`<table><thead><tr>${header.map((h) => html`<th>${head(h)}</th>`)}</tr></thead><tbody>${rows.map(
    (r, i) =>
      html`<tr>${r.map((c, j) => {
        const m = [marks?.[i]?.[j], figureCell(c) ? "n" : undefined].filter(Boolean).join(" ");
        return m ? html`<td class="${m}">${cell(c)}</td>` : html`<td>${cell(c)}</td>`;
      })}</tr>`,
  )}</tbody></table>`;
}

/** Paragraphs of plain text, each with an optional class. */
export const paragraphs = (lines: readonly string[], cls?: string): SafeHtml =>
  join(
    lines.map((l) => (cls ? html`<p class="${cls}">${l}</p>` : html`<p>${l}</p>`)),
    raw("\n"),
  );

export interface PageOptions {
  lang: Lang;
  title: string;
  /** Lines under the title: date made, data through. */
  byline: string[];
  intro: string[];
  sections: readonly Section[];
  stamp: boolean;
  warnings: readonly Note[];
  /** The last line: data, methods and version (plain text). */
  footnote?: string;
}

/**
 * The page's style: tables at 12 px with cells that never wrap a date or a number (the
 * first column, names, may wrap), charts at their drawn size up to the column's width; in print,
 * A4 with 12 mm margins, sections flow from page to page (no forced break, so pages fill) and only a
 * figure, a table row, the phase legend and a heading with what follows it are kept together.
 */
const STYLE = raw(
  `<style>
body{font:14px/1.5 ${FONT_STACK};margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}h3{font-size:1.05em}h4{font-size:.95em;margin:.8em 0 .2em}
.byline{color:#555;margin-top:0}
.stamp{background:#b00020;color:#fff;padding:.6em 1em;font-weight:bold;border-radius:4px}
#call .phase{font-size:1.5em;font-weight:bold}#call{background:#f4f7fa;padding:.2em 1em 1em;border-radius:6px}
.intro{color:#555}figure.chart{margin:1em 0}figure.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5em 0;font-variant-numeric:tabular-nums;font-size:12px}th,td{padding:.2em .5em;border-bottom:1px solid #eee;text-align:right}
td.n,span.n{white-space:nowrap}th{font-weight:600;vertical-align:bottom}
th:first-child,td:first-child{text-align:left}ul.warnings{color:#7a5200}td.trails{color:#b00020}td.leads{color:#1b7a3a}
.caption{color:#555;font-size:12px;margin-top:-.6em}.footnote{color:#555;font-size:12px;border-top:1px solid #ddd;margin-top:2em;padding-top:.5em}
@page{size:A4;margin:12mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:12px}table{font-size:11px}th,td{padding:.15em .25em}h2{margin-top:1.2em}figure.chart,tr,.phase-legend,#call{break-inside:avoid}h2,h3,h4{break-after:avoid}}
</style>` as const,
);
/** The phase legend's swatches (legend.ts; a constant of the code built from the phase colours). */
const LEGEND_STYLE = raw(`<style>${LEGEND_CSS}</style>` as "<style></style>");

export function section(s: Section): SafeHtml {
  return html`<section${s.id ? html` id="${s.id}"` : ""}><h2>${s.title}</h2>${s.chart ? figure(s.chart, s.html) : s.html}</section>`;
}

export function page(o: PageOptions): string {
  const { lang } = o;
  return clientPage(
    html`<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>${o.title}</title>
${STYLE}${LEGEND_STYLE}</head><body>
<h1>${o.title}</h1>
${paragraphs(o.byline, "byline")}
${o.stamp ? html`<p class="stamp" id="stamp">${wordOf("stamp", lang)}</p>` : ""}
${join(o.sections.map(section), raw("\n"))}
${o.intro.length ? html`<section id="notes"><h2>${wordOf("notes", lang)}</h2>${paragraphs(o.intro, "intro")}</section>` : ""}
${o.warnings.length ? html`<section id="warnings"><h2>${wordOf("warnings", lang)}</h2><ul class="warnings">${o.warnings.map((w) => html`<li>${inLang(w, lang)}</li>`)}</ul></section>` : ""}
${o.footnote ? html`<p class="footnote" id="footnote">${o.footnote}</p>` : ""}
</body></html>
`.html,
    lang,
  );
}
