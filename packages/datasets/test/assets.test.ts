import { describe, expect, it } from "vitest";
import { FLAG_PROXY, catalog } from "../src/index.ts";
import { loadSeries } from "../src/node.ts";
import { at, flagAt } from "./helpers.ts";

describe("China assets, month-end", () => {
  it("CSI 300 splices the Wind copy (to 2019-05) and the gupiao copy (after)", () => {
    const s = loadSeries("cn.csi300");
    // index_daily_399300.SZ_wind_to_2019_nuode.csv row 6956 (2019-05-31 CLOSE)
    expect(at(s, "2019-05")).toBe(3629.7893);
    expect(at(s, "2019-06")).toBe(3825.59); // index_daily_000300.SH_2018_2026_gupiao.csv row 362 (2019-06-28 close)
    expect(at(s, "2026-02")).toBe(4710.65); // gupiao row 1977 (2026-02-27 close)
    expect(s.entry.end).toBe("2026-02"); // 2026-03 ends on the 18th: not a month-end
    expect(s.entry.provenance.map((p) => p.file)).toHaveLength(2);
  });

  it("futures: unadjusted main-contract month-end closes", () => {
    const rb = loadSeries("cn.fut.rb");
    expect(at(rb, "2009-03")).toBe(3549); // futures_main_daily/SHFE.RB.csv row 3 (2009-03-31 close)
    expect(at(rb, "2015-11")).toBe(1626); // SHFE.RB.csv row 1623 (2015-11-30 close), PROVENANCE "RB 2015-11 ≈ 1626"
    expect(rb.entry.end).toBe("2026-03"); // the file ends 2026-04-01
    const fut = catalog.filter((e) => e.group === "futures");
    expect(fut.length).toBe(58); // 60 products, TL (36) and LC (33 month-ends) below the 40-month minimum
    for (const e of fut) {
      expect(e.id).toMatch(/^cn\.fut\.[a-z]+$/);
      expect(loadSeries(e.id).values.length).toBeGreaterThanOrEqual(40);
      expect(e.caveats[0]).toContain("Unadjusted");
    }
    expect(catalog.find((e) => e.id === "cn.fut.tl")).toBeUndefined();
    expect(catalog.find((e) => e.id === "cn.fut.cu")?.caveats.join(" ")).toContain("back-adjusted 2010–2021");
  });

  it("10-year CGB: ChinaBond month-ends to 2022-09, Bloomberg-bridge months after flagged proxy; TR index inherits the flag", () => {
    const y = loadSeries("cn.cgb10y");
    expect(at(y, "2002-01")).toBe(3.2186); // cn_us_govt_bond_yields daily row 2786 (2002-01-31, 10年)
    expect(at(y, "2022-09")).toBe(2.7601); // same file row 8287 (2022-09-30)
    expect(flagAt(y, "2022-09")).toBe(0);
    expect(flagAt(y, "2022-10")).toBe(FLAG_PROXY);
    const tr = loadSeries("cn.cgb10y_tr");
    expect(at(tr, "2002-01")).toBe(100);
    expect(flagAt(tr, "2023-01")).toBe(FLAG_PROXY);
    // falling yields → rising total-return index
    expect(at(tr, "2026-07")).toBeGreaterThan(at(tr, "2022-09"));
  });
});

describe("US assets", () => {
  it("bond and cash total-return indices behave", () => {
    const tr = loadSeries("us.ust10y_tr");
    const y = loadSeries("us.ust10y");
    // 1981-09 → 1981-10: yield fell (15.32 → 15.15): positive return; 2022-02 → 2022-03 yield rose: negative
    expect(at(tr, "1981-10") / at(tr, "1981-09")).toBeGreaterThan(1);
    expect(at(tr, "2022-03")).toBeLessThan(at(tr, "2022-02"));
    expect(at(y, "1981-09")).toBe(15.32); // fred_GS10_monthly.csv 1981-09-01
    const cash = loadSeries("us.tbill_tr");
    for (let i = 1; i < cash.values.length; i++) expect(cash.values[i]).toBeGreaterThanOrEqual(cash.values[i - 1]);
  });

  it("leaves out IMF-only copper (IMF terms forbid redistribution)", () => {
    expect(catalog.find((e) => e.id === "us.copper")).toBeUndefined();
  });
});
