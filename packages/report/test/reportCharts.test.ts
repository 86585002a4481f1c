/**
 * The report's phase shading: the ex-post history, then the as-of path over the months
 * the history does not date yet, lighter, outlined and with its own legend, so a chart reaches "now".
 */
import { describe, expect, it } from "vitest";
import type { PhaseTimeline } from "@kitchin/core";
import { phaseChart, toSvg } from "../src/charts.ts";

const tl = (mode: "ex-post" | "as-of", start: number, codes: number[]): PhaseTimeline => ({
  mode,
  start,
  codes: Int8Array.from(codes),
  revenueStates: new Int8Array(codes.length),
  inventoryStates: new Int8Array(codes.length),
});
// months 2020-01 (index 24240) …: ex-post dated for 6 months then unknown; the as-of path runs 12 months
const m0 = 2020 * 12;
const history = tl("ex-post", m0, [1, 1, 1, 2, 2, 2, -1, -1, -1, -1, -1, -1]);
const asOf = tl("as-of", m0, [1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 0, 0]);
const line = [{ name: "x", start: m0, values: Float64Array.from({ length: 12 }, (_, i) => 100 + i) }];

type Layer = {
  data: { values: { start: string; end: string; phase: string }[] };
  encoding: Record<string, { title?: string }>;
};

describe("phase shading", () => {
  it("shades the as-of path after the ex-post history's last dated month, with its own legend", async () => {
    const spec = phaseChart(history, line, m0, m0 + 11, { asOf });
    const layers = spec.layer as Layer[];
    expect(layers).toHaveLength(3); // ex-post rects, as-of rects, the line
    const [ex, live] = layers;
    expect(ex.data.values.at(-1)!.end).toBe("2020-07-01");
    expect(live.data.values.map((r) => [r.start, r.end])).toEqual([
      ["2020-07-01", "2020-08-01"],
      ["2020-08-01", "2020-11-01"],
      ["2020-11-01", "2021-01-01"],
    ]);
    expect(ex.encoding.color.title).toBe("phase (ex-post)");
    expect(live.encoding.fill.title).toBe("phase (as-of)");
    const svg = await toSvg(spec);
    expect(svg).toContain("phase (as-of)");
    expect(svg).toContain("phase (ex-post)");
  });

  it("no as-of layer without an as-of path, or when the history is itself as-of", () => {
    expect((phaseChart(history, line, m0, m0 + 11) as { layer: unknown[] }).layer).toHaveLength(2);
    const s = phaseChart(asOf, line, m0, m0 + 11, { asOf });
    expect(s.layer as Layer[]).toHaveLength(2);
    expect((s.layer as Layer[])[0].encoding.color.title).toBe("phase (as-of)");
  });
});
