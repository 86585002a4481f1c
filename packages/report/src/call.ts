/**
 * The report's first two sections: the call — the phase now, months in it, since when,
 * how long past episodes of that phase lasted, data through, staleness — and the table of past
 * cycles. Both read the core's one analysis (`analyseCycle`: asOf, now, dataThrough);
 * nothing is recomputed here.
 */
import { STATE_LABELS, formatMonth, phaseLabel, stateName, wordOf, type CycleAnalysis, type Lang } from "@kitchin/core";
import { fmt, pct } from "./text/numbers.ts";
import { cycleJson, type NowContext } from "@kitchin/jobs";
import { STALE_WARN_MONTHS, staleness } from "@kitchin/jobs";
import type { Outlook } from "@kitchin/core";
import { html, table, type Section } from "./html.ts";

export interface CallInput {
  a: CycleAnalysis;
  ctx: NowContext;
  /** The outlook on the same inputs: the report's call box. */
  outlook?: Outlook;
}

/** One line of the call, plain text (the report's first line, and the CLI can print it). */
export function callLine(a: CycleAnalysis, lang: Lang): string {
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const n = a.now;
  if (!n || n.code < 0) return `${w("unknownPhase")} (${w("asOf")} ${formatMonth(a.asOf)})`;
  const since = formatMonth(n.month - n.monthsInPhase + 1);
  return lang === "zh"
    ? `截至 ${formatMonth(n.month)}：${phaseLabel(n.code, "zh")}，已持续 ${n.monthsInPhase} 个月（始于 ${since}）`
    : `As of ${formatMonth(n.month)}: ${phaseLabel(n.code, "en")} (${phaseLabel(n.code, "zh")}), ${n.monthsInPhase} months in it (since ${since})`;
}

export function callSection({ a, ctx }: CallInput, lang: Lang, headline: string | null): Section {
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const zh = lang === "zh";
  const n = a.now;
  const lines: string[] = [];
  if (n && n.code >= 0) {
    // Real-time basis first (the basis of the current run), then hindsight.
    const r = n.realTime;
    if (r.episodes > 0) {
      lines.push(
        zh
          ? `实时口径：该阶段过去共 ${r.episodes} 次，持续月数中位数 ${fmt(r.medianMonths, r.medianMonths % 1 ? 1 : 0)}；${pct(r.shareLonger)} 持续时间长于当前`
          : `Real-time basis: ${r.episodes} past as-of episodes of this phase lasted a median of ${fmt(r.medianMonths, r.medianMonths % 1 ? 1 : 0)} months; ${pct(r.shareLonger)} lasted longer than this one so far`,
      );
    }
    lines.push(
      n.pastEpisodes > 0
        ? zh
          ? `事后口径：历史上该阶段共 ${n.pastEpisodes} 次，持续月数中位数 ${fmt(n.medianLength, n.medianLength % 1 ? 1 : 0)}；${pct(n.shareLonger)} 持续时间长于当前`
          : `Hindsight basis: ${n.pastEpisodes} past episodes of this phase lasted a median of ${fmt(n.medianLength, n.medianLength % 1 ? 1 : 0)} months; ${pct(n.shareLonger)} lasted longer than this one so far`
        : w("noPast"),
    );
  }
  const input = (name: string, x: CycleAnalysis["inputsNow"]["revenue"]) => {
    const st = stateName(x.state);
    return `${name} ${formatMonth(x.through)} (${STATE_LABELS[st ?? "unknown"][lang]})`;
  };
  const cap = (t: string) => (zh ? t : t[0].toUpperCase() + t.slice(1));
  lines.push(
    `${cap(w("dataThrough"))}: ${input(`${w("demand")} ${ctx.names.revenue}`, a.inputsNow.revenue)}, ${input(`${w("inventory")} ${ctx.names.inventory}`, a.inputsNow.inventory)}`,
  );
  const st = staleness(a, ctx.today);
  const staleText = zh
    ? `滞后：判断截至 ${formatMonth(a.asOf)}，距当前月份 ${st.today} ${st.staleMonths} 个月`
    : `Staleness: the call is as of ${formatMonth(a.asOf)}, ${st.staleMonths} month${st.staleMonths === 1 ? "" : "s"} before the current month ${st.today}`;
  lines.push(st.staleMonths > STALE_WARN_MONTHS ? `${staleText} — ${w("stale")}` : staleText);
  if (headline) lines.push(headline);
  return {
    id: "call",
    title: w("call"),
    html: html`<p class="phase">${callLine(a, lang)}</p>${lines.map((l) => html`<p>${l}</p>`)}`,
  };
}

/** Past cycles, trough to trough, with the restocking and destocking months split active + passive. */
export function cycleSection(a: CycleAnalysis, lang: Lang): Section {
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const split = (total: number, active: number, passive: number) => {
    const unknown = total - active - passive;
    return `${total} (${active}+${passive}${unknown ? `, ${unknown}?` : ""})`;
  };
  const rows = a.cycles.map((c) => {
    const j = cycleJson(a, c);
    return [
      j.startTrough,
      j.peak,
      j.endTrough,
      String(j.months),
      split(j.restockMonths, j.activeRestockMonths, j.passiveRestockMonths),
      split(j.destockMonths, j.activeDestockMonths, j.passiveDestockMonths),
    ];
  });
  const c = a.current;
  if (c) {
    const m = (i: number) => formatMonth(a.history.start + i);
    rows.push([
      m(c.startTrough),
      c.peak === null ? "—" : m(c.peak),
      `(${w("current")})`,
      String(c.months),
      String(c.restockMonths),
      String(c.destockMonths),
    ]);
  }
  const s = a.summary.cycles;
  const summary =
    lang === "zh"
      ? `${s.count} 轮完整周期，平均 ${fmt(s.mean, 1)} 个月，中位数 ${fmt(s.median, 1)}（${fmt(s.min, 0)}–${fmt(s.max, 0)}）`
      : `${s.count} complete cycles, mean ${fmt(s.mean, 1)} months, median ${fmt(s.median, 1)} (${fmt(s.min, 0)}–${fmt(s.max, 0)})`;
  return {
    id: "cycles",
    title: w("cycleTable"),
    html: html`${table([w("startTrough"), w("peak"), w("endTrough"), w("months"), w("restockSplit"), w("destockSplit")], rows)}<p>${summary}</p>`,
  };
}
