import { describe, expect, it } from "vitest";
import { NBER } from "@kitchin/datasets";
import { parseMonthLoose } from "@kitchin/core";
import { run, runJson, tmpFile } from "./helpers.ts";

describe("kitchin turns", () => {
  it("dates US industrial production within two months of every NBER trough in the data", async () => {
    const j = await runJson("turns", "--dataset", "us", "--series", "us.indpro");
    expect(j.params).toMatchObject({
      method: "bbq",
      preset: "monthly",
      window: 5,
      censor: 6,
      minPhase: 5,
      minCycle: 15,
    });
    const troughs = j.turns.filter((t: any) => t.type === "trough").map((t: any) => parseMonthLoose(t.date));
    const { points } = await runJson("data", "show", "us.indpro");
    const first = parseMonthLoose(points[0].date) + j.params.censor; // troughs the censor rule can see
    const ref = NBER.filter((x) => x.type === "trough")
      .map((x) => parseMonthLoose(x.date))
      .filter((m) => m >= first);
    expect(ref.length).toBeGreaterThanOrEqual(9);
    for (const m of ref) expect(Math.min(...troughs.map((t: number) => Math.abs(t - m)))).toBeLessThanOrEqual(2);
  });

  it("gives index, date, type and value per turn, with either method", async () => {
    for (const method of ["bbq", "bry-boschan"]) {
      const j = await runJson("turns", "--dataset", "cn", "--method", method);
      expect(j.turns[0]).toEqual(
        expect.objectContaining({
          index: expect.any(Number),
          date: expect.stringMatching(/^\d{4}-\d{2}$/),
          type: expect.stringMatching(/^(peak|trough)$/),
          value: expect.any(Number),
        }),
      );
      expect(j.params.method).toBe(method);
    }
  });

  it("dates quarterly files in observations (quarterly preset)", async () => {
    const rows = ["date,gdp"];
    for (let q = 0; q < 60; q++)
      rows.push(
        `${2000 + Math.floor(q / 4)}-${String(3 * (q % 4) + 3).padStart(2, "0")}-30,${(10 * Math.sin((2 * Math.PI * q) / 16)).toFixed(3)}`,
      );
    const j = await runJson("turns", "--file", tmpFile("quarterly.csv", rows.join("\n")));
    expect(j.params).toMatchObject({ frequency: "quarterly", preset: "quarterly", window: 2 });
    const peaks = j.turns.filter((t: any) => t.type === "peak").map((t: any) => t.index);
    expect(peaks).toEqual([4, 20, 36, 52]);
    expect(j.turns.find((t: any) => t.index === 4).date).toBe("2001-03");
  });

  it("writes CSV and the turning-point flags reach the method", async () => {
    const r = await run("turns", "--dataset", "cn", "--format", "csv", "--min-cycle", "60");
    expect(r.out.split("\n")[0]).toBe("index,date,type,value,closeCall");
    const loose = await runJson("turns", "--dataset", "cn");
    expect(r.out.trim().split("\n").length - 1).toBeLessThan(loose.turns.length);
  });
});

describe("kitchin turns labels", () => {
  it("prints turn types in the chosen language from the core's label table", async () => {
    const zh = await run("turns", "--dataset", "cn", "--lang", "zh");
    expect(zh.out).toMatch(/日期\s+类型\s+数值/);
    expect(zh.out).toMatch(/低点/);
    expect(zh.out).not.toMatch(/\btrough\b/);
  });
});
