/**
 * CYCLE.PHASE, STATE, TURNS, CYCLES: each output must equal the core's answer on the same data,
 * with Excel's shapes (2-D in, 2-D out), blanks, text, mismatched lengths and empty ranges.
 */
import { describe, expect, it } from "vitest";
import {
  analyseCycle,
  asOfPhases,
  currentCycle,
  cycles,
  formatMonth,
  observedSpan,
  phaseIdOf,
  phaseLabel,
  realtimeStates,
  series,
  seriesFromObservations,
  statesFromTurns,
  turns,
  STATE_LABELS,
  stateName,
} from "@kitchin/core";
import { cyclesTable, phase, state, turnsTable } from "../src/functions.ts";
import { col, expectCellError, flat, months, row, wave, datesFor } from "./helpers.ts";

const N = 160;
const inv = wave(N, 0);
const rev = wave(N, 8); // demand leads inventory by a quarter of the cycle
const dates = months("2005-01", N);

describe("CYCLE.PHASE", () => {
  const core = analyseCycle(series(0, rev), series(0, inv)).history.codes;

  it("equals the core's ex-post phases (analyseCycle, as kitchin phase), one label per input row", () => {
    const out = phase(datesFor(col(rev)), col(rev), col(inv));
    expect(out).toHaveLength(N);
    expect(out.every((r) => r.length === 1)).toBe(true);
    expect(flat(out)).toEqual(Array.from(core, (c) => phaseLabel(c, "en")));
    expect(new Set(flat(out))).toEqual(
      new Set(["Passive destocking", "Active restocking", "Passive restocking", "Active destocking", "unknown"]),
    );
  });

  it("speaks Chinese, gives ids or codes on request", () => {
    expect(flat(phase(datesFor(col(rev)), col(rev), col(inv), "lang=zh"))).toEqual(
      Array.from(core, (c) => phaseLabel(c, "zh")),
    );
    expect(flat(phase(datesFor(col(rev)), col(rev), col(inv), "format=id"))).toEqual(
      Array.from(core, (c) => phaseIdOf(c) ?? "unknown"),
    );
    expect(flat(phase(datesFor(col(rev)), col(rev), col(inv), "format=code"))).toEqual(Array.from(core));
  });

  it("keeps a row in as a row out", () => {
    const out = phase(datesFor(row(rev)), row(rev), row(inv));
    expect(out).toHaveLength(1);
    expect(out[0]).toEqual(Array.from(core, (c) => phaseLabel(c, "en")));
  });

  it("passes turning-point options to the core", () => {
    const o = { window: 4, minPhase: 5, minCycle: 70 };
    const want = analyseCycle(series(0, rev), series(0, inv), {
      turns: o,
      preset: "monthly",
      demandPreset: "inventory",
    }).history.codes;
    expect(
      flat(
        phase(
          datesFor(col(rev)),
          col(rev),
          col(inv),
          "window=4; minPhase=5; minCycle=70; preset=monthly; demandPreset=inventory; format=code",
        ),
      ),
    ).toEqual(Array.from(want));
    expect(want).not.toEqual(core);
  });

  it("as-of: row k is the phase known at the end of month k (with release lags)", () => {
    const tl = analyseCycle(series(0, rev), series(0, inv), {
      demandLag: 1,
      inventoryLag: 1,
      reversal: { reversal: 1.5 },
    }).realtime;
    const out = flat(phase(datesFor(col(rev)), col(rev), col(inv), "mode=as-of; lag=1; reversal=1.5; format=code"));
    expect(out[0]).toBe(-1);
    expect(out.slice(1)).toEqual(Array.from(tl.codes).slice(0, N - 1));
  });

  it("as-of: appending rows never changes an earlier row's answer", () => {
    const full = flat(phase(datesFor(col(rev)), col(rev), col(inv), "mode=as-of; lag=1; format=code"));
    for (const m of [40, 77, 120, 159]) {
      expect(
        flat(
          phase(
            datesFor(col(rev.slice(0, m))),
            col(rev.slice(0, m)),
            col(inv.slice(0, m)),
            "mode=as-of; lag=1; format=code",
          ),
        ),
      ).toEqual(full.slice(0, m));
    }
  });

  it("treats blank cells as missing", () => {
    const r = rev.map((v, i) => (i < 3 || i === 50 ? "" : v));
    const i2 = inv.map((v, i) => (i === 70 ? null : v));
    const want = analyseCycle(
      series(
        0,
        r.map((v) => (v === "" ? NaN : (v as number))),
      ),
      series(
        0,
        i2.map((v) => (v === null ? NaN : v)),
      ),
    ).history;
    expect(want.start).toBe(0);
    expect(flat(phase(datesFor(col(r)), col(r), col(i2), "format=code"))).toEqual(Array.from(want.codes));
  });

  it("names the row of text in a numeric range", () => {
    const r: (number | string)[] = rev.slice();
    r[11] = "abc";
    expectCellError(
      () => phase(datesFor(col(r)), col(r), col(inv)),
      "#VALUE!",
      /row 12, column "demand": "abc" is not a number/,
    );
  });

  it("rejects ranges of different lengths, 2-D blocks, empty ranges, too little data, bad options", () => {
    expectCellError(
      () => phase(datesFor(col(rev)), col(rev), col(inv.slice(0, 150))),
      "#VALUE!",
      /dates and inventory ranges differ in length: 160 vs 150/,
    );
    expectCellError(
      () =>
        phase(
          datesFor(col(inv)),
          rev.map((v, i) => [v, inv[i]]),
          col(inv),
        ),
      "#VALUE!",
      /demand must be one column or one row; got 160 rows × 2 columns/,
    );
    expectCellError(() => phase(datesFor(col(inv)), [], col(inv)), "#VALUE!", /demand range is empty/);
    expectCellError(() => phase([[]], [[]], [[]]), "#VALUE!", /dates range is empty/);
    expectCellError(
      () => phase(datesFor(col(rev.slice(0, 8))), col(rev.slice(0, 8)), col(inv.slice(0, 8))),
      "#VALUE!",
      /at least \d+ observations/,
    );
    // As-of phases need no turning points: the same 8 rows answer in that mode (the core's as-of path).
    const asOf8 = asOfPhases(series(0, rev.slice(0, 8)), series(0, inv.slice(0, 8)));
    expect(asOf8.codes.some((c) => c >= 0)).toBe(true);
    expect(
      flat(
        phase(datesFor(col(rev.slice(0, 8))), col(rev.slice(0, 8)), col(inv.slice(0, 8)), "mode=as-of; format=code"),
      ),
    ).toEqual(Array.from(asOf8.codes));
    expectCellError(
      () => phase(datesFor(col(rev)), col(rev), col(inv), "windw=5"),
      "#VALUE!",
      /unknown option "windw"/,
    );
    expectCellError(
      () => phase(datesFor(col(rev)), col(rev), col(inv), "mode=as-of; window=5"),
      "#VALUE!",
      /window applies only with mode=ex-post/,
    );
    expectCellError(
      () => phase(datesFor(col(rev)), col(rev), col(inv), "lag=1"),
      "#VALUE!",
      /lag applies only with mode=as-of/,
    );
  });
});

describe("CYCLE.STATE", () => {
  it("equals the core's ex-post states (monthly preset, as kitchin turns)", () => {
    const want = statesFromTurns(N, turns(inv, {}, "monthly"));
    expect(flat(state(datesFor(col(inv)), col(inv)))).toEqual(
      Array.from(want, (s) => STATE_LABELS[stateName(s) ?? "unknown"].en),
    );
    expect(flat(state(datesFor(col(inv)), col(inv), "lang=zh; format=code"))).toEqual(Array.from(want));
  });

  it("extends to the ends and dates with other presets on request", () => {
    const want = statesFromTurns(N, turns(inv, { window: 5 }, "inventory"), true);
    expect(flat(state(datesFor(col(inv)), col(inv), "preset=inventory; window=5; extend=true; format=code"))).toEqual(
      Array.from(want),
    );
  });

  it("with preset=inventory gives the inventory state CYCLE.PHASE combines (as the sample sheet shows)", () => {
    const a = analyseCycle(series(0, rev), series(0, inv));
    expect(flat(state(datesFor(col(inv)), col(inv), "preset=inventory; format=code"))).toEqual(
      Array.from(a.history.inventoryStates),
    );
  });

  it("as-of equals the core's real-time states", () => {
    const want = realtimeStates(inv, { reversal: 2, confirm: 3 });
    expect(flat(state(datesFor(col(inv)), col(inv), "mode=as-of; reversal=2; confirm=3; lang=zh"))).toEqual(
      Array.from(want, (s) => STATE_LABELS[stateName(s) ?? "unknown"].zh),
    );
  });

  it("handles rows, blanks, text, empty ranges", () => {
    expect(state(datesFor(row(inv)), row(inv))[0]).toHaveLength(N);
    const blanks = inv.map((v, i) => (i % 17 === 0 ? "" : v));
    const want = statesFromTurns(
      N,
      turns(
        blanks.map((v) => (v === "" ? NaN : (v as number))),
        {},
        "monthly",
      ),
    );
    expect(flat(state(datesFor(col(blanks)), col(blanks), "format=code"))).toEqual(Array.from(want));
    const text: (number | string)[] = inv.slice();
    text[4] = "abc";
    expectCellError(
      () => state(datesFor(col(text)), col(text)),
      "#VALUE!",
      /row 5, column "values": "abc" is not a number/,
    );
    expectCellError(() => state(datesFor(col(inv)), []), "#VALUE!", /values range is empty/);
    expectCellError(
      () => state(datesFor(col(["", "", ""])), col(["", "", ""])),
      "#VALUE!",
      /the column has no numeric values/,
    );
    expectCellError(() => state(datesFor(col([1, 2, 3])), col([1, 2, 3])), "#VALUE!", /at least \d+ observations/);
  });
});

describe("CYCLE.TURNS", () => {
  const want = turns(inv, {}, "monthly");

  it("lists the core's turns by month", () => {
    const out = turnsTable(col(dates), col(inv));
    expect(out[0]).toEqual(["date", "type", "value", "close call"]);
    expect(out.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(want.map((t) => [dates[t.index], t.type, t.value]));
    expect(want.length).toBeGreaterThan(4);
  });

  it("names months when dates are given (text or Excel serials), in Chinese on request", () => {
    const out = turnsTable(col(dates), col(inv), "lang=zh");
    expect(out[0]).toEqual(["日期", "类型", "数值", "边缘情况"]);
    expect(out.slice(1).map((r) => [r[0], r[1]])).toEqual(
      want.map((t) => [dates[t.index], t.type === "peak" ? "高点" : "低点"]),
    );
    // Excel serials of the 15th of each month (serial 1 = 1900-01-01, days since 1899-12-30 after 1900-02).
    const serials = dates.map(
      (d) => (Date.UTC(+d.slice(0, 4), +d.slice(5) - 1, 15) - Date.UTC(1899, 11, 30)) / 86400000,
    );
    expect(
      turnsTable(col(serials), col(inv))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(want.map((t) => dates[t.index]));
  });

  it("passes options, and reports mismatched, text, unsorted and empty inputs", () => {
    const m = turns(inv, { minAmplitude: 25 }, "monthly");
    expect(turnsTable(col(dates), col(inv), "minAmplitude=25")).toHaveLength(m.length + 1);
    expectCellError(
      () => turnsTable(col(dates.slice(1)), col(inv)),
      "#VALUE!",
      /dates and values ranges differ in length: 159 vs 160/,
    );
    const bad = dates.slice();
    bad[20] = "soon";
    expectCellError(() => turnsTable(col(bad), col(inv)), "#VALUE!", /row 21, column "dates": "soon" is not a date/);
    const swapped = dates.slice();
    [swapped[5], swapped[6]] = [swapped[6], swapped[5]];
    expectCellError(() => turnsTable(col(swapped), col(inv)), "#VALUE!", /dates must run oldest first or newest first/);
    expectCellError(() => turnsTable([], []), "#VALUE!", /dates range is empty/);
    expectCellError(
      () => turnsTable(col(dates), col(inv), "window=0"),
      "#VALUE!",
      /window=0 must be a whole number from 1/,
    );
  });
});

describe("CYCLE.CYCLES", () => {
  const invS = seriesFromObservations(dates, inv);
  const revS = seriesFromObservations(dates, rev);

  it("equals the core's cycles with the active/passive split when demand is given", () => {
    const a = analyseCycle(revS, invS);
    const want = a.cycles;
    const now = a.current;
    const out = cyclesTable(col(dates), col(rev), col(inv));
    expect(out[0]).toEqual([
      "cycle",
      "start trough",
      "peak",
      "end trough",
      "months",
      "restocking",
      "destocking",
      "Active restocking",
      "Passive restocking",
      "Active destocking",
      "Passive destocking",
    ]);
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(out).toHaveLength(1 + want.length + (now ? 1 : 0));
    want.forEach((c, k) => {
      expect(out[k + 1]).toEqual([
        k + 1,
        formatMonth(invS.start + c.startTrough),
        formatMonth(invS.start + c.peak),
        formatMonth(invS.start + c.endTrough),
        c.months,
        c.restockMonths,
        c.destockMonths,
        c.activeRestockMonths,
        c.passiveRestockMonths,
        c.activeDestockMonths,
        c.passiveDestockMonths,
      ]);
      expect(c.restockMonths + c.destockMonths).toBe(c.months);
    });
    if (now) expect(out[out.length - 1][0]).toBe("current");
  });

  it("without demand (left empty) leaves the split blank; Chinese headers", () => {
    const want = cycles(turns(invS.values));
    const now = currentCycle(turns(invS.values), observedSpan(invS)!.last - invS.start + 1);
    const out = cyclesTable(col(dates), [[""]], col(inv), "lang=zh");
    // every way Excel passes an empty argument gives the same table: "", an empty cell, ,, (null)
    for (const none of [[[null]], [[]], [], null])
      expect(cyclesTable(col(dates), none as unknown as [][], col(inv), "lang=zh")).toEqual(out);
    expect(out[0].slice(0, 5)).toEqual(["周期", "起点低点", "高点", "终点低点", "月数"]);
    expect(out[0][7]).toBe("主动补库");
    expect(out.slice(1, 1 + want.length).map((r) => r[4])).toEqual(want.map((c) => c.months));
    expect(out[1].slice(7)).toEqual(["", "", "", ""]);
    expect(out[out.length - 1]).toEqual([
      "当前",
      formatMonth(invS.start + now!.startTrough),
      now!.peak === null ? "" : formatMonth(invS.start + now!.peak),
      "",
      now!.months,
      now!.restockMonths,
      now!.destockMonths,
      "",
      "",
      "",
      "",
    ]);
  });

  it("reports mismatched, text, empty and too-short inputs", () => {
    expectCellError(
      () => cyclesTable(col(dates), "" as never, col(inv.slice(1))),
      "#VALUE!",
      /dates and inventory ranges differ in length: 160 vs 159/,
    );
    expectCellError(
      () => cyclesTable(col(dates), col(rev.slice(2)), col(inv)),
      "#VALUE!",
      /dates and demand ranges differ in length/,
    );
    const t: (number | string)[] = inv.slice();
    t[2] = "x";
    expectCellError(() => cyclesTable(col(dates), [[""]], col(t)), "#VALUE!", /row 3, column "inventory"/);
    expectCellError(() => cyclesTable([], [[""]], col(inv)), "#VALUE!", /dates range is empty/);
    expectCellError(
      () => cyclesTable(col(dates.slice(0, 6)), [[""]], col(inv.slice(0, 6))),
      "#VALUE!",
      /at least \d+ observations/,
    );
    expectCellError(
      () => cyclesTable(col(dates), [[""]], col(inv), "demandPreset=monthly"),
      "#VALUE!",
      /demandPreset applies only when a demand range is given/,
    );
    expectCellError(
      () => cyclesTable(col(dates), [[""]], col(inv), "extend=true"),
      "#VALUE!",
      /unknown option "extend"/,
    );
  });

  it("refuses a call in the order before 0.2.0 where it can tell (inventory second, no demand)", () => {
    // CYCLE.CYCLES(dates, inventory) and CYCLE.CYCLES(dates, inventory, , options) leave the new inventory argument
    // empty
    const old =
      /^inventory range is empty: the arguments are CYCLE\.CYCLES\(dates, demand, inventory, \[options\]\) since 0\.2\.0 .*CYCLE\.CYCLES\(dates, "", inventory\)$/;
    expectCellError(() => (cyclesTable as (...a: unknown[]) => unknown)(col(dates), col(inv)), "#VALUE!", old);
    expectCellError(() => cyclesTable(col(dates), col(inv), null as never, "lang=en"), "#VALUE!", old);
    expectCellError(() => cyclesTable(col(dates), col(inv), [[""]]), "#VALUE!", old);
    // two numeric ranges in the old order (inventory, demand) cannot be told from the new order: no refusal is claimed
    expect(cyclesTable(col(dates), col(inv), col(rev))[0]).toHaveLength(11);
  });
});
