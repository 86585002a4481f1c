/**
 * CYCLE.OUTLOOK: the core's `outlook` on worksheet ranges — the as-of call, persistence on
 * the real-time and hindsight bases, the odds of a phase change with their out-of-sample skill, what
 * flips the call, and the real call when a PPI range is given — as one table, the same figures
 * `kitchin outlook` prints. Arguments in the order of every cycle function: dates, demand, inventory,
 * then the deflator, options last (0.2.0; options used to come before the deflator). The nowcast
 * needs the catalog's indicators, so it is not computed here.
 */
import { findEntry } from "@kitchin/datasets";
import {
  KitchinError,
  say,
  outlook,
  formatMonth,
  parseMonth,
  phaseIdOf,
  phaseLabel,
  outlookWord,
  type GrowthKind,
  type Outlook,
} from "@kitchin/core";
import { axisOf, leftEmpty, onAxis, table, appendNotes, type Out, type Range } from "../cells.ts";
import { OUTLOOK_OPTIONS, cycleAnalysisOf, langOf, parseOptions, releaseLagOf } from "../options.ts";

const WIDTH = 7;

function kindOf(id: string | undefined, option: unknown): GrowthKind {
  if (option === "yoy" || option === "cumulative_yoy") return option;
  if (id) {
    try {
      return findEntry(id).kind === "cumulative_yoy" ? "cumulative_yoy" : "yoy";
    } catch {
      /* not a catalog id */
    }
  }
  return "yoy";
}

export function outlookOf(
  dates: Range,
  demand: Range,
  inventory: Range,
  deflator?: Range | null,
  options?: string | null,
): Out {
  const old = oldOrder(deflator);
  if (old !== null) throw new KitchinError("bad-option", say("xlOutlookOptionsLast", { text: old }));
  const o = parseOptions(options, OUTLOOK_OPTIONS);
  const ax = axisOf(dates, o.notes === true, 0, langOf(o));
  const dem = onAxis(ax, demand, "demand");
  const inv = onAxis(ax, inventory, "inventory");
  // An omitted deflator (null, an empty range, or "" / one blank cell): no real call.
  const ppi = leftEmpty(deflator) ? undefined : onAxis(ax, deflator, "deflator");
  const opts = cycleAnalysisOf(o);
  // The shipped series an input is said to hold (demandLagOf=<id>…): its name in the table and the demand's kind.
  const idOf = (what: "demand" | "inventory" | "deflator") => o[`${what}LagOf`] as string | undefined;
  const r = outlook(
    {
      demand: {
        id: idOf("demand") ?? "demand",
        series: dem,
        releaseLag: opts.demandLag ?? 0,
        kind: kindOf(idOf("demand"), o.demandKind),
      },
      inventory: { id: idOf("inventory") ?? "inventory", series: inv, releaseLag: opts.inventoryLag ?? 0, kind: "yoy" },
      deflator: ppi && { id: idOf("deflator") ?? "deflator", series: ppi, releaseLag: releaseLagOf(o, "deflator") },
    },
    {
      ...opts,
      horizons: horizonsOf(o.horizons),
      cutoff: o.asOf === undefined ? undefined : parseMonth(String(o.asOf), "option asOf"),
    },
  );
  ax.notes.push(...r.analysis.notes);
  return appendNotes(table(outlookRows(r, langOf(o))), ax);
}

/**
 * A call in the order before 0.2.0, CYCLE.OUTLOOK(dates, demand, inventory, options, [deflator]),
 * puts its options text where the deflator now goes: one text cell with `=` or `:` in it, which no
 * PPI range holds. Returns that text, or null. (A numeric deflator range in the options' place is
 * refused by the options reader: options must be text.)
 */
function oldOrder(deflator: Range | null | undefined): string | null {
  if (!Array.isArray(deflator) || deflator.length !== 1 || !Array.isArray(deflator[0]) || deflator[0].length !== 1)
    return null;
  const v = deflator[0][0];
  return typeof v === "string" && /[=:：]/.test(v) ? v : null;
}

function horizonsOf(v: unknown): number[] | undefined {
  if (v === undefined) return undefined;
  return String(v).split("/").map(Number); // checked by the option reader (options.ts "ints")
}

const n = (x: number) => (Number.isFinite(x) ? x : "");

/** The spill: one labelled row per figure, WIDTH columns (blank where a row has fewer). */
export function outlookRows(r: Outlook, lang: "en" | "zh"): (number | string)[][] {
  const zh = lang === "zh";
  const rows: (number | string)[][] = [];
  const phase = (c: number) => phaseLabel(c, lang);
  rows.push([zh ? "项目" : "item", zh ? "值" : "value", "", "", "", "", ""]);
  rows.push([zh ? "截至" : "as of", formatMonth(r.asOf)]);
  rows.push([
    zh ? "名义阶段" : "phase",
    phase(r.code),
    phaseIdOf(r.code) ?? "unknown",
    zh ? "月数" : "months",
    r.monthsInPhase,
  ]);
  for (const [basis, p] of [
    ["realTime", r.persistence.realTime],
    ["hindsight", r.persistence.hindsight],
  ] as const) {
    rows.push([
      basis === "realTime"
        ? zh
          ? "实时口径持续性"
          : "persistence, real-time"
        : zh
          ? "事后口径持续性"
          : "persistence, hindsight",
      zh ? "次数" : "episodes",
      p.episodes,
      zh ? "中位数" : "median months",
      n(p.medianMonths),
      zh ? "更久占比" : "share longer",
      n(p.shareLonger),
    ]);
  }
  rows.push([
    outlookWord("odds", lang),
    zh ? "概率" : "probability",
    "Brier",
    zh ? "基准 Brier" : "base Brier",
    zh ? "技能分" : "skill",
    zh ? "切换次数" : "events",
    zh ? "月数" : "months",
  ]);
  for (const d of r.odds) {
    rows.push([
      zh ? `${d.horizon} 个月内` : `within ${d.horizon}m`,
      d.probability === null ? outlookWord("noSkill", lang) : d.probability,
      n(d.brier),
      n(d.brierBase),
      n(d.skill),
      d.events,
      d.months,
    ]);
  }
  rows.push([
    outlookWord("flips", lang),
    zh ? "当前" : "state",
    zh ? "转为" : "to",
    zh ? "阈值" : "threshold",
    zh ? "期数" : "prints",
    zh ? "起" : "from",
    zh ? "之后阶段" : "next phase",
  ]);
  const word = (w: string) =>
    zh
      ? ((
          { inventory: "库存", demand: "需求", rising: "上行", falling: "下行", unknown: "未知" } as Record<
            string,
            string
          >
        )[w] ?? w)
      : w;
  for (const f of r.flips)
    rows.push([
      word(f.input),
      word(f.state),
      word(f.to),
      f.threshold,
      f.months,
      formatMonth(f.from),
      phase(f.nextPhase),
    ]);
  if (r.real) {
    rows.push([
      zh ? "实际阶段" : "real phase",
      phase(r.real.code),
      phaseIdOf(r.real.code) ?? "unknown",
      zh ? "月数" : "months",
      r.real.monthsInPhase,
      zh ? "与名义一致" : "agrees",
      r.real.code === r.code ? "TRUE" : "FALSE",
    ]);
  }
  return rows.map((x) => [...x, ...Array(WIDTH - x.length).fill("")]);
}
