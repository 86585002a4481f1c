/**
 * kitchin's BBQ against R BCDating 0.9.8 on the 300 reference series of
 * `../shared/reference/bcdating` (classes in scripts/lib/bcdatingCompare.ts). The folder
 * sits beside the clone in CI and on the team's machines; without it this test fails and says so
 * (it never skips).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { turns } from "../src/index.ts";
import { CLASSES, compareAll } from "../scripts/lib/bcdatingCompare.ts";
import { readReference } from "../scripts/lib/bcdatingReference.ts";

const DIR = fileURLToPath(new URL("../../../../shared/reference/bcdating", import.meta.url));

describe("BBQ against BCDating on 300 reference series", () => {
  it("finds the reference folder beside the clone", () => {
    expect(
      existsSync(DIR),
      `${DIR} is missing: the BCDating comparison needs ../shared/reference/bcdating beside the clone`,
    ).toBe(true);
  });
  if (!existsSync(DIR)) return;
  const ref = readReference(DIR);
  const rows = compareAll(ref);

  it("reads 300 series and BCDating's 4,521 turns", () => {
    expect(ref.series).toHaveLength(300);
    expect(ref.series.reduce((s, x) => s + x.turns.length, 0)).toBe(4521);
  });

  it("no difference is a kitchin rule break; every differing series has a class", () => {
    const ours = rows.filter((r) => r.class === "ours").map((r) => `${r.id}: ${r.kitchinBreaks.join("; ")}`);
    expect(ours).toEqual([]);
    for (const r of rows) expect(r.identical || CLASSES.includes(r.class!), r.id).toBe(true);
    // the only kitchin breaks left are outermost turns after the end rule's two removals at that end
    for (const r of rows) for (const b of r.kitchinBreaks) expect(b, r.id).toMatch(/fails the end rule/);
  });

  it("agrees at least as often as before issue 22 (197 identical, 208 within one observation)", () => {
    expect(rows.filter((r) => r.identical).length).toBeGreaterThanOrEqual(197);
    expect(rows.filter((r) => r.withinOne).length).toBeGreaterThanOrEqual(208);
  });

  it("s134 and s120 keep the higher peak between the same troughs (was: 1987-04 at 14.222 and 1983-05 at 14.3)", () => {
    const o = { method: "bbq" as const, ...ref.settings, minAmplitude: 0 };
    const peaks = (id: string) =>
      turns(ref.series.find((s) => s.id === id)!.values, o, "monthly")
        .filter((t) => t.type === "peak")
        .map((t) => t.index);
    expect(peaks("s134")).toContain(69); // 1985-10, 14.608
    expect(peaks("s134")).not.toContain(87);
    expect(peaks("s120")).toContain(64); // 1985-05, 14.5
    expect(peaks("s120")).not.toContain(40);
  });
});
