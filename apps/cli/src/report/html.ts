/** One self-contained HTML page: inline CSS and inline SVG charts, no external resources. */
export interface Section {
  title: string;
  /** Trusted HTML (charts, tables built by `table`). */
  html: string;
  chart?: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

export function page(title: string, intro: string[], sections: readonly Section[], stamp: string | null, warnings: readonly string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
.stamp{background:#b00020;color:#fff;padding:.6em 1em;font-weight:bold;border-radius:4px}
.intro{color:#555}figure.chart{margin:1em 0}figure.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5em 0;font-variant-numeric:tabular-nums}th,td{padding:.2em .6em;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}ul.warnings{color:#7a5200}
</style></head><body>
<h1>${esc(title)}</h1>
${stamp ? `<p class="stamp" id="stamp">${esc(stamp.toUpperCase())}: phases dated with hindsight were used</p>` : ""}
${intro.map((p) => `<p class="intro">${esc(p)}</p>`).join("\n")}
${sections.map((s) => `<section><h2>${esc(s.title)}</h2>${s.chart ? `<figure class="chart" data-chart="${esc(s.chart)}">${s.html}</figure>` : s.html}</section>`).join("\n")}
${warnings.length ? `<section><h2>Warnings</h2><ul class="warnings">${warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul></section>` : ""}
</body></html>
`;
}
