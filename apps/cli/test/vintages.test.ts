/**
 * `--vintages` reads the US as-of signal from the shipped FRED-MD vintages — at month t
 * the earliest vintage published at or after t — instead of the latest revised data.
 */
import { describe, expect, it } from "vitest";
import { analyseCycle, formatMonth, monthIndex } from "@kitchin/core";
import { analysisView } from "@kitchin/datasets";
import { loadVintage } from "@kitchin/datasets/node";
import { datasetPhases } from "@kitchin/jobs/node";
import { shippedVintages, vintageSignal } from "@kitchin/jobs/node";
import { run, runJson } from "./helpers.ts";

const asOfPath = (v: string) => {
  const rev = loadVintage("us.sales_yoy", v),
    inv = loadVintage("us.inventory_yoy", v);
  return analyseCycle(analysisView(rev), analysisView(inv), { demandLag: rev.entry.lag, inventoryLag: inv.entry.lag })
    .realtime;
};
const codeAt = (tl: { start: number; codes: Int8Array }, m: number) =>
  m - tl.start >= 0 && m - tl.start < tl.codes.length ? tl.codes[m - tl.start] : -1;

describe("--vintages", () => {
  it("each month's signal is the as-of path of the earliest vintage published then or after; later months read the current data", () => {
    expect(shippedVintages("us")).toEqual(["2019-10", "2023-06", "2025-02"]);
    const revised = datasetPhases("us", { mode: "as-of" });
    const real = vintageSignal("us", revised).signal;
    const paths = Object.fromEntries(shippedVintages("us").map((v) => [v, asOfPath(v)]));
    let differs = 0;
    for (let m = monthIndex(1990, 1); m <= monthIndex(2025, 11); m++) {
      const v =
        m <= monthIndex(2019, 10)
          ? "2019-10"
          : m <= monthIndex(2023, 6)
            ? "2023-06"
            : m <= monthIndex(2025, 2)
              ? "2025-02"
              : null;
      const want = v ? codeAt(paths[v], m) : codeAt(revised.signal, m);
      expect(codeAt(real, m), formatMonth(m)).toBe(want);
      if (codeAt(real, m) !== codeAt(revised.signal, m)) differs++;
    }
    // Revisions move the real-time phase in some months (docs/backtest.md gives the count).
    expect(differs).toBeGreaterThan(0);
  });

  it("backtest --vintages says which data it read, and is refused where no vintages ship", async () => {
    const j = await runJson("backtest", "--dataset", "us", "--from", "2011-01", "--vintages");
    expect(j.warnings.join("\n")).toMatch(/--vintages: the as-of signal at each month reads the earliest vintage/);
    const cn = await run("backtest", "--dataset", "cn", "--vintages");
    expect(cn.code).not.toBe(0);
    expect(cn.err).toMatch(/no vintages ship for cn/);
    const ex = await run("backtest", "--dataset", "us", "--vintages", "--mode", "ex-post");
    expect(ex.code).not.toBe(0);
    expect(ex.err).toMatch(/--vintages is for the as-of signal/);
  });
});
