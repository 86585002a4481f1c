/**
 * Curated values against the raw files (the raw value is hard-coded with the file and row it was
 * read from; the tests never read ../shared) and published facts from the notes.
 */
import { describe, expect, it } from "vitest";
import { FLAG_ANOMALY, FLAG_PROXY, NBER, NBER_CYCLES } from "../src/index.ts";
import { loadSeries, loadVintage } from "../src/node.ts";
import { at, flagAt, m } from "./helpers.ts";

describe("values as published (raw file, row)", () => {
  it("China macro", () => {
    const inv = loadSeries("cn.inventory_yoy");
    expect(at(inv, "1996-02")).toBe(23.6); // krystal.xlsx sheet 工业企业利润 row 2, 工业企业:产成品存货:同比
    expect(at(inv, "1997-02")).toBe(14.5); // invdata macro_inventory_cycle.csv row 3 "1997-02-28,14.5,0.44,14.06"
    expect(at(inv, "1997-01")).toBeNaN(); // invdata row 2: inventory_yoy blank
    expect(at(inv, "2019-03")).toBe(0.3); // invdata row for 2019-03-31; nuode row 232
    expect(at(inv, "2019-04")).toBe(4.9); // nuode 库存周期 row 233
    const rev = loadSeries("cn.revenue_yoy");
    expect(at(rev, "1996-02")).toBe(14.6); // krystal 工业企业利润 row 2, 主营业务收入:累计同比
    expect(at(rev, "2007-05")).toBe(27.41); // krystal 工业企业利润 (2007-05-31)
    expect(at(rev, "2019-03")).toBe(7.2); // nuode 库存周期 row 232
    expect(at(rev, "2019-04")).toBe(5.1); // nuode 库存周期 row 233
    expect(rev.entry.end).toBe("2026-05");
    expect(at(rev, "2019-05")).toBe(5.1); // NBS copy (incoming houseprice.json line 202) revenue_yoy "2019-05"
    expect(at(rev, "2026-05")).toBe(5.5); // same file, last key
    expect(at(rev, "2026-01")).toBeNaN(); // January not published
    // year-end growth as NBS's annual releases state it (统计公报 / 工业企业财务数据, Dec YTD)
    for (const [month, v] of [
      ["2019-12", 3.8],
      ["2020-12", 0.8],
      ["2021-12", 19.4],
      ["2022-12", 5.9],
      ["2023-12", 1.1],
      ["2024-12", 2.1],
    ] as const) {
      expect(at(rev, month), month).toBe(v);
    }
    // 2007–2010: Feb/May/Aug/Nov only
    for (const month of ["2008-03", "2008-04", "2010-12"]) expect(at(rev, month), month).toBeNaN();
    expect(at(loadSeries("cn.ppi_yoy"), "1997-01")).toBe(0.12); // invdata row 2
    expect(at(loadSeries("cn.ppi_yoy"), "1996-10")).toBe(0.34); // krystal 价格 (1996-10-31)
    expect(at(loadSeries("cn.m1_yoy"), "1997-01")).toBe(22.2); // invdata macro_m1_m2.csv row 2
    expect(at(loadSeries("cn.m2_yoy"), "1997-01")).toBe(24.8); // invdata macro_m1_m2.csv row 2
    expect(at(loadSeries("cn.profit_yoy"), "2015-02")).toBe(-4.2); // invdata industrial_profits.csv row 2
    expect(at(loadSeries("cn.pmi"), "2005-01")).toBe(54.7); // krystal PMI row 2
    expect(at(loadSeries("cn.pmi_new_orders"), "2005-01")).toBe(60.7); // krystal PMI row 2, PMI:新订单
    expect(at(loadSeries("cn.pmi_finished_inventory"), "2005-01")).toBe(46.6); // krystal PMI row 2, PMI:产成品库存
    expect(at(loadSeries("cn.pmi_raw_inventory"), "2005-01")).toBe(50.1); // krystal PMI row 2, PMI:原材料库存
    expect(at(loadSeries("cn.pmi"), "2026-07")).toBe(49.2); // akshare manufacturing_pmi.csv last row
    expect(at(loadSeries("cn.tsf_flow"), "2015-01")).toBe(20516); // akshare social_financing.csv row 2
    const iva = loadSeries("cn.iva_yoy");
    expect(at(iva, "2022-11")).toBe(2.2); // krystal 工业增加值 row 396
    expect(at(iva, "2022-12")).toBe(1.3); // dashboard CN_IP_YOY, release 2023-01
    expect(at(iva, "2025-12")).toBe(5.2); // dashboard CN_IP_YOY_NBS 2025-12-01
    expect(at(iva, "2021-01")).toBeNaN(); // January not published
    expect(at(iva, "2021-02")).toBe(35.1); // krystal 工业增加值 累计同比 2021-02 (Jan–Feb combined)
  });

  it("US", () => {
    const inv = loadSeries("us.inventory");
    expect(at(inv, "1959-01")).toBe(84116.06178); // fredmd_2025-12 row 2, BUSINVx
    expect(at(inv, "2022-06")).toBe(2514765); // fredmd_2025-12 row 763 "2514765.0"
    expect(at(loadSeries("us.isratio"), "2022-06")).toBe(1.34); // fredmd_2025-12 row 763, ISRATIOx
    expect(at(loadSeries("us.indpro"), "1959-01")).toBe(21.9998); // fredmd_2025-12 row 2, INDPRO
    // 2514765 / 2067735 (row 751, 2021-06) − 1
    expect(at(loadSeries("us.inventory_yoy"), "2022-06")).toBeCloseTo(100 * (2514765 / 2067735 - 1), 5);
    // oecd USALOLITOAASTSAM row 2 "101.4664455888210"
    expect(at(loadSeries("us.cli"), "1955-01")).toBe(101.466445588821);
    expect(at(loadSeries("us.wti"), "1986-01")).toBe(22.93); // wti-monthly row 2
    expect(at(loadSeries("us.gold"), "2026-06")).toBe(4228); // gold monthly last row "4228.000"
    // census tbtiva block, 2019 row (line 176)
    expect(at(loadSeries("us.census.total_inventory"), "2019-06")).toBe(2035698);
    expect(at(loadSeries("us.ust10y"), "2026-07")).toBe(4.6); // fred_GS10 last row "4.6000000000"
    // FRED-MD 2019-10 vintage rows 647/659 (2012-09, 2013-09): BUSINVx 1640563 → 1690541
    expect(at(loadVintage("us.inventory_yoy", "2019-10"), "2013-09")).toBeCloseTo(100 * (1690541 / 1640563 - 1), 5);
  });
});

describe("published facts", () => {
  it("US BUSINVx YoY peaks at 2022-06 (≈ 21.6 %), the largest value since 2000 (PROVENANCE sanity check, note 000)", () => {
    const s = loadSeries("us.inventory_yoy");
    const v = at(s, "2022-06");
    expect(v).toBeCloseTo(21.6, 1);
    for (let k = m("2000-01"); k <= m(s.entry.end); k++) {
      if (k !== m("2022-06")) expect(s.values[k - s.start]).toBeLessThan(v);
    }
  });

  it("US inventory YoY trough moves from 2023-11 (2025-02 vintage) to 2024-01 (2025-12 vintage)", () => {
    const localMin = (s: ReturnType<typeof loadSeries>, ym: string, w: number) => {
      const i = m(ym) - s.start;
      for (let k = i - w; k <= i + w; k++)
        if (k !== i && k >= 0 && k < s.values.length && s.values[k] < s.values[i]) return false;
      return true;
    };
    expect(localMin(loadSeries("us.inventory_yoy"), "2024-01", 9)).toBe(true);
    expect(localMin(loadVintage("us.inventory_yoy", "2025-02"), "2023-11", 9)).toBe(true);
    expect(localMin(loadVintage("us.inventory_yoy", "2025-02"), "2024-01", 9)).toBe(false);
  });

  it("China inventory YoY local minima (±12 months, anomaly months aside) fall on note 003's troughs", () => {
    const s = loadSeries("cn.inventory_yoy");
    for (const ym of ["2000-05", "2002-10", "2006-05", "2009-08", "2013-08", "2016-06", "2019-11", "2023-07"]) {
      const i = m(ym) - s.start;
      const v = s.values[i];
      expect(Number.isFinite(v), ym).toBe(true);
      for (let k = Math.max(0, i - 12); k <= Math.min(s.values.length - 1, i + 12); k++) {
        if (Number.isNaN(s.values[k]) || s.flags[k] & FLAG_ANOMALY) continue;
        expect(s.values[k], `${ym} vs month ${k - i}`).toBeGreaterThanOrEqual(v);
      }
    }
  });

  it("flags the 2019-03 glitch (0.3) as an anomaly and nothing else in the inventory series", () => {
    const s = loadSeries("cn.inventory_yoy");
    expect(flagAt(s, "2019-03")).toBe(FLAG_ANOMALY);
    expect([...s.flags].filter((f) => f !== 0).length).toBe(1);
  });

  it("China inventory YoY: January blank, 2007-03…2010-12 only Feb/May/Aug/Nov", () => {
    const s = loadSeries("cn.inventory_yoy");
    for (let k = s.start; k < s.start + s.values.length; k++) {
      const mo = (k % 12) + 1;
      const v = s.values[k - s.start];
      if (mo === 1) expect(v).toBeNaN();
      if (k >= m("2007-03") && k <= m("2010-12")) expect(Number.isFinite(v)).toBe([2, 5, 8, 11].includes(mo));
    }
  });

  it("NBER table: 2007-12 peak, 2009-06 trough, 2020-02/2020-04", () => {
    const find = (d: string) => NBER.find((t) => t.date === d);
    expect(find("2007-12")?.type).toBe("peak");
    expect(find("2009-06")?.type).toBe("trough");
    expect(NBER_CYCLES[NBER_CYCLES.length - 1]).toEqual({ peak: "2020-02", trough: "2020-04" });
    expect(NBER_CYCLES[0]).toEqual({ peak: null, trough: "1854-12" });
    for (let i = 1; i < NBER.length; i++) {
      expect(NBER[i].month).toBeGreaterThan(NBER[i - 1].month);
      expect(NBER[i].type).not.toBe(NBER[i - 1].type);
    }
  });

  it("US industrial production falls from each NBER peak to the trough since 1960 (level series usable against NBER)", () => {
    const ip = loadSeries("us.indpro");
    for (const c of NBER_CYCLES) {
      if (!c.peak || c.peak < "1960-01") continue;
      expect(at(ip, c.trough), `${c.peak}→${c.trough}`).toBeLessThan(at(ip, c.peak));
    }
  });
});

describe("China demand (cn.demand_yoy)", () => {
  const demand = loadSeries("cn.demand_yoy");
  const revenue = loadSeries("cn.revenue_yoy");
  const proxy = loadSeries("cn.nominal_output_yoy");

  it("is revenue on every month revenue exists, with no proxy month while revenue runs later than the proxy", () => {
    expect(demand.start).toBe(revenue.start);
    expect(demand.entry.end).toBe(revenue.entry.end);
    expect(m(proxy.entry.end)).toBeLessThan(m(revenue.entry.end));
    for (let k = 0; k < revenue.values.length; k++) {
      const a = demand.values[k];
      const b = revenue.values[k];
      expect(Number.isNaN(a) ? "NaN" : a).toBe(Number.isNaN(b) ? "NaN" : b);
      expect(demand.flags[k] & FLAG_PROXY).toBe(0);
    }
  });

  it("the nominal-output proxy stays its own series and tracks revenue out of sample (2019-05…2025-12)", () => {
    // direction over 3 months agrees most of the time; levels differ by more than rounding
    let agree = 0,
      pairs = 0,
      maxGap = 0;
    for (let k = m("2019-08"); k <= m(proxy.entry.end); k++) {
      const r1 = revenue.values[k - revenue.start],
        r0 = revenue.values[k - 3 - revenue.start];
      const p1 = proxy.values[k - proxy.start],
        p0 = proxy.values[k - 3 - proxy.start];
      if ([r1, r0, p1, p0].some(Number.isNaN)) continue;
      pairs++;
      if (Math.sign(r1 - r0) === Math.sign(p1 - p0)) agree++;
      maxGap = Math.max(maxGap, Math.abs(r1 - p1));
    }
    expect(pairs).toBeGreaterThan(50);
    expect(agree / pairs).toBeGreaterThan(0.8);
    expect(maxGap).toBeGreaterThan(1);
  });
});
