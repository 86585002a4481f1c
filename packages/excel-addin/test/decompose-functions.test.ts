/**
 * CYCLE.DECOMPOSE: the core's decomposition (`decompose`, `ratioYoyFrom`, `realGrowth` behind
 * `decomposeSeries`) over four ranges on the same rows, with Excel's shapes, blanks, text,
 * mismatched lengths, empty ranges and bad options. A hand-built table whose terms are known
 * exactly, then waves against the core.
 */
import { describe, expect, it } from "vitest";
import { decompose, ratioYoyFrom, realGrowth } from "@kitchin/core";
import { decomposeTable } from "../src/functions.ts";
import { col, expectCellError, row, wave, datesFor } from "./helpers.ts";

const HEADER = ["inventory", "value added", "price", "ratio", "explained", "residual"];
const blank = (x: number) => (Number.isFinite(x) ? x : "");

describe("CYCLE.DECOMPOSE", () => {
  it("a header, then per row the four terms, their sum and the residual (small integers: exact)", () => {
    const out = decomposeTable(
      datesFor(col([10, 5, 3])),
      col([10, 5, 3]),
      col([4, 2, 1]),
      col([3, 1, -1]),
      col([2, 1, 2]),
    );
    expect(out).toEqual([HEADER, [10, 4, 3, 2, 9, 1], [5, 2, 1, 1, 4, 1], [3, 1, -1, 2, 2, 1]]);
  });

  const N = 60;
  const inv = wave(N, 0, 8),
    va = wave(N, 6, 5),
    pr = wave(N, 3, 4),
    ratio = wave(N, -9, 2, 70),
    sales = wave(N, 4, 9);

  it("equals the core's decompose, in percent and in log points", () => {
    for (const form of ["additive", "log"] as const) {
      const d = decompose(inv, va, pr, ratio, form);
      const out = decomposeTable(
        datesFor(col(inv)),
        col(inv),
        col(va),
        col(pr),
        col(ratio),
        form === "log" ? "form=log" : undefined,
      );
      expect(out).toHaveLength(N + 1);
      expect(out.slice(1)).toEqual(
        Array.from({ length: N }, (_, t) => [
          d.inventory[t],
          d.valueAdded[t],
          d.price[t],
          d.ratio[t],
          d.explained[t],
          d.residual[t],
        ]),
      );
    }
    // log points: 100·ln(1.1) for 10 %
    expect(decomposeTable(datesFor(col([10])), col([10]), col([0]), col([0]), col([0]), "form=log")[1][0]).toBe(
      100 * Math.log(1.1),
    );
  });

  it("sales=true derives the ratio's YoY from sales exactly (kitchin decompose --sales); real=true adds real inventory", () => {
    const ratioFromSales = ratioYoyFrom(inv, sales);
    const d = decompose(inv, va, pr, ratioFromSales);
    const out = decomposeTable(datesFor(col(inv)), col(inv), col(va), col(pr), col(sales), "sales=true; real=true");
    expect(out[0]).toEqual([...HEADER, "real (exact)", "real (difference)"]);
    const exact = realGrowth(inv, pr, "exact"),
      diff = realGrowth(inv, pr, "difference");
    expect(out.slice(1)).toEqual(
      Array.from({ length: N }, (_, t) => [
        d.inventory[t],
        d.valueAdded[t],
        d.price[t],
        d.ratio[t],
        d.explained[t],
        d.residual[t],
        exact[t],
        diff[t],
      ]),
    );
    // inventory +10 %, sales +10 %: the ratio is flat; real inventory at PPI +10 % is 0 exactly
    expect(
      decomposeTable(datesFor(col([10])), col([10]), col([1]), col([10]), col([10]), "sales=true; real=true")[1],
    ).toEqual([10, 1, 10, 0, 11, -1, 0, 0]);
  });

  it("speaks Chinese", () => {
    expect(decomposeTable(datesFor(col([1])), col([1]), col([1]), col([1]), col([1]), "lang=zh; real=true")[0]).toEqual(
      ["库存", "工业增加值", "价格", "库销比", "三项合计", "残差", "实际库存（精确）", "实际库存（差分）"],
    );
  });

  it("takes rows as well as columns (the table is always one row per month)", () => {
    expect(decomposeTable(datesFor(row(inv)), row(inv), row(va), row(pr), row(ratio))).toEqual(
      decomposeTable(datesFor(col(inv)), col(inv), col(va), col(pr), col(ratio)),
    );
    expect(decomposeTable(datesFor(row(inv)), row(inv), col(va), row(pr), col(ratio))).toEqual(
      decomposeTable(datesFor(col(inv)), col(inv), col(va), col(pr), col(ratio)),
    );
  });

  it("a blank cell (or Wind's --) in any input blanks that row's terms; real inventory needs only inventory and price", () => {
    const v = va.map((x, i) => (i === 7 ? "" : i === 9 ? "--" : x));
    const p = pr.map((x, i) => (i === 11 ? null : x));
    const out = decomposeTable(datesFor(col(inv)), col(inv), col(v), col(p), col(ratio), "real=true");
    expect(out).toHaveLength(N + 1);
    expect(out[8]).toEqual(["", "", "", "", "", "", realGrowth([inv[7]], [pr[7]])[0], inv[7] - pr[7]]);
    expect(out[10].slice(0, 6)).toEqual(["", "", "", "", "", ""]);
    expect(out[12]).toEqual(["", "", "", "", "", "", "", ""]);
    const d = decompose(
      inv,
      va.map((x, i) => (i === 7 || i === 9 ? NaN : x)),
      pr.map((x, i) => (i === 11 ? NaN : x)),
      ratio,
    );
    expect(out.slice(1).map((r) => r[5])).toEqual(Array.from(d.residual, blank));
  });

  it("rejects text (naming the row and argument), ranges of different lengths, 2-D and empty ranges", () => {
    const t: (number | string)[] = pr.slice();
    t[2] = "abc";
    expectCellError(
      () => decomposeTable(datesFor(col(inv)), col(inv), col(va), col(t), col(ratio)),
      "#VALUE!",
      /row 3, column "price": "abc" is not a number/,
    );
    expectCellError(
      () => decomposeTable(datesFor(col(["x"])), col([1]), col([1]), col([1]), col(["x"])),
      "#VALUE!",
      /row 1, column "ratio": "x" is not a number/,
    );
    expectCellError(
      () => decomposeTable(datesFor(col(["x"])), col([1]), col([1]), col([1]), col(["x"]), "sales=true"),
      "#VALUE!",
      /row 1, column "sales": "x" is not a number/,
    );
    expectCellError(
      () => decomposeTable(datesFor(col(inv)), col(inv), col(va.slice(1)), col(pr), col(ratio)),
      "#VALUE!",
      /dates and valueAdded ranges differ in length: 60 vs 59/,
    );
    expectCellError(
      () => decomposeTable(datesFor(col(inv)), col(inv), col(va), col(pr), col(sales.slice(2)), "sales=true"),
      "#VALUE!",
      /dates and sales ranges differ in length: 60 vs 58/,
    );
    expectCellError(
      () =>
        decomposeTable(
          datesFor(col(inv)),
          inv.map((x) => [x, x]),
          col(va),
          col(pr),
          col(ratio),
        ),
      "#VALUE!",
      /inventory must be one column or one row; got 60 rows × 2 columns/,
    );
    expectCellError(
      () => decomposeTable(datesFor(col(inv)), [], col(va), col(pr), col(ratio)),
      "#VALUE!",
      /inventory range is empty/,
    );
    expectCellError(
      () => decomposeTable(datesFor(col(inv)), col(inv), col(va), col(pr), [[]]),
      "#VALUE!",
      /ratio range is empty/,
    );
  });

  it("inputs that are never known together are #N/A (the core's no-overlap)", () => {
    const a = [1, 2, 3, "", "", ""],
      b = ["", "", "", 1, 2, 3];
    expectCellError(
      () => decomposeTable(datesFor(col(a)), col(a), col(b), col(a), col(a)),
      "#N/A",
      /inventory and value added share no observed month/,
    );
    expectCellError(
      () => decomposeTable(datesFor(col(a)), col(a), col(a), col(a), col(b), "sales=true"),
      "#N/A",
      /inventory and sales share no observed month/,
    );
  });

  it("rejects bad options with what is accepted", () => {
    const f = (o: unknown) => () =>
      decomposeTable(datesFor(col(inv)), col(inv), col(va), col(pr), col(ratio), o as string);
    expectCellError(f("form=ln"), "#VALUE!", /form=ln must be one of additive, log/);
    expectCellError(f("sales=maybe"), "#VALUE!", /sales=maybe must be true or false/);
    expectCellError(f("window=5"), "#VALUE!", /unknown option "window"; accepted keys: lang, form, sales, real/);
    expectCellError(f("real=true; real=false"), "#VALUE!", /given twice/);
    expectCellError(f(5), "#VALUE!", /options must be text/);
  });
});
