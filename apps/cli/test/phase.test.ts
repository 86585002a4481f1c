import { describe, expect, it } from "vitest";
import { PHASE_IDS } from "@kitchin/core";
import { run, runJson } from "./helpers.ts";

describe("kitchin phase", () => {
  it("keeps the JSON contract in both modes", async () => {
    for (const mode of ["ex-post", "as-of"]) {
      const j = await runJson("phase", "--dataset", "cn", "--mode", mode);
      expect(j.mode).toBe(mode);
      expect(j.phases.length).toBeGreaterThan(300);
      for (const p of j.phases) {
        expect(p.date).toMatch(/^\d{4}-\d{2}$/);
        expect(p.phase === null || (PHASE_IDS as readonly string[]).includes(p.phase)).toBe(true);
        expect([null, "rising", "falling"]).toContain(p.revenueState);
        expect([null, "rising", "falling"]).toContain(p.inventoryState);
      }
      expect(j.current.mode).toBe("as-of");
    }
  });

  it("matches note 004's 2016 episodes since 2011: passive destocking ending 2016-06, active restocking 2016-07 → 2017-03", async () => {
    const j = await runJson("phase", "--dataset", "cn");
    const at = (d: string) => j.phases.find((p: any) => p.date === d).phase;
    for (const d of ["2016-02", "2016-06"]) expect(at(d)).toBe("passive-destock");
    for (const d of ["2016-07", "2016-12", "2017-03"]) expect(at(d)).toBe("active-restock");
  });

  it("no look-ahead through the CLI: --as-of gives the full as-of path up to that month", async () => {
    const full = await runJson("phase", "--dataset", "cn", "--mode", "as-of");
    for (const cut of ["2009-06", "2016-12", "2021-03"]) {
      const part = await runJson("phase", "--dataset", "cn", "--mode", "as-of", "--as-of", cut);
      const k = part.phases.length;
      expect(part.phases[k - 1].date).toBe(cut);
      expect(part.phases).toEqual(full.phases.slice(0, k));
      expect(part.current.asOf).toBe(cut);
    }
  });

  it("prints episodes with labels in the chosen language", async () => {
    const r = await run("phase", "--dataset", "cn", "--lang", "zh");
    expect(r.out).toMatch(/主动补库/);
    expect(r.out).toMatch(/被动去库/);
    const csv = await run("phase", "--dataset", "us", "--format", "csv", "--mode", "as-of");
    expect(csv.out.split("\n")[0]).toBe("date,phase,label,revenueState,inventoryState");
  });
});
