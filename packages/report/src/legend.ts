/**
 * The phase legend drawn once in HTML above the headline assets' charts: the four phases'
 * colours, ex-post (full) and as-of (light, dashed outline) when the charts shade both, so each
 * asset chart carries its own name and nothing else. Colours and labels are the charts' own.
 */
import { PHASES, wordOf, type Lang } from "@kitchin/core";
import { PHASE_COLOURS } from "./charts.ts";
import { html, join, type SafeHtml } from "./safeHtml.ts";

/**
 * The swatches' CSS (in the page's style sheet): the charts' shading (ex-post 0.35 opaque, as-of
 * 0.18 with a dashed edge) in the four phase colours.
 */
export const LEGEND_CSS =
  PHASE_COLOURS.map(
    (c, i) => `.swatch.p${i}{background:${c}59}.swatch.p${i}.asof{background:${c}2e;border:1.5px dashed ${c}}`,
  ).join("") +
  ".phase-legend{font-size:12px;margin:.4em 0}.legend-row{display:flex;flex-wrap:wrap;gap:.3em 1.2em;align-items:center}.legend-title{font-weight:bold}" +
  ".legend-item{white-space:nowrap}.swatch{display:inline-block;width:1em;height:.8em;margin-right:.35em;vertical-align:-.05em;box-sizing:border-box}";

const swatch = (i: number, asOf: boolean): SafeHtml =>
  html`<span class="${`swatch p${i}${asOf ? " asof" : ""}`}"></span>`;

export function phaseLegendHtml(lang: Lang, withAsOf: boolean): SafeHtml {
  const label = (i: number) => (lang === "zh" ? PHASES[i].zh : `${PHASES[i].en} ${PHASES[i].zh}`);
  const row = (asOf: boolean) =>
    html`<div class="legend-row"><span class="legend-title">${wordOf("phaseLegend", lang)} (${wordOf(asOf ? "asOfMode" : "exPost", lang)})</span>${join(PHASES.map((_, i) => html`<span class="legend-item">${swatch(i, asOf)}${label(i)}</span>`))}</div>`;
  return html`<div class="phase-legend">${row(false)}${withAsOf ? row(true) : ""}</div>`;
}
