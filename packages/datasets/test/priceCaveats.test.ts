import { describe, expect, it } from "vitest";
import { priceCaveats } from "../src/priceCaveats.ts";
import { assetList } from "../src/universe.ts";

describe("priceCaveats", () => {
  it("names the US monthly averages (and the bond index built from averaged yields), not the cash index", () => {
    const c = priceCaveats(assetList("us", "classes", "classes"));
    expect(c.smoothed.sort()).toEqual(["us.gold", "us.spx", "us.ust10y_tr", "us.wti"]);
    expect(c.rollGapped).toEqual([]);
    expect(priceCaveats(["us.tbill_tr"]).smoothed).toEqual([]);
  });

  it("names China's continuous futures as roll-gapped; the classes are month-end closes; own ids are in neither", () => {
    expect(priceCaveats(assetList("cn", "classes", "classes"))).toEqual({ smoothed: [], rollGapped: [] });
    const f = priceCaveats(assetList("cn", "futures", "all"));
    expect(f.rollGapped.length).toBe(assetList("cn", "futures", "all").length);
    expect(f.rollGapped).toContain("cn.fut.rb");
    expect(priceCaveats(["my.asset"])).toEqual({ smoothed: [], rollGapped: [] });
  });
});
