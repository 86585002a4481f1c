import { describe, expect, it } from "vitest";
import { catalog, displayName } from "../src/index.ts";

describe("displayName", () => {
  it("gives the names strategists use (issue 14)", () => {
    expect(displayName("cn.csi300", "zh")).toBe("沪深300");
    expect(displayName("cn.nanhua", "zh")).toBe("南华商品指数");
    expect(displayName("cn.fut.rb", "zh")).toBe("螺纹钢");
    expect(displayName("cn.fut.rb", "en")).toBe("Rebar");
    expect(displayName("cn.fut.i", "zh")).toBe("铁矿石");
    expect(displayName("us.spx", "en")).toBe("S&P 500");
  });

  it("names every shipped price series in both languages, each name unique within a region and language", () => {
    for (const region of ["cn", "us"] as const)
      for (const lang of ["en", "zh"] as const) {
        const prices = catalog.filter((e) => e.region === region && (e.group === "asset" || e.group === "futures"));
        const names = prices.map((e) => displayName(e.id, lang));
        for (const [i, n] of names.entries()) expect(n, prices[i].id).not.toBe(prices[i].id);
        expect(new Set(names).size).toBe(names.length);
      }
  });

  it("keeps anything it does not know as it is (a column of the user's file)", () => {
    expect(displayName("my_copper", "zh")).toBe("my_copper");
    expect(displayName("cn.pmi", "en")).toBe("cn.pmi");
  });
});
