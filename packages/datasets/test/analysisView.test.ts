/**
 * analysisView: the one rule for what the analytics see of a shipped series (anomaly months are
 * missing), on hand-built series and on the shipped case DATA.md documents.
 */
import { describe, expect, it } from "vitest";
import { FLAG_ANOMALY, FLAG_FILLED, FLAG_PROXY, analysisView, findEntry, type DatasetSeries } from "../src/index.ts";
import { loadSeries } from "../src/node.ts";
import { at, m } from "./helpers.ts";

const entry = findEntry("cn.inventory_yoy");

function made(values: number[], flags: number[]): DatasetSeries {
  return { entry, start: m("2019-01"), values: Float64Array.from(values), flags: Uint8Array.from(flags) };
}

describe("analysisView", () => {
  it("reads anomaly months as missing and keeps every other value, start and length", () => {
    const s = made([6.2, 0.3, 4.9, NaN, 5.5], [0, FLAG_ANOMALY, FLAG_PROXY, 0, FLAG_ANOMALY | FLAG_PROXY]);
    const v = analysisView(s);
    expect(v.start).toBe(s.start);
    expect(Array.from(v.values)).toEqual([6.2, NaN, 4.9, NaN, NaN]);
    // The series itself is untouched (the published value stays available, e.g. for CYCLE.DATA's flags column).
    expect(Array.from(s.values)).toEqual([6.2, 0.3, 4.9, NaN, 5.5]);
  });

  it("copies nothing when no month is flagged anomaly; proxy and filled months stay", () => {
    const s = made([1, 2, 3], [FLAG_PROXY, FLAG_FILLED, 0]);
    expect(analysisView(s).values).toBe(s.values);
  });

  it("gives an empty view of an empty series", () => {
    const v = analysisView(made([], []));
    expect(v.values).toHaveLength(0);
  });

  it("drops China's inventory YoY 2019-03 (published 0.3 between 6.2 and 4.9), as DATA.md flags it", () => {
    const s = loadSeries("cn.inventory_yoy");
    expect(at(s, "2019-03")).toBe(0.3);
    const v = analysisView(s);
    const i = m("2019-03") - v.start;
    expect(v.values[i]).toBeNaN();
    expect(v.values[i + 1]).toBe(4.9);
    let flagged = 0;
    for (let k = 0; k < s.values.length; k++) {
      if (s.flags[k] & FLAG_ANOMALY) flagged++;
      else expect(Object.is(v.values[k], s.values[k])).toBe(true);
    }
    expect(flagged).toBeGreaterThanOrEqual(1);
  });
});
