/**
 * Client text: what the report says is read by a client, not typed at a terminal. Series
 * ids and specs become names (`cn.m1_yoy:minus=cn.m2_yoy` → "M1 money supply, YoY minus M2 money
 * supply, YoY"), futures ids their commodity ("cn.fut.ap" → "Apples"), and tool instructions
 * (`kitchin data import`) and repository paths (docs/backtest.md) are dropped; the sentences they sat
 * in read whole without them. The report's sentences come from the core and the CLI, which print
 * them to terminals too: this is the report's own pass over its page's text, after escaping.
 */
import { PHASE_IDS, phaseLabel, type Lang } from "@kitchin/core";
import { catalog, displayName } from "@kitchin/datasets";
import { escapeHtml } from "./safeHtml.ts";

const byId = new Map(catalog.map((e) => [e.id, e]));

/**
 * A shipped series' short name: `displayName`, else the catalog's name without its closing parenthesis; an unknown id
 * stays.
 */
export function seriesName(id: string, lang: Lang): string {
  const short = displayName(id, lang);
  if (short !== id) return short;
  const e = byId.get(id);
  if (!e) return id;
  const full = lang === "zh" ? e.nameZh : e.name;
  return full.replace(/\s*[(（][^()（）]*[)）]\s*$/, "").trim() || id;
}

const MODS = {
  en: { yoy: "YoY", inv: "inverted", amp: "amplitude", minus: "minus", real: "deflated by", realdiff: "less" },
  zh: { yoy: "同比", inv: "反向", amp: "振幅", minus: "减", real: "以…平减", realdiff: "减" },
} as const;

/** A series spec in words: the name, then its modifiers (`:yoy`, `:inv`, `:amp=X`, `:minus=…`, `:real=…`). */
export function specName(spec: string, lang: Lang): string {
  const [id, ...mods] = spec.split(":");
  const M = MODS[lang];
  let out = seriesName(id, lang);
  for (const m of mods) {
    const [k, v] = m.split("=");
    if (k === "yoy") out += lang === "zh" ? M.yoy : ` ${M.yoy}`;
    else if (k === "inv" || k === "inverted") out += lang === "zh" ? `（${M.inv}）` : ` (${M.inv})`;
    else if (k === "amp") out += lang === "zh" ? `（${M.amp} ${v}）` : ` (${M.amp} ${v})`;
    else if (k === "minus" || k === "realdiff") out += ` ${M.minus} ${v ? seriesName(v, lang) : ""}`;
    else if (k === "real")
      out += lang === "zh" ? `（以 ${seriesName(v ?? "", lang)} 平减）` : ` (${M.real} ${seriesName(v ?? "", lang)})`;
    else out += `:${m}`;
  }
  return out;
}

/** A shipped id with optional modifiers: `cn.fut.ap`, `us.isratio:yoy:inv`, `cn.m1_yoy:minus=cn.m2_yoy`. */
const SPEC =
  /\b(?:cn|us)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*(?::(?:yoy|inv|inverted|amp=[0-9.]+|(?:minus|real|realdiff)=(?:cn|us)\.[a-z0-9_.]+))*/g;
/** Tool instructions and repository paths, with the words that lead into them. */
const INSTRUCTIONS: [RegExp, string][] = [
  [/:\s*bring newer data with `kitchin [^`]*`/g, ""],
  [/; bring newer data with `kitchin [^`]*`/g, ""],
  [/：?可用 `kitchin [^`]*` 导入更新的数据/g, ""],
  [/；可用 `kitchin [^`]*` 导入更新的数据/g, ""],
  [/\s*\((?:see )?`?kitchin [^)]*\)/g, ""],
  [/\s*（`?kitchin [^）]*）/g, ""],
  [/`kitchin [^`]*`/g, ""],
  [/\s*[(（](?:see )?docs\/[a-z-]+\.md[^)）]*[)）]/g, ""],
];

/** The phases' ids ("passive-destock: only 3 episodes …") in the warnings: their labels. */
const PHASE_ID = new RegExp(`\\b(${PHASE_IDS.join("|")})\\b`, "g");
const phaseWords = (s: string, lang: Lang) =>
  s.replace(PHASE_ID, (id) => phaseLabel(PHASE_IDS.indexOf(id as (typeof PHASE_IDS)[number]), lang));

/** One text run in client words (plain text in, plain text out). */
export function clientText(t: string, lang: Lang): string {
  let s = t;
  for (const [re, by] of INSTRUCTIONS) s = s.replace(re, by);
  return phaseWords(
    s.replace(SPEC, (m) => specName(m, lang)),
    lang,
  );
}

/**
 * The page's text nodes in client words: only text between tags is touched (never a tag, an
 * attribute or the style sheet), and every name put in is escaped.
 */
export function clientPage(page: string, lang: Lang): string {
  const [head, body] = page.split(/(?=<body>)/);
  if (body === undefined) return page;
  return (
    head +
    body.replace(/>([^<]+)</g, (all, text: string) => {
      const out = text.replace(SPEC, (m) => escapeHtml(specName(m, lang)));
      let s = out;
      for (const [re, by] of INSTRUCTIONS) s = s.replace(re, by);
      s = phaseWords(s, lang);
      return s === text ? all : `>${s}<`;
    })
  );
}
