/**
 * The report's charts as Vega-Lite specs, rendered to SVG in Node with vega (no browser, no
 * canvas: text is measured by estimate). vega and vega-lite are imported lazily.
 */
import { renderedSvg, type SafeHtml } from "./safeHtml.ts";
import { PHASE_IDS, PHASES, formatMonth, episodes, wordOf, type Lang, type PhaseTimeline } from "@kitchin/core";

/** Phase colours (one table for every chart): recovery teal, overheat red, stagflation amber, recession blue. */
export const PHASE_COLOURS = ["#2a9d8f", "#e76f51", "#e9c46a", "#457b9d"];
/** Legend labels of the phases: English with the Chinese beside it, or Chinese alone. */
const phaseLabels = (lang: Lang) => PHASES.map((p) => (lang === "zh" ? p.zh : `${p.en} ${p.zh}`));

/**
 * Fonts that show Chinese on Windows (Microsoft YaHei), macOS (PingFang SC, Hiragino Sans GB) and
 * Linux (Noto Sans CJK SC / Source Han Sans SC, WenQuanYi), after the platform's UI font; one stack
 * for the page and the charts' SVG text.
 */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const day = (m: number) => `${formatMonth(m)}-01`;

export type Spec = Record<string, unknown>;

export interface PhaseChartOptions {
  lang?: Lang;
  /** Title of the y axis (default "YoY, %"). */
  yTitle?: string;
  /** Log y axis (prices). */
  log?: boolean;
  height?: number;
  /** Legend title of the shading (default "phase (ex-post)"). */
  phaseTitle?: string;
  /**
   * The as-of path (each month's phase as known at its end): shaded, lighter and with its own legend,
   * over the months after the last one the ex-post history dates, so the chart reaches "now".
   */
  asOf?: PhaseTimeline | null;
}

/** Shading rectangles of a phase path's runs of known phases, clipped to [from, to]. */
function phaseRects(t: PhaseTimeline, labels: readonly string[], from: number, to: number) {
  return episodes(t.codes)
    .filter((e) => e.code >= 0)
    .map((e) => ({ start: t.start + e.start, end: t.start + e.end + 1, phase: labels[e.code] }))
    .filter((e) => e.end > from && e.start <= to)
    .map((e) => ({ start: day(Math.max(e.start, from)), end: day(Math.min(e.end, to + 1)), phase: e.phase }));
}

/** The last month the timeline dates (a known phase), or −Infinity. */
export function lastKnown(t: PhaseTimeline): number {
  for (let i = t.codes.length - 1; i >= 0; i--) if (t.codes[i] >= 0) return t.start + i;
  return -Infinity;
}

/** Lines (demand and inventory YoY, or prices) with the phases shaded behind them; the y axis fitted to the lines. */
export function phaseChart(history: PhaseTimeline, lines: { name: string; start: number; values: Float64Array }[], from: number, to: number, o: PhaseChartOptions = {}): Spec {
  const lang = o.lang ?? "en";
  const LABELS = phaseLabels(lang);
  const rects = phaseRects(history, LABELS, from, to);
  // As-of shading after the ex-post history's last dated month (none when the history is as-of itself).
  const exPostEnd = lastKnown(history);
  const tail = o.asOf && history.mode !== "as-of" && Number.isFinite(exPostEnd) ? phaseRects(o.asOf, LABELS, Math.max(from, exPostEnd + 1), to) : [];
  const values: { date: string; series: string; value: number }[] = [];
  for (const l of lines) {
    for (let i = 0; i < l.values.length; i++) {
      const m = l.start + i;
      if (m < from || m > to || !Number.isFinite(l.values[i])) continue;
      values.push({ date: day(m), series: l.name, value: l.values[i] });
    }
  }
  const layers: Spec[] = [
    {
      data: { values: rects },
      mark: { type: "rect", opacity: 0.35 },
      encoding: {
        x: { field: "start", type: "temporal", title: null },
        x2: { field: "end" },
        color: { field: "phase", type: "nominal", title: o.phaseTitle ?? `${wordOf("phaseLegend", lang)} (${wordOf(history.mode === "as-of" ? "asOfMode" : "exPost", lang)})`, scale: { domain: LABELS, range: PHASE_COLOURS } },
      },
    },
  ];
  if (tail.length) {
    const asOfTitle = `${wordOf("phaseLegend", lang)} (${wordOf("asOfMode", lang)})`;
    // Lighter fill and a dashed outline: known in real time, not yet dated with hindsight.
    layers.push({
      data: { values: tail },
      mark: { type: "rect", fillOpacity: 0.18, strokeOpacity: 0.9, strokeWidth: 1.2, strokeDash: [4, 3] },
      encoding: {
        x: { field: "start", type: "temporal", title: null },
        x2: { field: "end" },
        fill: { field: "phase", type: "nominal", title: asOfTitle, scale: { domain: LABELS, range: PHASE_COLOURS }, legend: { symbolType: "square", symbolOpacity: 0.45, symbolDash: [3, 2], symbolStrokeWidth: 1.5 } },
        stroke: { field: "phase", type: "nominal", title: asOfTitle, scale: { domain: LABELS, range: PHASE_COLOURS } },
      },
    });
  }
  if (values.length) {
    layers.push({
      data: { values },
      mark: { type: "line", strokeWidth: 1.5 },
      encoding: {
        x: { field: "date", type: "temporal", title: null },
        y: { field: "value", type: "quantitative", title: o.yTitle ?? wordOf("yoy", lang), scale: o.log ? { type: "log", nice: false, domain: fitted(values.map((v) => v.value), true) } : { zero: false } },
        strokeDash: { field: "series", type: "nominal", title: null },
        color: { value: "#222" },
      },
    });
  }
  return { width: 760, height: o.height ?? 260, layer: layers, resolve: { scale: { color: "independent", fill: "independent", stroke: "independent" }, legend: { color: "independent", fill: "independent" } } };
}

/** An axis domain fitted to the data with a small margin (multiplicative on a log axis). */
export function fitted(v: readonly number[], log: boolean): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const x of v) if (Number.isFinite(x) && (!log || x > 0)) (lo = Math.min(lo, x), (hi = Math.max(hi, x)));
  if (!(lo <= hi)) return log ? [0.5, 2] : [0, 1];
  if (log) return [lo / 1.05, hi * 1.05];
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

/** Growth of 1 for each strategy, on a log axis fitted to the lines (not to powers of ten). */
export function cumulativeChart(series: { name: string; start: number; returns: Float64Array; first: number; last: number }[], lang: Lang = "en"): Spec {
  const values: { date: string; strategy: string; wealth: number }[] = [];
  for (const s of series) {
    let w = 1;
    values.push({ date: day(s.start + s.first), strategy: s.name, wealth: 1 });
    for (let t = s.first + 1; t <= s.last; t++) {
      const r = s.returns[t];
      if (Number.isFinite(r)) w *= 1 + r;
      values.push({ date: day(s.start + t), strategy: s.name, wealth: w });
    }
  }
  return {
    width: 760,
    height: 280,
    data: { values },
    mark: { type: "line", strokeWidth: 1.5 },
    encoding: {
      x: { field: "date", type: "temporal", title: null },
      y: { field: "wealth", type: "quantitative", title: wordOf("growth", lang), scale: { type: "log", nice: false, domain: fitted(values.map((v) => v.wealth), true) } },
      color: { field: "strategy", type: "nominal", title: wordOf("strategy", lang) },
    },
  };
}

/** Assets × phases, coloured by the note-004 score, labelled with score and episodes. */
export function scoreHeatmap(rows: { asset: string; phase: string; score: number; episodes: number }[], lang: Lang = "en"): Spec {
  const LABELS = phaseLabels(lang);
  const values = rows.map((r) => ({ ...r, phaseLabel: LABELS[PHASE_IDS.indexOf(r.phase as (typeof PHASE_IDS)[number])], label: r.episodes ? `${r.score}` : "·" }));
  const assets = [...new Set(rows.map((r) => r.asset))];
  return {
    width: 420,
    height: Math.max(120, 16 * assets.length),
    data: { values },
    encoding: {
      x: { field: "phaseLabel", type: "nominal", sort: LABELS, title: null, axis: { orient: "top", labelAngle: 0 } },
      y: { field: "asset", type: "nominal", sort: assets, title: null },
    },
    layer: [
      { mark: "rect", encoding: { color: { field: "score", type: "quantitative", title: wordOf("scoreLegend", lang), scale: { scheme: "blues" } } } },
      { mark: { type: "text", fontSize: 10 }, encoding: { text: { field: "label" }, color: { condition: { test: "datum.score >= 4", value: "white" }, value: "black" } } },
    ],
  };
}

/** A chart as markup for the page (the renderer's SVG, checked by `renderedSvg`). */
export async function chartSvg(spec: Spec): Promise<SafeHtml> {
  return renderedSvg(await toSvg(spec));
}

export async function toSvg(spec: Spec): Promise<string> {
  const vl = await import("vega-lite");
  const vega = await import("vega");
  const full = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", config: { font: FONT_STACK, view: { stroke: null }, legend: { labelLimit: 320 }, axis: { labelLimit: 220 } }, ...spec };
  const compiled = vl.compile(full as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  return view.toSVG();
}
