/**
 * Which shipped series a column of a user's export extends, without `--map`: Wind EDB indicator
 * ids and names, the names on the NBS website (data.stats.gov.cn), FRED series ids, and every
 * shipped series' own id and Chinese name, and the publisher ids in the catalog (`sourceIds`). Names are compared after
 * `normalName` (no spaces, half-width brackets, no `中国:` or `规模以上` prefix, case-insensitive).
 *
 * Wind ids are the ones our raw files name (DATA.md / shared/data PROVENANCE.md); NBS names as
 * the website labels them, CEInet (中经网) column names (`规模以上工业企业营业收入_累计同比增速` …); `offset` turns an index with the
 * previous year = 100 into a YoY %.
 */
import { catalog } from "@kitchin/datasets";

export interface Alias {
  id: string;
  /** Added to every value (e.g. −100 for 上年同月=100 indices). */
  offset?: number;
}

const TABLE: Record<string, string[]> = {
  "cn.inventory_yoy": [
    "M0000561",
    "工业企业:产成品存货:同比",
    "工业企业:产成品存货:累计同比",
    "产成品存货增减(%)",
    "产成品存货同比增长(%)",
    "产成品存货累计增长(%)",
  ],
  "cn.revenue_yoy": [
    "工业企业:营业收入:累计同比",
    "工业企业:主营业务收入:累计同比",
    "营业收入累计增长(%)",
    "主营业务收入累计增长(%)",
    "工业企业营业收入_累计同比增速",
  ],
  "cn.ppi_yoy": ["M0001227", "PPI:全部工业品:当月同比", "PPI:当月同比"],
  "cn.cpi_yoy": ["CPI:当月同比"],
  "cn.m1_yoy": ["M0001383", "M1:同比", "货币(M1)供应量同比增长(%)"],
  "cn.m2_yoy": ["M0001385", "M2:同比", "货币和准货币(M2)供应量同比增长(%)"],
  "cn.profit_yoy": ["M0000557", "工业企业:利润总额:累计同比", "利润总额累计增长(%)", "工业企业利润总额_累计同比增速"],
  "cn.exports_yoy": ["出口金额:当月同比"],
  "cn.imports_yoy": ["进口金额:当月同比"],
  "cn.iva_yoy": ["工业增加值:当月同比", "工业增加值同比增长(%)", "工业增加值_当期同比实际增速"],
  "cn.iva_cum_yoy": ["工业增加值:累计同比", "工业增加值累计增长(%)", "工业增加值_累计同比实际增速"],
  "cn.retail_sales_yoy": ["社会消费品零售总额:当月同比"],
  "cn.pmi": ["制造业PMI", "PMI", "制造业采购经理指数(%)"],
  "us.inventory": ["BUSINV", "BUSINVx"],
  "us.isratio": ["ISRATIO", "ISRATIOx"],
  "us.indpro": ["INDPRO"],
  "us.fedfunds": ["FEDFUNDS"],
  "us.cli": ["USALOLITOAASTSAM"],
};

/** NBS indices with the same month of the previous year = 100: value − 100 is the YoY %. */
const INDEX_100: Record<string, string> = {
  "居民消费价格指数(上年同月=100)": "cn.cpi_yoy",
  "工业生产者出厂价格指数(上年同月=100)": "cn.ppi_yoy",
};

export function normalName(s: string): string {
  return s
    .normalize("NFKC") // full-width brackets, colons and letters → half-width
    .replace(/\s+/g, "")
    .replace(/^中国:/, "")
    .replace(/^规模以上/, "")
    .toLowerCase();
}

let index: Map<string, Alias> | null = null;

function build(): Map<string, Alias> {
  const m = new Map<string, Alias>();
  const add = (name: string, a: Alias) => {
    const k = normalName(name);
    if (!m.has(k)) m.set(k, a);
  };
  for (const [id, names] of Object.entries(TABLE)) for (const n of names) add(n, { id });
  for (const [n, id] of Object.entries(INDEX_100)) add(n, { id, offset: -100 });
  for (const e of catalog) {
    add(e.id, { id: e.id });
    add(e.nameZh, { id: e.id });
  }
  // A publisher's single-series download names its column by the catalog's source id (FRED BOPTIMP).
  for (const e of catalog) for (const sid of e.sourceIds ?? []) add(sid, { id: e.id });
  return m;
}

/** The shipped series a column name or Wind indicator id stands for, if any. */
export function aliasOf(name: string | null | undefined): Alias | null {
  if (!name) return null;
  index ??= build();
  return index.get(normalName(name)) ?? null;
}

/**
 * A download whose one value column has a generic name (`date,value`, as FRED's API writes it)
 * names its series in the file name (`us_TB3MS_fred_1959_2026-05.csv`): the series whose catalog
 * source id is one of the name's tokens, when exactly one is.
 */
export function aliasOfFileName(path: string): { id: string; token: string } | null {
  const base = path.split(/[\\/]/).pop() ?? "";
  const tokens = base.replace(/\.[^.]*$/, "").split(/[_\-.\s]+/);
  const hits = new Map<string, string>();
  for (const t of tokens) for (const e of catalog) if ((e.sourceIds ?? []).includes(t)) hits.set(e.id, t);
  if (hits.size !== 1) return null;
  const [[id, token]] = [...hits];
  return { id, token };
}
