/**
 * The one reader of cells (numbers, dates, missing tokens) and the text decoder. Expected values
 * are written out by hand from the spelling rules in docs/cli.md ("Input rules"), not computed
 * by the code under test.
 */
import { describe, expect, it } from "vitest";
import {
  decimalMarkOf,
  decodeText,
  escapeControl,
  formatMonth,
  isMissingCell,
  notNumberMessage,
  readMonth,
  readNumber,
  shortText,
} from "../src/index.ts";

describe("readNumber: what a number cell may look like", () => {
  it("reads plain numbers, thousands separators, percent text and the minus sign", () => {
    const cases: [string | number, number][] = [
      ["12", 12],
      ["-3.5", -3.5],
      [".5", 0.5],
      ["+4", 4],
      ["1e3", 1000],
      [" 7 ", 7],
      ["\u00a08\u3000", 8],
      ["1,234.5", 1234.5],
      ["12,345", 12345],
      ["-1,000,000", -1000000],
      ["3.2%", 3.2],
      ["−2.5", -2.5],
      [42, 42],
      ["007", 7],
    ];
    for (const [cell, x] of cases) expect(readNumber(cell), String(cell)).toBe(x);
  });
  it("reads missing tokens as NaN", () => {
    for (const cell of [null, undefined, "", "  ", "--", "-", "—", "NA", "n/a", "#N/A", "NaN", ".", "null", NaN]) {
      expect(readNumber(cell), String(cell)).toBeNaN();
      expect(isMissingCell(cell)).toBe(true);
    }
  });
  it("refuses hex, binary, octal, full-width digits, infinity, stray commas and text, saying why", () => {
    const cases: [string, RegExp][] = [
      ["0x10", /hexadecimal, binary and octal/],
      ["0b11", /hexadecimal, binary and octal/],
      ["0o17", /hexadecimal/],
      ["１２３", /full-width/],
      ["12％", /full-width/],
      ["Infinity", /infinity/],
      ["#DIV/0!", /Excel error/],
      ["2,2", /comma inside a number/],
      ["101,3533", /comma inside a number/],
      ["1,23,456", /ambiguous|misplaced/],
      ["1.2.3", /ambiguous|misplaced/],
      ["abc", /^"abc" is not a number$/],
      ["=A1+B1", /formula saved without its result/],
    ];
    for (const [cell, why] of cases) {
      expect(readNumber(cell), cell).toBeUndefined();
      expect(String(notNumberMessage(cell)), cell).toMatch(why);
    }
    expect(readNumber(true)).toBeUndefined();
    expect(readNumber("1e999")).toBeUndefined();
  });
  it("reads decimal commas only when asked (;- or tab-separated files)", () => {
    expect(readNumber("2,2", ",")).toBe(2.2);
    expect(readNumber("101,3533", ",")).toBeCloseTo(101.3533, 12);
    expect(readNumber("1.234,5", ",")).toBe(1234.5);
    expect(readNumber("1.234", ",")).toBe(1234);
    expect(readNumber("-0,5%", ",")).toBe(-0.5);
    expect(readNumber("12", ",")).toBe(12);
    expect(readNumber("1.5", ",")).toBeUndefined();
    expect(String(notNumberMessage("1.5", ","))).toMatch(/decimal commas .* decimal point/);
  });
  it("decides a column's decimal mark, refusing mixed or ambiguous columns", () => {
    expect(decimalMarkOf(["2,2", "3,1", "", "4"])).toBe(",");
    expect(decimalMarkOf(["1.234,5", "2"])).toBe(",");
    expect(decimalMarkOf(["2.2", "3.1"])).toBe(".");
    expect(decimalMarkOf(["1,234.5", "1,234"])).toBe(".");
    expect(decimalMarkOf(["12", "13", 14])).toBe(".");
    expect(decimalMarkOf(["2,2", "3.1"])).toEqual({
      ambiguous: expect.stringMatching(/mixes decimal commas \("2,2"\) and decimal points \("3.1"\)/),
    });
    expect(decimalMarkOf(["1,234", "2,500"])).toEqual({
      ambiguous: expect.stringMatching(/"1,234" could be read with a decimal comma or a thousands separator/),
    });
  });
});

describe("readMonth: every date spelling, and numbers only in workbooks", () => {
  it("reads text spellings", () => {
    const cases: [string, string][] = [
      ["2023-07", "2023-07"],
      ["2023-07-31", "2023-07"],
      ["2023/7/31", "2023-07"],
      ["2023年7月", "2023-07"],
      ["2023年7月31日", "2023-07"],
      ["202307", "2023-07"],
      ["20230731", "2023-07"],
      ["7/1/2023", "2023-07"],
      ["2023.07", "2023-07"],
      ["2023-07-31 00:00:00", "2023-07"],
    ];
    for (const [cell, m] of cases) expect(formatMonth(readMonth(cell)), cell).toBe(m);
  });
  it("reads workbook numbers: serial days and YYYYMM / YYYYMMDD numbers", () => {
    expect(formatMonth(readMonth(45138, true))).toBe("2023-07"); // 2023-07-31 in Excel's 1900 system
    expect(formatMonth(readMonth(1, true))).toBe("1900-01");
    expect(formatMonth(readMonth(200501, true))).toBe("2005-01");
    expect(formatMonth(readMonth(20050131, true))).toBe("2005-01");
    expect(readMonth(200513, true)).toBeNaN();
    expect(readMonth(45138)).toBeNaN(); // not in a CSV
    expect(readMonth(true, true)).toBeNaN();
    expect(readMonth("2023-13")).toBeNaN();
  });
});

describe("decodeText: UTF-8, UTF-16 with a mark, else GB18030", () => {
  const gbk = new Uint8Array([0xca, 0xb1, 0xbc, 0xe4]); // 时间 in GBK
  it("names the encoding it used", () => {
    expect(decodeText(new TextEncoder().encode("时间,x"))).toEqual({ text: "时间,x", encoding: "UTF-8", bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: "a", encoding: "UTF-8", bom: true });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xf6, 0x65]))).toEqual({
      text: "a时",
      encoding: "UTF-16LE",
      bom: true,
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({
      text: "a",
      encoding: "UTF-16BE",
      bom: true,
    });
    expect(decodeText(gbk)).toEqual({ text: "时间", encoding: "GB18030", bom: false });
  });
  it("refuses binary bytes and broken text with one line", () => {
    expect(() => decodeText(new Uint8Array([0x61, 0x00, 0x62]), "f.csv")).toThrow(/binary file/);
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xff]))).toThrow(
      /UTF-8 byte-order mark but is not valid UTF-8/,
    );
    expect(() => decodeText(new Uint8Array([0x81, 0x20]))).toThrow(/neither UTF-8 nor GB18030/);
  });
});

describe("text in messages", () => {
  it("escapes control characters and cuts long text with an ellipsis", () => {
    expect(escapeControl("a\nb\x1b[31mc\r\t\u2028")).toBe("a\\nb\\x1b[31mc\\r\\t\\u2028");
    expect(shortText("x".repeat(100), 10)).toBe("xxxxxxxxx…");
    expect(String(notNumberMessage("\x1b[2J" + "y".repeat(500)))).toMatch(/^"\\x1b\[2Jy+…" is not a number$/);
  });
});
