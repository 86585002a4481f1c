/**
 * Display names for the tables (`--lang zh`): a shipped series by its catalog name in
 * Chinese, a strategy spec in words. English output keeps the ids and specs (what a user types);
 * Chinese output shows the words with the spec in brackets where it is not self-evident.
 */
import { wordOf, type Lang } from "@kitchin/core";
import { catalog, displayName } from "@kitchin/datasets";

const byId = new Map(catalog.map((e) => [e.id, e]));

/** A series spec (id, file column or `id:modifier`) as shown: the catalog's Chinese name for a shipped id in zh. */
export function seriesName(spec: string, lang: Lang): string {
  if (lang !== "zh") return spec;
  const e = byId.get(spec);
  return e?.nameZh ? e.nameZh : spec;
}

/**
 * A strategy or benchmark name (`topk:1`, `clock`, `equal-weight`, `hold:cn.csi300`, "… (ex-post)") in words for zh.
 */
export function strategyLabel(name: string, lang: Lang): string {
  if (lang !== "zh") return name;
  const m = /^(.*?)( \(ex-post\))?$/.exec(name)!;
  const spec = m[1];
  const tail = m[2] ? "（事后阶段）" : "";
  if (spec === "equal" || spec === "equal-weight") return wordOf("equalWeight", lang) + tail;
  if (spec.startsWith("hold:")) return `${wordOf("buyAndHold", lang)} ${displayName(spec.slice(5), lang)}${tail}`;
  const k = /^topk:(\d+)/.exec(spec);
  if (k) return `得分前 ${k[1]} 名轮动（${spec}）${tail}`;
  if (spec === "clock") return `阶段时钟轮动（clock）${tail}`;
  if (spec.startsWith("map:")) return `自定义阶段配置（${spec}）${tail}`;
  return spec + tail;
}

/** The cash rate's label: "zero" in words for zh. */
export function riskFreeLabel(label: string, lang: Lang): string {
  return lang === "zh" && label === "zero" ? "零" : label;
}

/** A phase source ("demand × inventory", or a file) with each shipped series named in zh. */
export function sourceName(source: string, lang: Lang): string {
  return lang === "zh"
    ? source
        .split(" × ")
        .map((s) => seriesName(s, lang))
        .join(" × ")
    : source;
}
