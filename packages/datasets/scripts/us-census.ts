/**
 * US Census MTIS manufacturing / wholesale / retail / total inventories, 1992–2019 (TCPD copy).
 */
import { monthIndex } from "@kitchin/core";
import { num, type Monthly, type Raw } from "./lib/raw.ts";
import { yoy } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built } from "./lib/spec.ts";

const CENSUS = "us/census_mtis_inventories_1992-2019_tcpd.txt";

/** Census MTIS TSAR text: 8 blocks, one row per year, 12 monthly columns, "." = missing. */
export function parseCensus(text: string, file = CENSUS): Map<string, Monthly> {
  const blocks = new Map<string, Monthly>();
  let cur: Monthly | null = null;
  for (const line of text.replace(/\r/g, "").split("\n")) {
    const sn = /Series Name:\s*(\S+)/.exec(line);
    if (sn) {
      cur = new Map();
      blocks.set(sn[1], cur);
      continue;
    }
    const yr = /^(\d{4})\s+(.*)$/.exec(line);
    if (yr && cur) {
      const cells = yr[2].trim().split(/\s+/);
      if (cells.length !== 12) throw new Error(`${file}: year ${yr[1]} has ${cells.length} cells`);
      cells.forEach((c, i) => {
        if (c !== ".") cur!.set(monthIndex(+yr[1], i + 1), num(c, `${file} ${yr[1]}`));
      });
    }
  }
  return blocks;
}

export function census(raw: Raw): Built[] {
  const blocks = parseCensus(raw.text(CENSUS));
  const out: Built[] = [];
  for (const [code, key, name, zh] of [
    ["tbtiva", "total", "Total business", "企业总"],
    ["amtmti", "manufacturing", "Manufacturers'", "制造业"],
    ["pzb42000", "wholesale", "Merchant wholesalers'", "批发商"],
    ["pzb44000", "retail", "Retail trade", "零售业"],
  ] as const) {
    const data = blocks.get(code);
    if (!data) throw new Error(`${CENSUS}: no block ${code}`);
    const meta = {
      group: "macro" as const,
      source: `US Census Bureau MTIS (series ${code}, seasonally adjusted)`,
      provenance: [prov(CENSUS, `block ${code} (SA)`)],
      terms: TERMS.usCensus,
      lag: 2,
      caveats: [
        "1992-01…2019-06, pre-2019 benchmark vintage (retrieved by TCPD 2019-09-11); inventories only (no sales or ratios by sector).",
      ],
    };
    out.push({
      meta: {
        ...meta,
        id: `us.census.${key}_inventory`,
        name: `${name} inventories (Census MTIS, SA)`,
        nameZh: `美国${zh}库存(季调)`,
        unit: "USD mn (SA)",
        kind: "level",
        derivation: "As published.",
      },
      data,
    });
    out.push({
      meta: {
        ...meta,
        id: `us.census.${key}_inventory_yoy`,
        name: `${name} inventories (Census MTIS, SA), YoY`,
        nameZh: `美国${zh}库存:同比`,
        unit: "%",
        kind: "yoy",
        derivation: `100·(${code}_t / ${code}_{t−12} − 1), rounded to 6 decimals.`,
      },
      data: yoy(data),
    });
  }
  return out;
}
