/**
 * Short display names of the shipped series (沪深300, 南华商品指数, 螺纹钢 …) for reports and
 * tables, where the catalog's full names ("CSI 300 index, month-end close") are too long.
 *
 * Futures names come from the catalog's own names by one rule (the commodity before "futures"),
 * so a new contract needs no entry here; the other price series are listed. Anything else — a
 * macro series, a column of the user's file — keeps its id: a name is never invented.
 */
import { catalog } from "./catalog.ts";

type Lang = "en" | "zh";

const SHORT: Record<string, { en: string; zh: string }> = {
  "cn.csi300": { en: "CSI 300", zh: "沪深300" },
  "cn.sse50": { en: "SSE 50", zh: "上证50" },
  "cn.csi500": { en: "CSI 500", zh: "中证500" },
  "cn.shcomp": { en: "Shanghai Composite", zh: "上证综指" },
  "cn.nanhua": { en: "Nanhua commodity index", zh: "南华商品指数" },
  "cn.cgb10y": { en: "China 10y yield", zh: "10年期国债收益率" },
  "cn.cgb10y_tr": { en: "China 10y government bond", zh: "10年期国债" },
  "cn.cgb1y": { en: "China 1y government bond yield", zh: "1年期国债收益率" },
  "cn.cash_tr": { en: "China cash (1y government bond yield)", zh: "中国现金(1年期国债收益率)" },
  "us.spx": { en: "S&P 500", zh: "标普500" },
  "us.ust10y": { en: "US 10y yield", zh: "美国10年期国债收益率" },
  "us.ust10y_tr": { en: "US 10y Treasury", zh: "美国10年期国债" },
  "us.tbill": { en: "US 3m bill rate", zh: "美国3个月国库券利率" },
  "us.tbill_tr": { en: "US cash (3m bills)", zh: "美国现金(3个月国库券)" },
  "us.wti": { en: "WTI crude", zh: "WTI原油" },
  "us.brent": { en: "Brent crude", zh: "布伦特原油" },
  "us.gold": { en: "Gold", zh: "黄金" },
  // financial futures: the word "futures" kept, so they are not read as the index or bond itself
  "cn.fut.if": { en: "CSI 300 futures", zh: "沪深300股指期货" },
  "cn.fut.ih": { en: "SSE 50 futures", zh: "上证50股指期货" },
  "cn.fut.ic": { en: "CSI 500 futures", zh: "中证500股指期货" },
  "cn.fut.im": { en: "CSI 1000 futures", zh: "中证1000股指期货" },
  "cn.fut.t": { en: "10y bond futures", zh: "10年期国债期货" },
  "cn.fut.tf": { en: "5y bond futures", zh: "5年期国债期货" },
  "cn.fut.ts": { en: "2y bond futures", zh: "2年期国债期货" },
};

const byId = new Map(catalog.map((e) => [e.id, e]));

/** "Rebar futures (SHFE RB), main-contract …" → "Rebar"; "螺纹钢期货主力连续(月末收盘)" → "螺纹钢". */
function futuresName(name: string, nameZh: string, lang: Lang): string | null {
  if (lang === "zh") {
    const m = /^(.+?)期货/.exec(nameZh);
    return m ? m[1] : null;
  }
  const m = /^(.+?) futures\b/.exec(name);
  return m ? m[1] : null;
}

/** Short name of a shipped series in `lang`; the id itself for anything not shipped. */
export function displayName(id: string, lang: Lang = "en"): string {
  const s = SHORT[id];
  if (s) return s[lang];
  const e = byId.get(id);
  if (e && e.group === "futures") return futuresName(e.name, e.nameZh, lang) ?? id;
  return id;
}
