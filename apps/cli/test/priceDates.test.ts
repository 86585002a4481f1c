/**
 * Price files' dates are read once: the table keeps each row's month and date key, and the
 * price reader orders, de-duplicates and reduces to month-ends by that key. Expected prices by hand.
 */
import { describe, expect, it } from "vitest";
import { filePrices } from "@kitchin/jobs/node";
import { tmpFile } from "./helpers.ts";

/** The error a read gives: its message and where (file row and column). */
async function refusal(read: Promise<unknown>): Promise<{ message: string; row?: number; column?: string }> {
  try {
    await read;
  } catch (e) {
    const place = (e as { place?: { row?: number; column?: string } }).place ?? {};
    return { message: (e as Error).message, row: place.row, column: place.column };
  }
  throw new Error("expected a refusal");
}

describe("price file dates", () => {
  it("reads a long table with YYYYMM dates (each month its own date, not a second price)", async () => {
    const csv =
      [
        "month,asset,price",
        "202401,gold,100",
        "202402,gold,102",
        "202403,gold,101",
        "202401,oil,70",
        "202402,oil,72",
        "202403,oil,75",
      ].join("\n") + "\n";
    const p = await filePrices(tmpFile("long-yyyymm.csv", csv));
    expect(p.panel.assets).toEqual(["gold", "oil"]);
    expect(Array.from(p.panel.prices)).toEqual([100, 102, 101, 70, 72, 75]);
  });

  it("still refuses two prices of one asset on the same day, however the date is spelt", async () => {
    const csv =
      ["date,asset,price", "2024-01-31,gold,100", "2024/1/31,gold,101", "2024-02-29,gold,102"].join("\n") + "\n";
    expect(await refusal(filePrices(tmpFile("long-dup.csv", csv)))).toEqual({
      message: 'a second price for "gold" on 2024/1/31 (first on row 2)',
      row: 3,
      column: "date",
    });
  });

  it("keeps each month's last day, whatever the row order inside the month", async () => {
    const csv = ["date,gold", "2024-01-31,102", "2024-01-02,100", "2024-02-01,103", "2024-02-29,101"].join("\n") + "\n";
    const p = await filePrices(tmpFile("daily-order.csv", csv));
    expect(Array.from(p.panel.prices)).toEqual([102, 101]);
  });

  it("refuses a row whose date cell is not a date, naming the row", async () => {
    const csv = ["date,gold", "2024-01-31,102", "2024-02-29,101", "soon,103", "2024-04-30,104"].join("\n") + "\n";
    const r = await refusal(filePrices(tmpFile("bad-date.csv", csv)));
    expect([r.row, r.column]).toEqual([4, "date"]);
    expect(r.message).toMatch(/^"soon" is not a date/);
  });
});
