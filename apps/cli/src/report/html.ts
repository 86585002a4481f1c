/** One self-contained HTML page: inline CSS and inline SVG charts, no external resources. */
import { inLang, wordOf, type Lang } from "@kitchin/core";
import { FONT_STACK } from "./charts.ts";

export interface Section {
  /** Anchor of the section (`call`, `cycles`, `phases`, …): tests and links find sections by it. */
  id?: string;
  title: string;
  /** Trusted HTML (charts, tables built by `table`). */
  html: string;
  chart?: string;
}

export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A chart in its figure (several may share a section). */
export const figure = (name: string, svg: string) => `<figure class="chart" data-chart="${esc(name)}">${svg}</figure>`;

/** A table; `marks[i][j]` adds a class to a cell (e.g. `trails` on a strategy behind its benchmark). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], marks?: readonly (readonly (string | undefined)[] | undefined)[]): string {
  return `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r, i) => `<tr>${r.map((c, j) => { const m = marks?.[i]?.[j]; return m ? `<td class="${m}">${esc(c)}</td>` : `<td>${esc(c)}</td>`; }).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

export interface PageOptions {
  lang: Lang;
  title: string;
  /** Lines under the title: date made, data through. */
  byline: string[];
  intro: string[];
  sections: readonly Section[];
  stamp: boolean;
  warnings: readonly string[];
}

export function page(o: PageOptions): string {
  const { lang } = o;
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${esc(o.title)}</title>
<style>
body{font:14px/1.5 ${FONT_STACK};margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
.byline{color:#555;margin-top:0}
.stamp{background:#b00020;color:#fff;padding:.6em 1em;font-weight:bold;border-radius:4px}
#call .phase{font-size:1.5em;font-weight:bold}#call{background:#f4f7fa;padding:.2em 1em 1em;border-radius:6px}
.intro{color:#555}figure.chart{margin:1em 0}figure.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5em 0;font-variant-numeric:tabular-nums}th,td{padding:.2em .6em;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}ul.warnings{color:#7a5200}td.trails{color:#b00020}td.leads{color:#1b7a3a}
@page{size:A4;margin:12mm}@media print{body{margin:0;max-width:none}section{break-inside:avoid}}
</style></head><body>
<h1>${esc(o.title)}</h1>
${o.byline.map((b) => `<p class="byline">${esc(b)}</p>`).join("\n")}
${o.stamp ? `<p class="stamp" id="stamp">${esc(wordOf("stamp", lang))}</p>` : ""}
${o.sections.map((s) => `<section${s.id ? ` id="${esc(s.id)}"` : ""}><h2>${esc(s.title)}</h2>${s.chart ? figure(s.chart, s.html) : s.html}</section>`).join("\n")}
${o.intro.length ? `<section id="notes"><h2>${esc(wordOf("notes", lang))}</h2>${o.intro.map((p) => `<p class="intro">${esc(p)}</p>`).join("\n")}</section>` : ""}
${o.warnings.length ? `<section id="warnings"><h2>${esc(wordOf("warnings", lang))}</h2><ul class="warnings">${o.warnings.map((w) => `<li>${esc(inLang(w, lang))}</li>`).join("")}</ul></section>` : ""}
</body></html>
`;
}
