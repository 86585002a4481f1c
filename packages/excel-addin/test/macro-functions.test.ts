/**
 * CYCLE.LEAD, SYNC, SECTORS: each output equals the core's answer on the same data (`leadLag`,
 * `synchronisation`, `sectorPanel` over `sectorInputsFromTable`), with Excel's shapes, blanks,
 * text, mismatched lengths, empty ranges and bad options. Hand-built inputs whose answer is known
 * exactly (a wave and the same wave 5 months earlier; state paths counted by hand).
 */
import { expectCellErrorAsync } from "./helpers.ts";
import { describe, expect, it } from "vitest";
import {
  PHASES,
  formatMonth,
  leadLag,
  parseMonth,
  phaseLabel,
  sectorInputsFromTable,
  sectorPanel,
  synchronisation,
  type Cell,
} from "@kitchin/core";
import { lead, sectors, sync } from "../src/functions.ts";
import { col, expectCellError, months, row, wave, datesFor } from "./helpers.ts";

/** Numbers equal to the last bit but for the order of a sum (the core adds the weights in input order). */
function expectCloseRows(got: number[], want: number[]): void {
  expect(got).toHaveLength(want.length);
  got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 14));
}

const N = 200;
const target = wave(N, 0);
const indicator = wave(N, 5); // the same cycle, 5 months earlier

describe("CYCLE.LEAD", () => {
  const core = leadLag(indicator, target);

  it("equals the core's leadLag: header row, then the counts, leads and best lag (a 5-month lead exactly)", () => {
    const out = lead(datesFor(col(indicator)), col(indicator), col(target));
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual([
      "matched",
      "missed",
      "extra",
      "mean lead",
      "median lead",
      "min lead",
      "max lead",
      "best lag",
      "best corr",
    ]);
    expect(out[1]).toEqual([
      core.matched,
      core.missed,
      core.extra,
      core.meanLead,
      core.medianLead,
      core.minLead,
      core.maxLead,
      core.bestLag,
      core.bestCorr,
    ]);
    expect(out[1].slice(0, 9)).toEqual([9, 0, 0, 5, 5, 5, 5, 5, expect.closeTo(1, 12)]);
  });

  it("a lagging indicator has negative leads (lead = target row − indicator row)", () => {
    const out = lead(datesFor(col(wave(N, -3))), col(wave(N, -3)), col(target));
    expect(out[1].slice(3, 8)).toEqual([-3, -3, -3, -3, -3]);
  });

  it("speaks Chinese, takes rows, and passes the window, direction and dating options to the core", () => {
    expect(lead(datesFor(col(indicator)), col(indicator), col(target), "lang=zh")[0]).toEqual([
      "匹配拐点",
      "遗漏拐点",
      "多余拐点",
      "平均领先",
      "领先中位数",
      "最短领先",
      "最长领先",
      "互相关最佳领先",
      "最佳相关系数",
    ]);
    expect(lead(datesFor(row(indicator)), row(indicator), row(target))).toEqual(
      lead(datesFor(col(indicator)), col(indicator), col(target)),
    );
    const narrow = leadLag(indicator, target, { maxLead: 3, maxLag: 0, maxCorrLag: 2 });
    expect(narrow.matched).toBe(0);
    expect(lead(datesFor(col(indicator)), col(indicator), col(target), "maxLead=3; maxLag=0; maxCorrLag=2")[1]).toEqual(
      [0, narrow.missed, narrow.extra, "", "", "", "", narrow.bestLag, narrow.bestCorr],
    );
    const inv = indicator.map((x) => -x);
    const want = leadLag(inv, target, { inverted: true });
    expect(lead(datesFor(col(inv)), col(inv), col(target), "inverted=true")[1]).toEqual([
      want.matched,
      want.missed,
      want.extra,
      want.meanLead,
      want.medianLead,
      want.minLead,
      want.maxLead,
      want.bestLag,
      want.bestCorr,
    ]);
    expect(want.meanLead).toBe(5);
    const m = leadLag(indicator, target, {
      turns: { window: 4, minPhase: 4, minCycle: 12, minAmplitude: 1 },
      preset: "monthly",
    });
    expect(
      lead(
        datesFor(col(indicator)),
        col(indicator),
        col(target),
        "preset=monthly; window=4; minPhase=4; minCycle=12; minAmplitude=1",
      )[1][0],
    ).toBe(m.matched);
  });

  it("detail=true lists the turns behind the counts by month", () => {
    const out = lead(datesFor(col(indicator)), col(indicator), col(target), "detail=true");
    expect(out[2]).toEqual(["turn", "type", "target turn", "indicator turn", "lead", "", "", "", ""]);
    const matched = out.slice(3).filter((r) => r[0] === "matched");
    const at = (i: number) => formatMonth(parseMonth("2005-01") + i);
    expect(matched.map((r) => [r[1], r[2], r[3], r[4]])).toEqual(
      core.matches.map((x) => [x.target.type, at(x.target.index), at(x.indicator.index), x.lead]),
    );
    expect(out.slice(3).filter((r) => r[0] === "too near the ends")).toHaveLength(core.unmatchable.length);
    expect(out.every((r) => r.length === 9)).toBe(true);
    const dated = lead(datesFor(col(indicator), "2000-01"), col(indicator), col(target), "detail=true; lang=zh");
    expect(dated[3]).toEqual([
      "匹配",
      core.matches[0].target.type === "peak" ? "高点" : "低点",
      formatMonth(parseMonth("2000-01") + core.matches[0].target.index),
      formatMonth(parseMonth("2000-01") + core.matches[0].indicator.index),
      5,
      "",
      "",
      "",
      "",
    ]);
  });

  it("reads blank cells as missing", () => {
    const ind = indicator.map((v, i) => (i % 23 === 7 ? "" : v));
    const want = leadLag(
      ind.map((v) => (v === "" ? NaN : (v as number))),
      target,
    );
    expect(lead(datesFor(col(ind)), col(ind), col(target))[1]).toEqual([
      want.matched,
      want.missed,
      want.extra,
      want.meanLead,
      want.medianLead,
      want.minLead,
      want.maxLead,
      want.bestLag,
      want.bestCorr,
    ]);
  });

  it("rejects text, different lengths, empty ranges, series that never turn or are not monthly, and bad options", () => {
    const t: (number | string)[] = target.slice();
    t[9] = "abc";
    expectCellError(
      () => lead(datesFor(col(indicator)), col(indicator), col(t)),
      "#VALUE!",
      /row 10, column "target": "abc" is not a number/,
    );
    expectCellError(
      () => lead(datesFor(col(indicator)), col(indicator), col(target.slice(1))),
      "#VALUE!",
      /dates and target ranges differ in length: 200 vs 199/,
    );
    expectCellError(() => lead(datesFor(col(target)), [], col(target)), "#VALUE!", /indicator range is empty/);
    expectCellError(() => lead(datesFor(col(indicator)), col(indicator), [[]]), "#VALUE!", /target range is empty/);
    expectCellError(
      () => lead(datesFor(col(indicator)), col(indicator), col(target.map((_, i) => i))),
      "#N/A",
      /the target has no turning points/,
    );
    expectCellError(
      () =>
        lead(
          datesFor(col(indicator.map((v, i) => (i % 3 ? "" : v)))),
          col(indicator.map((v, i) => (i % 3 ? "" : v))),
          col(target),
        ),
      "#VALUE!",
      /the indicator has a value only every 3 months/,
    );
    expectCellError(
      () => lead(datesFor(col(indicator)), col(indicator), col(target), "maxlead=-1"),
      "#VALUE!",
      /maxLead=-1 must be a whole number from 0 to 120/,
    );
    expectCellError(
      () => lead(datesFor(col(indicator)), col(indicator), col(target), "inverted=maybe"),
      "#VALUE!",
      /inverted=maybe must be true or false/,
    );
    expectCellError(
      () => lead(datesFor(col(indicator)), col(indicator), col(target), "lag=3"),
      "#VALUE!",
      /unknown option "lag"; accepted keys: .*maxLead/,
    );
    expectCellError(
      () => lead(datesFor(col(indicator)), col(indicator), col(target), "start=2000-01"),
      "#VALUE!",
      /unknown option "start"/,
    );
  });
});

describe("CYCLE.SYNC", () => {
  //        months: 1   2   3   4   5   6   7   8   9  10
  const a = [1, 1, 1, -1, -1, -1, 1, 1, 0, 1];
  const b = [1, -1, 1, -1, 1, -1, -1, 1, 1, ""];
  // Known months 1–8: co-restock 1,3,8 (3); co-destock 4,6 (2); a up b down 2,7 (2); a down b up 5 (1).

  it("counts co-restocking, co-destocking and the divergent months over the months both states are known", () => {
    const out = sync(col(a), col(b));
    expect(out).toEqual([
      ["", "months", "share"],
      ["months compared", 8, ""],
      ["in step", 5, 5 / 8],
      ["co-restocking", 3, 3 / 8],
      ["co-destocking", 2, 2 / 8],
      ["A restocking, B destocking", 2, 2 / 8],
      ["A destocking, B restocking", 1, 1 / 8],
      ["concordance", "", 5 / 8],
      ["concordance if independent", "", (5 / 8) * (4 / 8) + (3 / 8) * (4 / 8)],
    ]);
    const core = synchronisation(
      a,
      b.map((x) => (x === "" ? 0 : (x as number))),
    );
    expect(out[8][2]).toBe(core.concordanceIfIndependent);
  });

  it("reads state words (rising/falling, 上行/下行, restocking/destocking, 补库/去库), numeric text, unknown and rows", () => {
    const words = a.map((x, i) =>
      x === 1
        ? ["rising", "上行", "Restocking", "补库"][i % 4]
        : x === -1
          ? ["falling", "下行", "destocking", "去库"][i % 4]
          : "unknown",
    );
    const text = b.map((x) => (x === "" ? null : String(x)));
    expect(sync(col(words), col(text))).toEqual(sync(col(a), col(b)));
    expect(sync(row(a), row(b))).toEqual(sync(col(a), col(b)));
  });

  it("with phases on both sides takes the inventory state from each phase and adds the 4 × 4 phase table", () => {
    const ids = [
      "passive-destock",
      "active-restock",
      "passive-restock",
      "active-destock",
      "unknown",
      "active-restock",
      "passive-restock",
      "passive-destock",
    ];
    const other = [
      "active-restock",
      "active-restock",
      "active-destock",
      "active-destock",
      "passive-restock",
      "",
      "passive-destock",
      "passive-restock",
    ];
    const code = (x: string) => PHASES.findIndex((p) => p.id === x);
    const state = (x: string) => (code(x) < 0 ? 0 : PHASES[code(x)].inventory === "rising" ? 1 : -1);
    const want = synchronisation(ids.map(state), other.map(state), ids.map(code), other.map(code));
    const labels = ids.map((x) => (code(x) < 0 ? "未知" : phaseLabel(code(x), "zh"))); // CYCLE.PHASE's Chinese labels
    const en = other.map((x) => (code(x) < 0 ? "" : phaseLabel(code(x), "en")));
    const out = sync(col(labels), col(en), "lang=zh");
    expect(out[0]).toEqual(["", "月数", "占比", "", ""]);
    expect(out.slice(1, 9).map((r) => r[1])).toEqual([
      want.months,
      want.counts.inStep,
      want.counts.coRestock,
      want.counts.coDestock,
      want.counts.aRestockBDestock,
      want.counts.aDestockBRestock,
      "",
      "",
    ]);
    expect(out[9]).toEqual(["", "", "", "", ""]);
    expect(out[10]).toEqual(["A \\ B", "被动去库", "主动补库", "被动补库", "主动去库"]);
    expect(out.slice(11).map((r) => r.slice(1))).toEqual(want.phaseTable!.counts);
    expect(out.slice(11).map((r) => r[0])).toEqual(["被动去库", "主动补库", "被动补库", "主动去库"]);
    // ids work as well; one side of states gives no phase table
    expect(sync(col(ids), col(other))).toEqual(
      sync(col(ids.map((x) => (code(x) < 0 ? "" : phaseLabel(code(x))))), col(other)),
    );
    expect(sync(col(ids), col(other.map(state)))).toHaveLength(9);
  });

  it("rejects different lengths, empty ranges, words that are neither, phase codes, mixed ranges, no common month, bad options", () => {
    expectCellError(
      () => sync(col(a), col(b.slice(1))),
      "#VALUE!",
      /statesA and statesB ranges differ in length: 10 vs 9/,
    );
    expectCellError(() => sync([], col(b)), "#VALUE!", /statesA range is empty/);
    expectCellError(
      () => sync(col(a), col(["rising", "sideways"])),
      "#VALUE!",
      /row 2, column "statesB": "sideways" is neither an inventory state/,
    );
    expectCellError(
      () => sync(col([1, 3, -1]), col([1, 1, 1])),
      "#VALUE!",
      /row 2, column "statesA": "3" is neither an inventory state/,
    );
    expectCellError(
      () => sync(col(["rising", "active-restock"]), col([1, 1])),
      "#VALUE!",
      /statesA mixes phases \(row 2\) and states \(row 1\)/,
    );
    expectCellError(() => sync(col([1, "", 1]), col(["", -1, ""])), "#N/A", /no month in which both states are known/);
    expectCellError(() => sync(col(a), col(b), "lang=fr"), "#VALUE!", /lang=fr must be one of en, zh/);
    expectCellError(() => sync(col(a), col(b), "window=5"), "#VALUE!", /unknown option "window"/);
    expectCellError(
      () =>
        sync(
          a.map((x) => [x, x]),
          col(a),
        ),
      "#VALUE!",
      /statesA must be one column or one row/,
    );
  });
});

describe("CYCLE.SECTORS", () => {
  const T = 96;
  const dates = months("2012-01", T);
  // Levels whose YoY cycles; sector k leads by 4k months. Sales lead inventories by 8 months.
  const level = (shift: number, k: number) =>
    wave(T, shift, 6, 36).map((g, t) => Math.round(1000 * (k + 1) * Math.exp((0.004 + g / 1200) * t)));
  const names = ["steel", "chemicals", "autos"];
  const long = (withSales: boolean): Cell[][] => {
    const rows: Cell[][] = [withSales ? ["sector", "month", "inventory", "sales"] : ["sector", "month", "inventory"]];
    names.forEach((n, k) => {
      const inv = level(4 * k, k),
        sales = level(4 * k + 8, k);
      dates.forEach((d, t) => rows.push(withSales ? [n, d, inv[t], sales[t]] : [n, d, inv[t]]));
    });
    return rows;
  };

  function latestRows(rows: Cell[][], o: Parameters<typeof sectorPanel>[1] = {}, lang: "en" | "zh" = "en") {
    const p = sectorPanel(sectorInputsFromTable(rows, { allowSerialDates: true }), o);
    return p.latest.map((l) => [
      l.name,
      formatMonth(l.month),
      phaseLabel(l.code, lang),
      l.code >= 0 ? l.monthsInPhase : "",
      l.inventoryState > 0 ? (lang === "en" ? "restocking" : "补库") : lang === "en" ? "destocking" : "去库",
      l.monthsInState,
      l.weightShare,
    ]);
  }

  it("equals the core's latest phase per sector (levels, as-of: the CLI's defaults)", async () => {
    const rows = long(true);
    const out = await sectors(rows);
    expect(out[0]).toEqual([
      "sector",
      "month",
      "phase",
      "months in phase",
      "inventory",
      "months in state",
      "weight share",
    ]);
    expect(out.slice(1)).toEqual(latestRows(rows));
    expect(out.slice(1).every((r) => r[2] !== "unknown")).toBe(true);
  });

  it("ex-post, YoY inputs and turning-point options go to the core; Chinese headers and labels", async () => {
    const rows = long(true);
    const o = "mode=ex-post; preset=monthly; demandPreset=inventory; window=4; lang=zh";
    const out = await sectors(rows, o);
    expect(out[0]).toEqual(["行业", "月份", "阶段", "阶段月数", "库存", "状态月数", "权重占比"]);
    expect(out.slice(1)).toEqual(
      latestRows(rows, { mode: "ex-post", preset: "monthly", demandPreset: "inventory", turns: { window: 4 } }, "zh"),
    );
    const yoyRows: Cell[][] = [
      ["行业", "月份", "存货", "营收"],
      ...names.flatMap((n, k) => dates.map((d, t) => [n, d, wave(T, 4 * k)[t], wave(T, 4 * k + 8)[t]])),
    ];
    expect((await sectors(yoyRows, "kind=yoy; reversal=1.5; confirm=2")).slice(1)).toEqual(
      latestRows(yoyRows, { kind: "yoy", reversal: { reversal: 1.5, confirm: 2 } }),
    );
  });

  it("without sales: inventory states only, phases unknown, and a note says so", async () => {
    const out = await sectors(long(false));
    expect(out.slice(1, 4).map((r) => [r[2], r[3]])).toEqual([
      ["unknown", ""],
      ["unknown", ""],
      ["unknown", ""],
    ]);
    expect(out[4][0]).toBe("note");
    expect(out[4][1]).toMatch(/no sales column/);
    expect(out.every((r) => r.length === 7)).toBe(true);
  });

  it("history=true gives the monthly counts and weighted shares", async () => {
    const rows = long(true);
    const p = sectorPanel(sectorInputsFromTable(rows, { allowSerialDates: true }));
    const out = await sectors(rows, "history=true");
    expect(out[0]).toEqual([
      "month",
      ...PHASES.map((x) => x.en),
      "unknown",
      ...PHASES.map((x) => `${x.en} share`),
      "restocking",
      "state known",
      "restocking share",
    ]);
    expect(out).toHaveLength(1 + p.length);
    const t = p.length - 1;
    const blank = (x: number) => (Number.isFinite(x) ? x : "");
    expect(out[out.length - 1]).toEqual([
      formatMonth(p.start + t),
      ...p.counts.map((c) => c[t]),
      p.unknownPhase[t],
      ...p.weightShares.map((s) => blank(s[t])),
      p.restocking[t],
      p.knownState[t],
      blank(p.restockingWeightShare[t]),
    ]);
    expect(out[1][0]).toBe(formatMonth(p.start));
  });

  it("accepts date cells (Excel serials), rows in any order, weights and blank rows below the table", async () => {
    const rows = long(true);
    const serial = (d: string) => (Date.UTC(+d.slice(0, 4), +d.slice(5) - 1, 28) - Date.UTC(1899, 11, 30)) / 86400000;
    const shuffled: Cell[][] = [
      [...rows[0], "weight"],
      ...rows
        .slice(1)
        .reverse()
        .map((r, i) => [r[0], serial(r[1] as string), r[2], r[3], i % 2 ? 2 : 1]),
      ["", "", "", "", ""],
      [null, null, null, null, null],
    ];
    const out = await sectors(shuffled);
    expect(out.slice(1)).toEqual(latestRows(shuffled));
    const byName = (x: unknown[][]) =>
      x
        .slice(1)
        .map((r) => r.slice(0, 6))
        .sort((p, q) => String(p[0]).localeCompare(String(q[0])));
    // same phases; the weight shares differ (the weight column counts)
    expect(byName(out)).toEqual(byName(await sectors(rows)));
    // the weights count
    expect(await sectors(shuffled, "history=true")).not.toEqual(await sectors(rows, "history=true"));
  });

  it("the weight share of each sector in the last month: the inventory levels' shares, or the weight column's", async () => {
    const rows = long(true);
    const out = await sectors(rows);
    const last = (k: number) => rows.filter((r) => r[0] === names[k] && r[1] === dates[T - 1])[0][2] as number;
    const total = last(0) + last(1) + last(2);
    expectCloseRows(
      out.slice(1).map((r) => r[6] as number),
      names.map((_, k) => last(k) / total),
    );
    // weights 1, 3, 4 → 1/8, 3/8, 4/8 exactly
    const weighted: Cell[][] = [
      [...rows[0], "weight"],
      ...rows.slice(1).map((r) => [...r, [1, 3, 4][names.indexOf(r[0] as string)]]),
    ];
    expect((await sectors(weighted)).slice(1).map((r) => r[6])).toEqual([1 / 8, 3 / 8, 4 / 8]);
  });

  it("at=YYYY-MM reads the panel on data up to and including that month (the core's at), history too", async () => {
    const rows = long(true);
    const at = "2015-06";
    const out = await sectors(rows, `at=${at}`);
    expect(out.slice(1)).toEqual(latestRows(rows, { at: parseMonth(at) }));
    expect(out.slice(1).every((r) => r[1] === at)).toBe(true);
    const cut = rows.filter((r, i) => i === 0 || (r[1] as string) <= at);
    expect(out).toEqual(await sectors(cut));
    const h = await sectors(rows, `at=${at}; history=true; mode=ex-post; lang=zh`);
    expect(h[h.length - 1][0]).toBe(at);
    expect(h).toEqual(await sectors(cut, "history=true; mode=ex-post; lang=zh"));
    expect(await sectors(rows, "at=2030-01")).toEqual(await sectors(rows));
  });

  it("rejects empty ranges, a missing column, text, bad dates, a month twice, options of the other mode, bad options", async () => {
    const rows = long(true);
    await expectCellErrorAsync(() => sectors([]), "#VALUE!", /table range is empty/);
    await expectCellErrorAsync(
      () => sectors([["sector", "month", "inventory"]]),
      "#VALUE!",
      /the sector table has no data rows/,
    );
    await expectCellErrorAsync(
      () => sectors(rows.map((r) => [r[0], r[1], r[3]])),
      "#VALUE!",
      /needs a "inventory" column/,
    );
    const text = rows.map((r) => r.slice());
    text[5][2] = "lots";
    await expectCellErrorAsync(() => sectors(text), "#VALUE!", /row 6, column "inventory": "lots" is not a number/);
    const date = rows.map((r) => r.slice());
    date[7][1] = "someday";
    await expectCellErrorAsync(() => sectors(date), "#VALUE!", /row 8, column "month": "someday" is not a date/);
    await expectCellErrorAsync(() => sectors([...rows, rows[3]]), "#VALUE!", /steel has 2012-03 twice/);
    await expectCellErrorAsync(() => sectors(rows, "window=5"), "#VALUE!", /window applies only with mode=ex-post/);
    await expectCellErrorAsync(
      () => sectors(rows, "mode=ex-post; confirm=2"),
      "#VALUE!",
      /confirm applies only with mode=as-of/,
    );
    await expectCellErrorAsync(() => sectors(rows, "kind=levels"), "#VALUE!", /kind=levels must be one of level, yoy/);
    await expectCellErrorAsync(
      () => sectors(rows, "at=2019/01"),
      "#VALUE!",
      /at=2019\/01 must be a month written YYYY-MM/,
    );
    await expectCellErrorAsync(
      () => sectors(rows, "at=2011-12"),
      "#N/A",
      /steel: no inventory data up to 2011-12 \(it starts 2012-01\)/,
    );
    await expectCellErrorAsync(
      () => sectors(rows, "asof=2019-01"),
      "#VALUE!",
      /unknown option "asof"; accepted keys: .*at/,
    );
  });
});
