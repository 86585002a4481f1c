/**
 * The plain data of a cycle analysis, of "now" and of the outlook (src/cycleJson.ts, now.ts,
 * outlookJson.ts), on hand-made cyclical series: every month written is the analysis' month index
 * formatted, phases are the table's ids, missing numbers are null, and the notes and staleness are
 * the hand-computed ones.
 */
import { describe, expect, it } from "vitest";
import { PHASE_IDS, analyseCycle, formatMonth, outlook, parseMonth } from "@kitchin/core";
import { currentCycleJson, currentJson, cycleJson, paramsJson, phaseRows, type NowContext } from "../src/cycleJson.ts";
import { inputsJson, nowNotes, staleness } from "../src/now.ts";
import { oddsHistoryRows, outlookJson } from "../src/outlookJson.ts";
import { JAN2000, cycleSeries } from "./helpers.ts";

const demand = cycleSeries(240, 8);
const inventory = cycleSeries(240, 0);
const a = analyseCycle(demand, inventory, {});
const ctx: NowContext = { today: a.asOf + 5, names: { revenue: "dem", inventory: "inv" } };
const month = (s: string) => parseMonth(s, "test");

describe("cycleJson", () => {
  it("the analysis dated phases and found cycles on the made-up series (else the rest tests nothing)", () => {
    expect(a.cycles.length).toBeGreaterThanOrEqual(3);
    expect(a.now).not.toBeNull();
  });

  it("each cycle's troughs and peak are its indices on the history axis, formatted", () => {
    for (const c of a.cycles) {
      const j = cycleJson(a, c);
      expect(month(j.startTrough)).toBe(a.history.start + c.startTrough);
      expect(month(j.peak)).toBe(a.history.start + c.peak);
      expect(month(j.endTrough)).toBe(a.history.start + c.endTrough);
      expect(j.months).toBe(c.months);
      expect(month(j.startTrough)).toBeLessThan(month(j.peak));
      expect(month(j.peak)).toBeLessThan(month(j.endTrough));
    }
  });

  it("current: the phase now by id and label, months in it, data through, staleness against today", () => {
    const j = currentJson(a, ctx);
    expect(j.mode).toBe("as-of");
    expect(j.asOf).toBe(formatMonth(a.asOf));
    expect(j.phase).toBe(PHASE_IDS[a.now!.code]);
    expect(j.label!.en.length).toBeGreaterThan(0);
    expect(j.monthsInPhase).toBe(a.now!.monthsInPhase);
    // the series end 2019-12 (240 months from 2000-01) and are released at once
    expect(j.dataThrough).toEqual({ revenue: "2019-12", inventory: "2019-12" });
    expect(j.today).toBe(formatMonth(a.asOf + 5));
    expect(j.staleMonths).toBe(5);
    expect(j.notes).toEqual([]);
    const cc = currentCycleJson(a, ctx);
    expect(cc.asOf).toBe(j.asOf);
    if (a.current) expect(month(cc.cycle!.startTrough)).toBe(a.history.start + a.current.startTrough);
  });

  it("phase rows: one per history month, unknown months null", () => {
    const rows = phaseRows(a.history);
    expect(rows).toHaveLength(a.history.codes.length);
    rows.forEach((r, i) => {
      expect(r.date).toBe(formatMonth(a.history.start + i));
      const c = a.history.codes[i];
      expect(r.phase).toBe(c >= 0 ? PHASE_IDS[c] : null);
    });
    expect(rows.some((r) => r.phase === null)).toBe(true); // the edges are not dated
  });

  it("params carry the demand parameters and the extras", () => {
    const p = paramsJson(a, { lag: 2 });
    expect(p.demand).toEqual(a.demandParams);
    expect(p).toMatchObject({ lag: 2 });
    expect(p.preset).toBe(a.params.preset);
  });
});

describe("now", () => {
  it("trailing months without a value are named in a note, with the month the series ends", () => {
    const inv = cycleSeries(240, 0);
    inv.values[238] = NaN;
    inv.values[239] = NaN;
    const b = analyseCycle(demand, inv, {});
    expect(inputsJson(b).inventory.through).toBe("2019-10");
    expect(nowNotes(b, { revenue: "dem", inventory: "inv" })).toEqual([
      "inv: 2 trailing months without a value after 2019-10 ignored (a state is never carried past a series' last value)",
    ]);
    const one = cycleSeries(240, 0);
    one.values[239] = NaN;
    expect(nowNotes(analyseCycle(demand, one, {}), { revenue: "dem", inventory: "inv" })[0]).toMatch(
      /^inv: 1 trailing month without/,
    );
  });

  it("staleness: calendar months from now to today", () => {
    expect(staleness(a, a.asOf)).toEqual({ today: formatMonth(a.asOf), staleMonths: 0 });
    expect(staleness(a, a.asOf + 14).staleMonths).toBe(14);
  });

  it("a release lag moves the month an input is known", () => {
    const b = analyseCycle(demand, inventory, { inventoryLag: 2 });
    expect(inputsJson(b).inventory).toMatchObject({ through: "2019-12", knownAt: "2020-02" });
  });
});

describe("outlookJson", () => {
  const o = outlook(
    {
      demand: { id: "dem", series: demand, releaseLag: 0, kind: "yoy" },
      inventory: { id: "inv", series: inventory, releaseLag: 0, kind: "yoy" },
    },
    { horizons: [3, 6] },
  );
  const j = outlookJson(o);

  it("the call: as-of month and phase, one odds entry per horizon, no real view without a deflator", () => {
    expect(j.asOf).toBe(formatMonth(o.asOf));
    expect(j.phase).toBe(o.code >= 0 ? PHASE_IDS[o.code] : null);
    expect(j.odds.map((d) => d.horizon)).toEqual([3, 6]);
    expect(j.real).toBeNull();
    expect(j.nowcast).toBeNull();
    expect(JSON.parse(JSON.stringify(j))).toEqual(j); // plain data: no NaN, no typed arrays
  });

  it("the odds path: a row per month with any forecast, p<h> columns, null where missing", () => {
    const rows = oddsHistoryRows(o);
    const n = o.history.p[0].length;
    let expected = 0;
    for (let k = 0; k < n; k++) if (o.history.p.some((p) => Number.isFinite(p[k]))) expected++;
    expect(rows).toHaveLength(expected);
    expect(j.history).toHaveLength(expected);
    const first = j.history[0] as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(["month", "p3", "p6"]);
    const k0 = month(String(first.month)) - o.history.start;
    expect(first.p3).toBe(Number.isFinite(o.history.p[0][k0]) ? o.history.p[0][k0] : null);
    expect(month(String(first.month))).toBeGreaterThanOrEqual(JAN2000);
  });
});
