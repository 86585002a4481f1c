/**
 * The readers stage (node/readers/readers.ts): one command's `Readers` hands every job the same
 * table for the same file, sheet and date column and reads the file once — counted at node:fs, not
 * by the code under test — and a different date column or sheet is a different read; a price file
 * is read once per options, and each caller gets its own notes (a push by one does not reach another).
 */
import { describe, expect, it, vi } from "vitest";

const reads = new Map<string, number>();
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((p: unknown, ...rest: unknown[]) => {
    if (typeof p === "string") reads.set(p, (reads.get(p) ?? 0) + 1);
    return (fs.readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

const { Readers } = await import("../../node/readers/readers.ts");
const { cycleCsv, pricesCsv, tmpFile } = await import("./helpers.ts");

describe("Readers.table", () => {
  it("the same promise for the same file, sheet and date column; the file read once", async () => {
    const f = cycleCsv("table-once.csv");
    const r = new Readers();
    const p1 = r.table(f);
    const p2 = r.table(f, {});
    const p3 = r.table(f, { dateColumn: undefined, sheet: undefined });
    expect(p2).toBe(p1);
    expect(p3).toBe(p1);
    const t = await p1;
    expect(t.header).toEqual(["date", "inv", "dem"]);
    expect(t.rows).toHaveLength(240);
    expect(reads.get(f)).toBe(1);
  });

  it("another date column or sheet is another table (and another read)", async () => {
    const f = tmpFile("two-dates.csv", "date,when,x\n2020-01,2020-02,1\n2020-02,2020-03,2\n2020-03,2020-04,3\n");
    const r = new Readers();
    const byDate = r.table(f);
    const byWhen = r.table(f, { dateColumn: "when" });
    expect(byWhen).not.toBe(byDate);
    expect(r.table(f, { dateColumn: "when" })).toBe(byWhen);
    expect((await byDate).rows[0].month).toBe(2020 * 12);
    expect((await byWhen).rows[0].month).toBe(2020 * 12 + 1);
    expect(reads.get(f)).toBe(2);
    expect(r.table(f, { sheet: "S" })).not.toBe(byDate);
  });

  it("a new Readers (a new command) reads the file again: nothing is remembered between commands", async () => {
    const f = cycleCsv("table-per-command.csv", 36);
    await new Readers().table(f);
    await new Readers().table(f);
    expect(reads.get(f)).toBe(2);
  });
});

describe("Readers.priceFile", () => {
  it("one read per file and options; each caller has its own notes, the panel is shared", async () => {
    const f = pricesCsv("prices-once.csv", 60);
    const r = new Readers();
    const a = await r.priceFile(f, { gaps: "error" });
    const b = await r.priceFile(f, { gaps: "error" });
    expect(reads.get(f)).toBe(1);
    expect(b.panel).toBe(a.panel);
    expect(a.panel.assets).toEqual(["A", "B", "C"]);
    expect(b.notes).not.toBe(a.notes);
    const before = [...b.notes];
    a.notes.push("a caller's own note");
    expect(b.notes).toEqual(before);
    const c = await r.priceFile(f, { gaps: "error" });
    expect(c.notes).toEqual(before);
    // the object is a copy too: one caller's cash rate is not another's
    a.cashLabel = "mine";
    expect(c.cashLabel).toBeUndefined();
    // other options: another read
    await r.priceFile(f, { gaps: "keep" });
    expect(reads.get(f)).toBe(2);
  });

  it("a price file and a table of the same file through one stage: the general path shares the table", async () => {
    // a long table is not the byte-level fast path: it goes through Readers.table
    const rows = ["date,asset,price"];
    for (let m = 0; m < 24; m++) {
      const d = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
      rows.push(`${d},X,${100 + m}`, `${d},Y,${200 - m}`);
    }
    const f = tmpFile("long-prices.csv", `${rows.join("\n")}\n`);
    const r = new Readers();
    const p = await r.priceFile(f, {});
    // the byte-level fast path looks at the file first and declines a long table; the general
    // reader takes the bytes it read, so the file is opened once
    const afterPrices = reads.get(f)!;
    expect(afterPrices).toBe(1);
    const t = await r.table(f);
    expect(p.panel.assets).toEqual(["X", "Y"]);
    expect(t.rows).toHaveLength(48);
    expect(reads.get(f)).toBe(afterPrices); // the table the price reader read, not a new read
  });
});
