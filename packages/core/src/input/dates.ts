/**
 * The one reader of date cells (CLI and add-in): every spelling `parseMonthLoose` accepts
 * (`2023-07`, `2023-07-31`, `2023/7/31`, `2023年7月`, `202307`, `20230731`, `7/1/2023`, `2023.07`),
 * and for workbook cells (XLSX, Excel ranges) numbers: Excel serial days (1 … 2958465) and
 * `YYYYMM` / `YYYYMMDD` numbers such as 200501, which Wind and hand-made sheets store as numbers.
 * The two numeric forms cannot collide: serials of the years 1900–2173 stay below 100000, and a
 * `YYYYMM` number is at least 100001.
 */
import { parseDateKeyLoose, parseMonthLoose } from "../time/month.ts";
import type { Cell } from "./cell.ts";
import { quoteCell } from "./number.ts";
import { say, type Message } from "../phases/messages.ts";

/** The month index of a date cell, or `NaN` when the cell is not a date. `workbook` allows numbers. */
export function readMonth(cell: Cell, workbook = false): number {
  if (typeof cell === "number" || typeof cell === "string") return parseMonthLoose(cell, workbook);
  return NaN;
}

/**
 * A date cell read once with its day: the key `32 × month + day` (`monthOfDateKey` gives
 * `readMonth`'s month; keys order dates within a month), or `NaN` when the cell is not a date.
 */
export function readDateKey(cell: Cell, workbook = false): number {
  if (typeof cell === "number" || typeof cell === "string") return parseDateKeyLoose(cell, workbook);
  return NaN;
}

/** `"text" is not a date`, with the text quoted safely. */
export function notDateMessage(cell: Cell): Message {
  return say("notDate", { cell: quoteCell(cell) });
}
