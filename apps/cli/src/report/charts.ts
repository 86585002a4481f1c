/**
 * The report's charts as Vega-Lite specs, rendered to SVG in Node with vega (no browser, no
 * canvas: text is measured by estimate). vega and vega-lite are imported lazily.
 */
import { PHASE_IDS, PHASES, formatMonth, episodes, type PhaseTimeline } from "@kitchin/core";

/** Phase colours (one table for every chart): recovery teal, overheat red, stagflation amber, recession blue. */
export const PHASE_COLOURS = ["#2a9d8f", "#e76f51", "#e9c46a", "#457b9d"];
const LABELS = PHASES.map((p) => `${p.en} ${p.zh}`);

const day = (m: number) => `${formatMonth(m)}-01`;

export type Spec = Record<string, unknown>;

/** Demand and inventory YoY with the phases shaded. */
export function phaseChart(history: PhaseTimeline, lines: { name: string; start: number; values: Float64Array }[], from: number, to: number): Spec {
  const rects = episodes(history.codes)
    .map((e) => ({ start: history.start + e.start, end: history.start + e.end + 1, phase: LABELS[e.code] }))
    .filter((e) => e.end > from && e.start <= to)
    .map((e) => ({ start: day(Math.max(e.start, from)), end: day(Math.min(e.end, to + 1)), phase: e.phase }));
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
        color: { field: "phase", type: "nominal", title: "phase (ex-post)", scale: { domain: LABELS, range: PHASE_COLOURS } },
      },
    },
  ];
  if (values.length) {
    layers.push({
      data: { values },
      mark: { type: "line", strokeWidth: 1.5 },
      encoding: {
        x: { field: "date", type: "temporal", title: null },
        y: { field: "value", type: "quantitative", title: "YoY, %" },
        strokeDash: { field: "series", type: "nominal", title: "series" },
        color: { value: "#222" },
      },
    });
  }
  return { width: 760, height: 260, layer: layers, resolve: { scale: { color: "independent" } } };
}

/** Growth of 1 for each strategy. */
export function cumulativeChart(series: { name: string; start: number; returns: Float64Array; first: number; last: number }[]): Spec {
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
      y: { field: "wealth", type: "quantitative", title: "growth of 1 (log scale)", scale: { type: "log" } },
      color: { field: "strategy", type: "nominal" },
    },
  };
}

/** Assets × phases, coloured by the note-004 score, labelled with score and episodes. */
export function scoreHeatmap(rows: { asset: string; phase: string; score: number; episodes: number }[]): Spec {
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
      { mark: "rect", encoding: { color: { field: "score", type: "quantitative", title: "note-004 score", scale: { scheme: "blues" } } } },
      { mark: { type: "text", fontSize: 10 }, encoding: { text: { field: "label" }, color: { condition: { test: "datum.score >= 4", value: "white" }, value: "black" } } },
    ],
  };
}

export async function toSvg(spec: Spec): Promise<string> {
  const vl = await import("vega-lite");
  const vega = await import("vega");
  const full = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", config: { font: "sans-serif", view: { stroke: null }, legend: { labelLimit: 320 }, axis: { labelLimit: 220 } }, ...spec };
  const compiled = vl.compile(full as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  return view.toSVG();
}
