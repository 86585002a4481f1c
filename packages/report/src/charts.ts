/**
 * The report's charts as Vega-Lite specs, rendered to SVG in Node with vega (no browser, no
 * canvas: text is measured by estimate). vega and vega-lite are imported lazily.
 */
import { renderedSvg, type SafeHtml } from "./safeHtml.ts";
import { PHASE_IDS, PHASES, formatMonth, episodes, wordOf, type Lang, type PhaseTimeline } from "@kitchin/core";
import { wealthCurve } from "@kitchin/backtest";

/** Phase colours (one table for every chart): recovery teal, overheat red, stagflation amber, recession blue. */
export const PHASE_COLOURS = ["#2a9d8f", "#e76f51", "#e9c46a", "#457b9d"];
/** Legend labels of the phases: English with the Chinese beside it, or Chinese alone. */
const phaseLabels = (lang: Lang) => PHASES.map((p) => (lang === "zh" ? p.zh : `${p.en} ${p.zh}`));

/**
 * Fonts that show Chinese on Windows (Microsoft YaHei), macOS (PingFang SC, Hiragino Sans GB) and
 * Linux (Noto Sans CJK SC / Source Han Sans SC, WenQuanYi), after the platform's UI font; one stack
 * for the page and the charts' SVG text.
 */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

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
   * Draw the phase legends (default true; the lines' legend is drawn when there are two lines or
   * more). The report draws one HTML legend (`phaseLegendHtml`) above its phase-shaded charts
   * instead, so each asset chart carries only its own title.
   */
  legend?: boolean;
  /** A title over the chart (the asset's name when the legend is left out). */
  title?: string;
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
export function phaseChart(
  history: PhaseTimeline,
  lines: { name: string; start: number; values: Float64Array }[],
  from: number,
  to: number,
  o: PhaseChartOptions = {},
): Spec {
  const lang = o.lang ?? "en";
  const LABELS = phaseLabels(lang);
  const legend = o.legend ?? true;
  const rects = phaseRects(history, LABELS, from, to);
  // As-of shading after the ex-post history's last dated month (none when the history is as-of itself).
  const exPostEnd = lastKnown(history);
  const tail =
    o.asOf && history.mode !== "as-of" && Number.isFinite(exPostEnd)
      ? phaseRects(o.asOf, LABELS, Math.max(from, exPostEnd + 1), to)
      : [];
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
        color: {
          field: "phase",
          type: "nominal",
          title:
            o.phaseTitle ??
            `${wordOf("phaseLegend", lang)} (${wordOf(history.mode === "as-of" ? "asOfMode" : "exPost", lang)})`,
          scale: { domain: LABELS, range: PHASE_COLOURS },
          ...(legend ? {} : { legend: null }),
        },
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
        fill: {
          field: "phase",
          type: "nominal",
          title: asOfTitle,
          scale: { domain: LABELS, range: PHASE_COLOURS },
          legend: legend
            ? { symbolType: "square", symbolOpacity: 0.45, symbolDash: [3, 2], symbolStrokeWidth: 1.5 }
            : null,
        },
        stroke: {
          field: "phase",
          type: "nominal",
          title: asOfTitle,
          scale: { domain: LABELS, range: PHASE_COLOURS },
          ...(legend ? {} : { legend: null }),
        },
      },
    });
  }
  if (values.length) {
    layers.push({
      data: { values },
      mark: { type: "line", strokeWidth: 1.5 },
      encoding: {
        x: { field: "date", type: "temporal", title: null },
        y: {
          field: "value",
          type: "quantitative",
          title: o.yTitle ?? wordOf("yoy", lang),
          ...yScale(
            values.map((v) => v.value),
            o.log ?? false,
          ),
        },
        // The dash of each line follows the order the lines are given in (demand solid, inventory
        // dashed), not the alphabetical order of their names, so English and Chinese agree.
        strokeDash: {
          field: "series",
          type: "nominal",
          title: null,
          scale: { domain: lines.map((l) => l.name), range: DASHES },
          ...(lines.length > 1 ? { legend: { columns: 2 } } : { legend: null }),
        },
        color: { value: "#222" },
      },
    });
  }
  return {
    ...(o.title ? { title: { text: o.title, anchor: "start", fontSize: 12 } } : {}),
    width: CHART_WIDTH,
    height: o.height ?? 240,
    layer: layers,
    resolve: {
      scale: { color: "independent", fill: "independent", stroke: "independent" },
      legend: { color: "independent", fill: "independent" },
    },
  };
}

/** Dash patterns of the lines, in the order the lines are given (solid first). */
const DASHES = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 2, 2, 2],
];

/**
 * Width of a chart's plot area: with the axis (≈ 50 px) it fits A4's printable width (186 mm ≈ 700
 * CSS px) at scale 1, so the charts' 11 px text prints at 8.25 pt; legends go below.
 */
export const CHART_WIDTH = 620;

/**
 * Tick values of a log axis over [lo, hi]: the coarsest of 1-2-5, 1-1.5-2-3-5-7 and finer steps
 * whose labels reach both ends of the range (the lowest in its bottom fifth, the highest in its top
 * fifth, in log terms) with three labels at least — so a narrow range (Nanhua's 47..180) is
 * labelled above 100 instead of at vega's powers of ten only; at most eight labels.
 */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0 && hi > lo)) return [];
  const steps = [
    [1, 2, 5],
    [1, 1.5, 2, 3, 5, 7],
    [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9],
    [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 9],
  ];
  const span = Math.log(hi / lo);
  const reaches = (t: number[]) =>
    t.length >= 3 && Math.log(t[0] / lo) <= span / 5 && Math.log(hi / t[t.length - 1]) <= span / 5;
  let out: number[] = [];
  for (const mant of steps) {
    out = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      for (const m of mant) {
        const v = Number((m * 10 ** e).toPrecision(6));
        if (v >= lo && v <= hi) out.push(v);
      }
    }
    if (reaches(out)) break;
  }
  // At most eight labels: every k-th, the last one kept.
  if (out.length > 8) {
    const k = Math.ceil(out.length / 8);
    out = out
      .filter((_, i) => i % k === 0 || i === out.length - 1)
      .filter((v, i, a) => i === a.length - 1 || Math.log(a[a.length - 1] / v) > span / 12);
  }
  return out;
}

/** The y scale and axis of a line chart: fitted to the data, and on a log axis with `logTicks` labels. */
function yScale(v: readonly number[], log: boolean): Spec {
  if (!log) return { scale: { zero: false } };
  const domain = fitted(v, true);
  return {
    scale: { type: "log", nice: false, domain },
    axis: { values: logTicks(domain[0], domain[1]), format: "~g" },
  };
}

/** An axis domain fitted to the data with a small margin (multiplicative on a log axis). */
export function fitted(v: readonly number[], log: boolean): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  for (const x of v) if (Number.isFinite(x) && (!log || x > 0)) (lo = Math.min(lo, x)), (hi = Math.max(hi, x));
  if (!(lo <= hi)) return log ? [0.5, 2] : [0, 1];
  if (log) return [lo / 1.05, hi * 1.05];
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

/** Colours of the strategies' lines (vega's tableau10), given by name so a strategy keeps its colour across charts. */
export const STRATEGY_COLOURS = [
  "#4c78a8",
  "#f58518",
  "#e45756",
  "#72b7b2",
  "#54a24b",
  "#eeca3b",
  "#b279a2",
  "#ff9da6",
  "#9d755d",
  "#bab0ac",
];

/** Growth of 1 for each strategy, on a log axis fitted to the lines (not to powers of ten). */
export function cumulativeChart(
  series: { name: string; start: number; returns: Float64Array; first: number; last: number; bold?: boolean }[],
  lang: Lang = "en",
  colours?: Record<string, string>,
): Spec {
  const values: { date: string; strategy: string; wealth: number; width: number }[] = [];
  for (const s of series) {
    const width = s.bold ? 2.6 : 1.4;
    const curve = wealthCurve(s.returns, s.first + 1, s.last + 1);
    values.push({ date: day(s.start + s.first), strategy: s.name, wealth: 1, width });
    for (let t = s.first + 1; t <= s.last; t++)
      values.push({ date: day(s.start + t), strategy: s.name, wealth: curve[t], width });
  }
  const names = series.map((s) => s.name);
  return {
    width: CHART_WIDTH,
    height: 260,
    data: { values },
    mark: { type: "line", strokeWidth: 1.5 },
    encoding: {
      x: { field: "date", type: "temporal", title: null },
      y: {
        field: "wealth",
        type: "quantitative",
        title: wordOf("growth", lang),
        ...yScale(
          values.map((v) => v.wealth),
          true,
        ),
      },
      color: {
        field: "strategy",
        type: "nominal",
        title: wordOf("strategy", lang),
        scale: {
          domain: names,
          range: names.map((n, i) => colours?.[n] ?? STRATEGY_COLOURS[i % STRATEGY_COLOURS.length]),
        },
      },
      // the first series (the headline's walk-forward rotation when given) drawn thicker
      strokeWidth: { field: "width", type: "quantitative", scale: null, legend: null },
    },
  };
}

/** Assets × phases, coloured by the note-004 score, labelled with score and episodes. */
export function scoreHeatmap(
  rows: { asset: string; phase: string; score: number; episodes: number }[],
  lang: Lang = "en",
  o: { maxScore?: number; legend?: boolean } = {},
): Spec {
  const LABELS = phaseLabels(lang);
  const values = rows.map((r) => ({
    ...r,
    phaseLabel: LABELS[PHASE_IDS.indexOf(r.phase as (typeof PHASE_IDS)[number])],
    label: r.episodes ? `${r.score}` : "·",
  }));
  const assets = [...new Set(rows.map((r) => r.asset))];
  // Column headers on two lines ("Passive destocking" over "被动去库"): four 115 px columns hold
  // them without overlap in either language (the browser test measures the boxes).
  const lines = (i: number) => (lang === "zh" ? [PHASES[i].zh] : [PHASES[i].en, PHASES[i].zh]);
  const labelExpr = LABELS.reduceRight(
    (rest, l, i) => `datum.label === ${JSON.stringify(l)} ? ${JSON.stringify(lines(i))} : ${rest}`,
    "datum.label",
  );
  return {
    width: 460,
    height: Math.max(120, 16 * assets.length),
    data: { values },
    encoding: {
      x: {
        field: "phaseLabel",
        type: "nominal",
        sort: LABELS,
        title: null,
        axis: {
          orient: "top",
          labelAngle: 0,
          labelExpr,
          labelLineHeight: 13,
          labelBaseline: "line-bottom",
          labelPadding: lang === "zh" ? 4 : 17,
        },
      },
      // one label column width in every part, so the parts' columns line up
      y: {
        field: "asset",
        type: "nominal",
        sort: assets,
        title: null,
        axis: { labelLimit: 200, minExtent: 206, maxExtent: 206 },
      },
    },
    layer: [
      {
        mark: "rect",
        encoding: {
          color: {
            field: "score",
            type: "quantitative",
            title: wordOf("scoreLegend", lang),
            scale: { scheme: "blues", ...(o.maxScore !== undefined ? { domain: [0, o.maxScore] } : {}) },
            ...(o.legend === false ? { legend: null } : {}),
          },
        },
      },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: {
          text: { field: "label" },
          color: { condition: { test: "datum.score >= 4", value: "white" }, value: "black" },
        },
      },
    ],
  };
}

/**
 * The heat map's assets in consecutive parts of at most `maxRows` (sizes differing by one at most):
 * each part is its own figure with its own column headers, so a long list flows over printed pages
 * instead of leaving a page empty before a figure taller than what is left.
 */
export function heatmapParts<T>(assets: readonly T[], maxRows = 20): T[][] {
  const n = Math.max(1, Math.ceil(assets.length / maxRows));
  const size = Math.ceil(assets.length / n);
  const out: T[][] = [];
  for (let i = 0; i < assets.length; i += size) out.push(assets.slice(i, i + size));
  return out.length ? out : [[]];
}

/** A chart as markup for the page (the renderer's SVG, checked by `renderedSvg`). */
export async function chartSvg(spec: Spec): Promise<SafeHtml> {
  return renderedSvg(await toSvg(spec));
}

/**
 * Every chart's look: text no smaller than 11 px (8.25 pt printed at scale 1), legends below the
 * plot so the chart keeps A4's width, the page's font stack.
 */
export const MIN_FONT_PX = 11;
const CONFIG = {
  font: FONT_STACK,
  view: { stroke: null },
  title: { fontSize: 12 },
  axis: { labelLimit: 220, labelFontSize: MIN_FONT_PX, titleFontSize: MIN_FONT_PX },
  legend: {
    labelLimit: 560,
    labelFontSize: MIN_FONT_PX,
    titleFontSize: MIN_FONT_PX,
    orient: "bottom",
    direction: "horizontal",
    columns: 2,
    columnPadding: 24,
    symbolLimit: 40,
  },
  text: { fontSize: MIN_FONT_PX },
};

/**
 * Starts a page's charts: vega numbers the gradients and clip paths of the SVG it writes with
 * counters of its own that live as long as the process, so without this the second page drawn in a
 * process (a test, a long-lived add-in) would differ from the first (`gradient_1` for `gradient_0`).
 * Reset once per page, not per chart: the charts of one page share the document's ids, which
 * must stay distinct.
 */
export async function startChartIds(): Promise<void> {
  const vega = await import("vega");
  vega.resetSVGDefIds();
}

export async function toSvg(spec: Spec): Promise<string> {
  const vl = await import("vega-lite");
  const vega = await import("vega");
  const full = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", config: CONFIG, ...spec };
  const compiled = vl.compile(full as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  return view.toSVG();
}
