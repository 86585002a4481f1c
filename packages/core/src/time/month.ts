/**
 * The month axis (methods.md §1): a month is the integer `12 * year + (month - 1)`, so
 * consecutive months differ by one and the difference of two months is their distance.
 * Text form is `YYYY-MM`.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

/** Month index of a calendar year and 1-based month. */
export function monthIndex(year: number, month: number): number {
  return 12 * year + (month - 1);
}

export function yearOf(m: number): number {
  return Math.floor(m / 12);
}

/** 1-based calendar month (1 = January). */
export function calendarMonthOf(m: number): number {
  return m - 12 * Math.floor(m / 12) + 1;
}

/** `YYYY-MM` text of a month index. */
export function formatMonth(m: number): string {
  const y = yearOf(m);
  const mo = calendarMonthOf(m);
  return `${String(y).padStart(4, "0")}-${mo < 10 ? "0" : ""}${mo}`;
}

const ISO = /^\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T].*)?\s*$/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})?\s*$/;
const US_STYLE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/; // FRED-MD "sasdate": M/D/YYYY
const FRACTION = /^\s*(\d{4})\.(\d{2})\s*$/; // Shiller "1871.01"

/**
 * Reads a month from the date spellings found in Wind/Choice exports, FRED and NBS files:
 * `2023-07`, `2023-07-31`, `2023/7/31`, `2023年7月`, `202307`, `20230731`, `7/1/2023`, `2023.07`,
 * and Excel serial day numbers (1900 date system) when `allowSerial` is set.
 * Returns `NaN` when the text is not a date; callers turn that into a `bad-date` error with the row.
 */
export function parseMonthLoose(text: string | number, allowSerial = false): number {
  return monthOfDateKey(parseDateKeyLoose(text, allowSerial));
}

/**
 * The same spellings as `parseMonthLoose`, read once with their day: a date key `32 × month + day`
 * (day 1–31 as written; a month-only date is day 1), so `monthOfDateKey` gives `parseMonthLoose`'s
 * month and keys order dates within a month. `NaN` when the text is not a date.
 */
export function parseDateKeyLoose(text: string | number, allowSerial = false): number {
  if (typeof text === "number") return allowSerial ? numericDate(text) : NaN;
  let m = FRACTION.exec(text);
  if (m) return checked(+m[1], +m[2]);
  m = ISO.exec(
    text.replace(/(\d)\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/, (_, y, mo, d) => `${y}-${mo}${d ? `-${d}` : ""}`),
  );
  if (m) return checked(+m[1], +m[2], m[3] === undefined ? 1 : +m[3]);
  m = COMPACT.exec(text);
  if (m) return checked(+m[1], +m[2], m[3] === undefined ? 1 : +m[3]);
  m = US_STYLE.exec(text);
  if (m) return checked(+m[3], +m[1], +m[2]);
  if (allowSerial && /^\s*\d+(\.\d+)?\s*$/.test(text)) return excelSerialToDateKey(+text);
  return NaN;
}

/** The month of a date key (`NaN` stays `NaN`). */
export function monthOfDateKey(key: number): number {
  return Math.floor(key / 32);
}

/** Date key of a calendar date; `NaN` outside years 1000–9999, months 1–12, days 1–31. */
function checked(y: number, mo: number, d = 1): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return NaN;
  return 32 * monthIndex(y, mo) + d;
}

/**
 * A workbook's numeric date cell: `YYYYMM` (200501) or `YYYYMMDD` (20050131) when it reads as one,
 * else an Excel serial day. Serials of real dates stay below 100000 (year 2173), so the forms never
 * collide; a number ≥ 100000 that is neither form is not a date.
 */
function numericDate(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x < 100000) return excelSerialToDateKey(x);
  if (!Number.isInteger(x)) return NaN;
  if (x <= 999999) return checked(Math.floor(x / 100), x % 100);
  if (x >= 10000000 && x <= 99999999) return checked(Math.floor(x / 10000), Math.floor(x / 100) % 100, x % 100);
  return NaN;
}

/** Excel 1900-system serial day → month index (serial 1 = 1900-01-01; Excel's fictitious 1900-02-29 is serial 60). */
export function excelSerialToMonth(serial: number): number {
  return monthOfDateKey(excelSerialToDateKey(serial));
}

function excelSerialToDateKey(serial: number): number {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return NaN;
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0); // drop the phantom leap day
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  const d = new Date(ms);
  return 32 * monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1) + d.getUTCDate();
}

/** Strict `YYYY-MM` (also accepts `YYYY-MM-DD`), for options such as `--as-of` and `--from`. */
export function parseMonth(text: string, what = "month"): number {
  const m = /^\s*(\d{4})-(\d{2})(?:-\d{2})?\s*$/.exec(text);
  const v = m ? monthOfDateKey(checked(+m[1], +m[2])) : NaN;
  if (Number.isNaN(v)) {
    throw new KitchinError("bad-date", say("notAMonth", { what, text }));
  }
  return v;
}
