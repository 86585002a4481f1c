/**
 * The byte-level CSV fast path against the general reader it stands in front of: the
 * same file read both ways gives the same panel bit for bit and the same message for bad input;
 * any cell that is not plain sends the file to the general path.
 */
import { describe, expect, it } from "vitest";
import { readNumericCsv } from "@kitchin/jobs/node";
import { filePrices } from "@kitchin/jobs/node";
import { tmpFile } from "./helpers.ts";
import { rng } from "@kitchin/backtest";

const bytes = (s: string) => new TextEncoder().encode(s);

/**
 * The same table with the header's first cell quoted: the fast path declines it, the general path reads it the same
 * way.
 */
const viaGeneral = (csv: string) => csv.replace(/^(\uFEFF?)([^,]+),/, '$1"$2",');

async function both(name: string, csv: string, o = {}) {
  const fast = tmpFile(`${name}.csv`, csv);
  const slow = tmpFile(`${name}-general.csv`, viaGeneral(csv));
  type Settled = { ok?: Awaited<ReturnType<typeof filePrices>>; err?: string };
  const settle = (p: Promise<Awaited<ReturnType<typeof filePrices>>>): Promise<Settled> =>
    p.then(
      (ok) => ({ ok }),
      (e: Error) => ({ err: e.message.replace(slow, fast) }),
    );
  return {
    fast: await settle(filePrices(fast, o)),
    general: await settle(filePrices(slow, o)),
    plain: readNumericCsv(bytes(csv)) !== null,
  };
}

function panelText(r: { ok?: Awaited<ReturnType<typeof filePrices>>; err?: string }) {
  if (r.err) return `error: ${r.err}`;
  const p = r.ok!.panel;
  return JSON.stringify({
    assets: p.assets,
    start: p.start,
    months: p.months,
    notes: r.ok!.notes,
    prices: Array.from(p.prices, (x) => (Number.isNaN(x) ? "NaN" : x.toString())),
  });
}

describe("readNumericCsv", () => {
  it("reads a plain table column by column, blanks as NaN, with or without a BOM and CRLF line ends", () => {
    for (const [pre, nl] of [
      ["", "\n"],
      ["\uFEFF", "\r\n"],
    ]) {
      const t = readNumericCsv(bytes(`${pre}date,a,b${nl}2020-01,1.5,${nl}2020-02,2,3.25${nl}${nl}`))!;
      expect(t.header).toEqual(["date", "a", "b"]);
      expect(t.dates).toEqual(["2020-01", "2020-02"]);
      expect(Array.from(t.values)).toEqual([1.5, 2, NaN, 3.25]);
    }
  });

  it("declines anything unusual, leaving it to the general path", () => {
    const declined = [
      'date,a\n2020-01,"1.5"\n',
      "date,a\n2020-01,1,234\n",
      "date;a\n2020-01;1.5\n",
      "date\ta\n2020-01\t1.5\n",
      "date,a\n2020-01,-1.5\n",
      "date,a\n2020-01,1e3\n",
      "date,a\n2020-01, 1.5\n",
      "date,a\n2020-01,.5\n",
      "date,a\n2020-01,12.\n",
      "date,a\n2020-01,N/A\n",
      "date,a\n2020-01,--\n",
      "date,a\n2020-01,1.5\n\n2020-02,2\n",
      "date,a,b\n2020-01,1.5\n",
      "date,a\n2020-01,1.5,2\n",
      "date,a,a\n2020-01,1,2\n",
      "date, a\n2020-01,1\n",
      "date,\n2020-01,1\n",
      "2020-01,a\n2020-02,1\n",
      "date,a\r\n2020-01,1\n",
      "date,a\n2020-01,1\r2020-02,2\n",
      "date,a\n2020年1月,1\n",
      "数据来源,a\n",
      "date,a\n",
    ];
    for (const csv of declined) expect(readNumericCsv(bytes(csv)), JSON.stringify(csv)).toBeNull();
    // GBK header
    expect(readNumericCsv(Uint8Array.from([...bytes("date,"), 0xb8, 0xd6, ...bytes("\n2020-01,1\n")]))).toBeNull();
  });

  it("turns plain decimals into the same doubles as Number(text)", () => {
    const rand = rng(17);
    const cells: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const int = String(Math.floor(rand() * 10 ** (1 + Math.floor(rand() * 12))));
      const frac =
        rand() < 0.8 ? "." + String(Math.floor(rand() * 1e9)).padStart(1 + Math.floor(rand() * 12), "0") : "";
      cells.push(int + frac);
    }
    cells.push(
      "0.1",
      "0.3",
      "123456789012345.6",
      "9007199254740993",
      "1.000000000000000000001",
      "00012.50",
      "179769313486231570000000000000000",
    );
    const csv = "date," + cells.map((_, i) => `c${i}`).join(",") + "\n2020-01," + cells.join(",") + "\n";
    const t = readNumericCsv(bytes(csv))!;
    const bad = cells.filter((c, i) => !Object.is(t.values[i], Number(c)));
    expect(bad).toEqual([]);
  });
});

describe("filePrices: the fast path and the general path agree", () => {
  it("on a random wide price file (late listings, delistings, blanks, BOM, CRLF) bit for bit", async () => {
    const rand = rng(29);
    const T = 80;
    const cols: string[][] = [];
    for (let a = 0; a < 30; a++) {
      const first = rand() < 0.3 ? Math.floor(rand() * 30) : 0;
      const last = rand() < 0.2 ? T - 1 - Math.floor(rand() * 20) : T - 1;
      let p = 1 + rand() * 500;
      cols.push(
        Array.from({ length: T }, (_, t) =>
          t < first || t > last ? "" : (p *= 1 + (rand() - 0.5) * 0.1).toFixed(1 + Math.floor(rand() * 6)),
        ),
      );
    }
    const rows = Array.from({ length: T }, (_, t) =>
      [`${2000 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`, ...cols.map((c) => c[t])].join(","),
    );
    const csv = ["date", ...cols.map((_, a) => `asset${a}`)].join(",") + "\n" + rows.join("\n") + "\n";
    for (const [name, text] of [
      ["plain", csv],
      ["bom-crlf", "\uFEFF" + csv.replace(/\n/g, "\r\n")],
    ]) {
      const r = await both(name, text, { gaps: "keep" });
      expect(r.plain).toBe(true);
      expect(r.fast.ok, name).toBeDefined();
      expect(panelText(r.fast)).toBe(panelText(r.general));
      const sel = await both(`${name}-sel`, text, { gaps: "keep", assets: ["asset7", "asset2"] });
      expect(panelText(sel.fast)).toBe(panelText(sel.general));
    }
  });

  it("gives the general path's message (file, row, column) for a gap, a zero price, a bad cell, a missing month, an unknown asset", async () => {
    const cases: [string, string, object?][] = [
      ["gap", "date,a,b\n2020-01,1,2\n2020-02,,3\n2020-03,2,4\n"],
      ["zero", "date,a,b\n2020-01,1,2\n2020-02,0,3\n"],
      ["text", "date,a,b\n2020-01,1,2\n2020-02,abc,3\n"],
      ["month", "date,a,b\n2020-01,1,2\n2020-03,2,3\n"],
      ["unknown", "date,a,b\n2020-01,1,2\n2020-02,2,3\n", { assets: ["c"] }],
      ["notdate", "date,a,b\n2020-01,1,2\n2020-13,2,3\n"],
    ];
    for (const [name, csv, o] of cases) {
      const r = await both(`bad-${name}`, csv, o);
      expect(r.fast.err, name).toBeDefined();
      expect(r.fast.err).toBe(r.general.err);
    }
  });
});
