/**
 * Raw file → public repository, path and commit, transcribed from shared/data/{cn,us}/PROVENANCE.md.
 */
import type { ProvenanceRef } from "../../src/types.ts";

const CN_INVDATA = { repo: "lakersfengjian-star/invdata", commit: "3a71a01df6d842513642e15ef413ad101b5b73f9" };
const KRYSTAL = {
  repo: "KrystalHUwow/Industry_macro_selection",
  path: "data/宏观数据.xlsx",
  commit: "bdfe597d1aed5903a1be6478009805f1f77affb8",
};
const NUODE = { repo: "yangrq1018/nuode-algotrade", commit: "4a54f3610b40e81d0fbbc7b0af2860b97572edac" };
const AKSHARE = { repo: "huizhaohuang/china-econ-data-penetrate", commit: "ee2c501877596543e4a4f704989d846448c66cb0" };
const BACKTEST = { repo: "ssyzhangxiao/backtest", commit: "1cfe61d25007cc547abb1c13b6abe441cae66cf9" };
const DASH = { repo: "tsvetoslavtsachev/china-macro-dashboard", commit: "42e65976d7dc8997732d6a8c0e24631fe320d316" };
const ALERT = { repo: "401Alert/401Alert-backtest-data", commit: "d23de3f27a0af8ae99c2c79ed868c958ee046617" };

const TABLE: Record<string, { repo: string; path: string; commit: string }> = {
  "cn/cn_finished_goods_inventory_yoy_ppi_1997_2026_invdata.csv": {
    ...CN_INVDATA,
    path: "data/processed/macro_inventory_cycle.csv",
  },
  "cn/cn_m1_m2_yoy_1997_2026_invdata.csv": { ...CN_INVDATA, path: "data/processed/macro_m1_m2.csv" },
  "cn/cn_industrial_profit_ytd_2015_2026_invdata.csv": {
    repo: "lakersfengjian-star/invdata",
    path: "data/processed/industrial_profits.csv",
    commit: "a6c3390bf4ccd14ab61e97b222168f16b5f43275",
  },
  "cn/cn_macro_wind_workbook_1990_2022_krystal.xlsx": KRYSTAL,
  "cn/cn_ind_revenue_finished_inventory_yoy_2000_2019_nuode.xlsx": { ...NUODE, path: "data/库存周期数据.xlsx" },
  "cn/index_daily_399300.SZ_wind_to_2019_nuode.csv": { ...NUODE, path: "data/399300.SZ.csv" },
  "cn/index_daily_000016.SH_wind_to_2019_nuode.csv": { ...NUODE, path: "data/000016.SH.csv" },
  "cn/index_daily_399905.SZ_wind_to_2019_nuode.csv": { ...NUODE, path: "data/399905.SZ.csv" },
  "cn/index_daily_000001.SH_2018_2026_gupiao.csv": {
    repo: "LiuZesensengsheng/gupiao",
    path: "data/000001.SH.csv",
    commit: "8a6f5b2afb316837ef056266a24fffb5532cea0a",
  },
  "cn/index_daily_000300.SH_2018_2026_gupiao.csv": {
    repo: "LiuZesensengsheng/gupiao",
    path: "data/000300.SH.csv",
    commit: "8a6f5b2afb316837ef056266a24fffb5532cea0a",
  },
  "cn/nanhua_commodity_index_daily_2004_2026.xlsx": { ...BACKTEST, path: "data/南华商品指数.xlsx" },
  "cn/cn_us_govt_bond_yields_daily_2002_2022_eastmoney_akshare.csv": {
    repo: "liuyuhang1020/Machine-Learning-in-the-Chinese-Stock-Market-Reproduction",
    path: "chenyuedi/code/M_debt/debt.csv",
    commit: "bc4f8c703dc7eb0da18665e33fda9bbc881b41d1",
  },
  "cn/cn_cgb10y_monthly_2005_2026_bloomberg_bridge_tsvetoslavtsachev.json": {
    ...DASH,
    path: "data/bloomberg_bridge.json",
  },
  "cn/cn_macro_series_data_2016_2026_tsvetoslavtsachev.json": { ...DASH, path: "output/api/series_data.json" },
  "us/fredmd_2025-12_vintage_noTcodeRow.csv": {
    repo: "Nakamoto911/mrs",
    path: "data/raw/fred_md.csv",
    commit: "923048e9bca931b8be309dae73f98dcfb40451b1",
  },
  "us/fredmd_2025-02_vintage.csv": {
    repo: "rishabhmandayam/inflation_ml",
    path: "data/current.csv",
    commit: "770edba67e9a6ceb01ea0360f541d93324debfc0",
  },
  "us/fredmd_2023-06_vintage.csv": {
    repo: "econPreference/TermStructureModels.jl",
    path: "examples/LargeVAR_Yields_Macros/current.csv",
    commit: "b66180b32d589d0e3d4031ee763f64a0ec8c6304",
  },
  "us/fredmd_2019-10_vintage.csv": {
    repo: "geoluna/FactorModels",
    path: "data/current.csv",
    commit: "c60dea4d3cc7619fd13142468dc495236fcf6f63",
  },
  "us/census_mtis_inventories_1992-2019_tcpd.txt": {
    repo: "alan-turing-institute/TCPD",
    path: "datasets/businv/mtis-inventory.txt",
    commit: "83b3039b5c67eaf21a720e3eac4ffdade3fb421c",
  },
  "us/oecd_cli_us_amplitude_adjusted_USALOLITOAASTSAM.csv": { ...ALERT, path: "USALOLITOAASTSAM.csv" },
  "us/fred_GS10_monthly.csv": { ...ALERT, path: "GS10.csv" },
  "us/shiller_sp500_monthly_datahub.csv": {
    repo: "datasets/s-and-p-500",
    path: "data/data.csv",
    commit: "f23898667d8764ea9e8a641b0b41487437e33b39",
  },
  "us/wti_monthly_eia_datahub.csv": {
    repo: "datasets/oil-prices",
    path: "data/wti-monthly.csv",
    commit: "2d75ce3a792c2f152619c10272e86052be3a8390",
  },
  "us/brent_monthly_eia_datahub.csv": {
    repo: "datasets/oil-prices",
    path: "data/brent-monthly.csv",
    commit: "2d75ce3a792c2f152619c10272e86052be3a8390",
  },
  "us/gold_monthly_datahub.csv": {
    repo: "datasets/gold-prices",
    path: "data/monthly.csv",
    commit: "d02264e9b728c1c0c9ecd5b74d141ef6113f752e",
  },
  "us/fred_USREC_monthly_1980.csv": {
    repo: "sivamsapingali/Codex_Macro-Monitor",
    path: "data/USREC.csv",
    commit: "7fb97556145cd3604b1caab9002193df4f3eee07",
  },
  "incoming/cn_ind_revenue_inventory_yoy_1999_2026_houseprice.json": {
    repo: "wwy-hust/HousePrice",
    path: "results/industry_data.json",
    commit: "2835aa68aebb1aa4107b3e4482d3a79efd22c314",
  },
  "us/nber_business_cycle_dates.json": {
    repo: "wakamex/redvsblue",
    path: "literature/nber-business-cycle-dates-json/source.json",
    commit: "eb26074d26646374bb107be245a6a1396e0217ba",
  },
};

export function prov(file: string, use: string): ProvenanceRef {
  let t = TABLE[file];
  if (!t && file.startsWith("cn/nbs_akshare_monthly/"))
    t = { ...AKSHARE, path: `data/${file.slice("cn/nbs_akshare_monthly/".length)}` };
  if (!t && file.startsWith("cn/futures_main_daily/"))
    t = { ...BACKTEST, path: `data/${file.slice("cn/futures_main_daily/".length)}` };
  if (!t && file.startsWith("cn/futures_adjusted_2010_2021/")) {
    t = {
      repo: "Yiran13/futures_data",
      path: `adjusted_prices/${file.slice(file.lastIndexOf("adjusted_") + 9)}`,
      commit: "2888f62492cc92ff6f1c6653fdeab45ed92f0fd7",
    };
  }
  if (!t) throw new Error(`no provenance for raw file ${file}`);
  return { file, repo: t.repo, path: t.path, commit: t.commit, use };
}

export const TERMS = {
  cnWind:
    "Official NBS/PBOC/GACC statistics (public facts) in a Wind EDB copy re-published on GitHub by a third party; the hosting repository states no license; redistribution rights of the vendor copy are unclear.",
  cnNbs:
    "Official NBS statistics (public facts) fetched from data.stats.gov.cn and re-published on GitHub by a third party (earlier months: Wind EDB copies); the hosting repository's README says MIT but it has no LICENSE file; redistribution rights unclear.",
  cnAkshare:
    "Official NBS/PBOC/GACC statistics fetched via akshare (EastMoney mirror) and re-published on GitHub; no license stated; redistribution rights unclear.",
  cnMarket:
    "Exchange / index-provider market data (China Securities Index, SSE, SZSE, futures exchanges) re-published on GitHub with no license stated; the index and exchange owners' terms apply; redistribution rights unclear.",
  cnBond:
    "ChinaBond yield-curve values via EastMoney/akshare and a Bloomberg-derived public-fact export (tsvetoslavtsachev/china-macro-dashboard, 'source_public'), both re-published with no license stated; redistribution rights unclear.",
  usPublic:
    "US-government statistics (Census, BEA, BLS, Federal Reserve Board): public domain; taken from FRED-MD (FRB St. Louis, McCracken & Ng), and on the BVAR package's list of FRED-MD series permitted for redistribution. (The GitHub copy of the 2025-12 vintage says 'Proprietary – see LICENSE.txt' without a license file; the values are FRED-MD's.)",
  fedBoard:
    "Federal Reserve Board H.15 statistics (public domain), FRED copy; no license stated by the hosting repository.",
  usCensus:
    "US Census Bureau MTIS (public domain); TCPD copy under MIT, whose README states Census permits redistribution.",
  oecd: "OECD Composite Leading Indicator: OECD data are CC BY 4.0 since 2024 (attribute 'Source: OECD'); FRED's copy marks OECD series 'Copyright OECD, reprinted with permission'. Verify before commercial use.",
  eia: "US Energy Information Administration (public domain; acknowledge 'Source: U.S. EIA'); datahub packaging ODC-PDDL.",
  gold: "World Bank Pink Sheet (CC BY 4.0) from 1960, packaged by datahub under ODC-PDDL; attribute the World Bank.",
  sp: "S&P 500 levels are S&P Dow Jones Indices data; Shiller's monthly series packaged by datahub under ODC-PDDL ('believed public domain'). The index owner's terms apply to commercial redistribution.",
  nber: "NBER Business Cycle Dating Committee chronology: factual dates published freely by NBER.",
};
