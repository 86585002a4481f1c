import { describe, expect, it } from "vitest";
import {
  calendarMonthOf,
  excelSerialToMonth,
  formatMonth,
  monthIndex,
  monthOfDateKey,
  parseDateKeyLoose,
  parseMonth,
  parseMonthLoose,
  readDateKey,
  yearOf,
} from "../src/index.ts";

describe("month axis", () => {
  it("round-trips YYYY-MM through the integer index", () => {
    const m = monthIndex(2023, 7);
    expect(m).toBe(12 * 2023 + 6);
    expect(formatMonth(m)).toBe("2023-07");
    expect(yearOf(m)).toBe(2023);
    expect(calendarMonthOf(m)).toBe(7);
    expect(monthIndex(2024, 1) - monthIndex(2023, 12)).toBe(1);
  });

  it("reads the date spellings of Wind, FRED-MD, NBS and Shiller files", () => {
    const jul = monthIndex(2023, 7);
    for (const t of [
      "2023-07",
      "2023-07-31",
      "2023/7/31",
      "2023年7月",
      "2023年07月31日",
      "202307",
      "20230731",
      "7/1/2023",
      "2023.07",
      "2023-07-31 00:00:00",
    ]) {
      expect(parseMonthLoose(t), t).toBe(jul);
    }
    expect(parseMonthLoose("July 2023")).toBeNaN();
    expect(parseMonthLoose("2023-13")).toBeNaN();
    expect(parseMonthLoose("")).toBeNaN();
  });

  it("reads Excel serial dates only when asked", () => {
    // 45138 is 2023-07-31 in Excel's 1900 system; 60 is the phantom 1900-02-29.
    expect(excelSerialToMonth(45138)).toBe(monthIndex(2023, 7));
    expect(parseMonthLoose(45138)).toBeNaN();
    expect(parseMonthLoose(45138, true)).toBe(monthIndex(2023, 7));
    expect(excelSerialToMonth(61)).toBe(monthIndex(1900, 3));
  });

  it("strict parseMonth names the bad value", () => {
    expect(parseMonth("2019-11")).toBe(monthIndex(2019, 11));
    expect(() => parseMonth("2019/11", "--as-of")).toThrow(/--as-of "2019\/11" is not a month; write it as YYYY-MM/);
  });
});

describe("date keys: a date read once with its day", () => {
  it("give parseMonthLoose's month for every spelling, and order days within a month", () => {
    const cells: (string | number)[] = [
      "2023-07",
      "2023-07-31",
      "2023/7/31",
      "2023年7月",
      "2023年7月31日",
      "202307",
      "20230731",
      "7/31/2023",
      "2023.07",
      "2023-07-31 00:00:00",
      " 2023-7-5 ",
      "not a date",
      "2023-13",
      "",
      45138,
      202307,
      20230731,
      1e9,
    ];
    for (const c of cells) {
      for (const wb of [false, true])
        expect(monthOfDateKey(parseDateKeyLoose(c, wb)), `${c} ${wb}`).toEqual(parseMonthLoose(c, wb));
    }
    // Independent of the reader: July 2023 is month 12 × 2023 + 6; Excel serial 45138 is 2023-07-31.
    expect(parseMonthLoose("2023-07-31")).toBe(monthIndex(2023, 7));
    expect(parseDateKeyLoose("2023-07-31") - parseDateKeyLoose("2023-07")).toBe(30);
    expect(parseDateKeyLoose(45138, true)).toBe(parseDateKeyLoose("2023-07-31"));
    expect(parseDateKeyLoose("2023-07-05")).toBeLessThan(parseDateKeyLoose("2023-07-06"));
    expect(parseDateKeyLoose("2023-07-31")).toBeLessThan(parseDateKeyLoose("2023-08-01"));
    expect(readDateKey(null)).toBeNaN();
  });
});
