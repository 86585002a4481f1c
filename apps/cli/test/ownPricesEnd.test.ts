/**
 * A backtest on the user's own prices ends, as the shipped path does, at the last month in
 * which every asset still traded has a price — and says so — instead of holding the one asset with
 * later prices alone.
 */
import { describe, expect, it } from "vitest";
import { runJson, tmpFile } from "./helpers.ts";

const months = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const m = from + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
  });

describe("own prices end where every traded asset has a price", () => {
  // 2021-01 … 2026-06: the stock and the commodity stop at 2026-02 and 2026-03, the bond runs to 2026-06.
  const ms = months(2021 * 12, 66);
  const rows = ms.map((d, i) => {
    const stock = d <= "2026-02" ? (100 * 1.01 ** i + 3 * Math.sin(i)).toFixed(3) : "";
    const comm = d <= "2026-03" ? (50 + 5 * Math.cos(i / 2)).toFixed(3) : "";
    return `${d},${stock},${comm},${(100 * 1.003 ** i).toFixed(3)}`;
  });
  const prices = tmpFile("end-prices.csv", ["date,stock,comm,bond", ...rows].join("\n") + "\n");
  const phases = tmpFile(
    "end-phases.csv",
    [
      "date,phase",
      ...ms.map(
        (d, i) =>
          `${d},${["passive-destock", "active-restock", "passive-restock", "active-destock"][Math.floor(i / 9) % 4]}`,
      ),
    ].join("\n") + "\n",
  );

  it("trims to 2026-02 with the shipped path's note, and the last holding is not the bond alone", async () => {
    const j = await runJson("backtest", "--prices", prices, "--phases", phases, "--gaps", "keep");
    expect(j.window.to).toBe("2026-02");
    expect(j.warnings.join("\n")).toMatch(
      /window ends 2026-02, the last month with a price for every asset still traded/,
    );
    for (const s of j.strategies) expect(s.to).toBe("2026-02");
  });

  it("--to past the common end is the user's choice and is kept", async () => {
    const j = await runJson("backtest", "--prices", prices, "--phases", phases, "--gaps", "keep", "--to", "2026-05");
    expect(j.window.to).toBe("2026-05");
  });
});
