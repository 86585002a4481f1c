/**
 * The DataFrame edge: a danfojs-node DataFrame of daily prices becomes the same month-end
 * panel as the CSV it was made from, and score rows come back as a DataFrame.
 */
import { describe, expect, it } from "vitest";
import { filePrices } from "@kitchin/jobs/node";
import { panelFromFrame, scoresToFrame } from "../src/index.ts";
import { tmpFile } from "./helpers.ts";

const CSV =
  [
    "date,gold,oil",
    "2024-01-02,100,70",
    "2024-01-31,102,72",
    "2024-02-01,103,",
    "2024-02-29,101,75",
    "2024-03-15,104,76",
  ].join("\n") + "\n";

describe("DataFrames at the edge", () => {
  it("reads a daily price frame as the CSV it came from: each month's last price", async () => {
    const dfd = await import("danfojs-node");
    const df = new dfd.DataFrame(
      [
        ["2024-01-02", 100, 70],
        ["2024-01-31", 102, 72],
        ["2024-02-01", 103, NaN],
        ["2024-02-29", 101, 75],
        ["2024-03-15", 104, 76],
      ],
      { columns: ["date", "gold", "oil"] },
    );
    const fromFrame = await panelFromFrame(df as unknown as { columns: string[]; values: unknown[][] });
    const fromFile = await filePrices(tmpFile("daily.csv", CSV));
    expect(fromFrame.panel.assets).toEqual(["gold", "oil"]);
    // by hand: January ends 102/72, February 101/75, March 104/76
    expect(Array.from(fromFrame.panel.prices)).toEqual([102, 101, 104, 72, 75, 76]);
    expect(Array.from(fromFile.panel.prices)).toEqual(Array.from(fromFrame.panel.prices));
    expect(fromFrame.panel.start).toBe(fromFile.panel.start);
  });

  it("returns score rows as a DataFrame with the JSON contract's columns", async () => {
    const rows = [
      { asset: "gold", phase: "active-restock", score: 3, episodes: 4 },
      { asset: "oil", phase: "active-restock", score: -1, episodes: 4 },
    ];
    const df = await scoresToFrame(rows as never);
    expect(df.columns).toEqual(["asset", "phase", "score", "episodes"]);
    expect(df.shape).toEqual([2, 4]);
    expect(df.column("score").values).toEqual([3, -1]);
  });
});
