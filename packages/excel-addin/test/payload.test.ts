import { describe, expect, it } from "vitest";
import { EXCEL_PAYLOAD_LIMIT, RESULT_LIMIT, checkPayload, payloadBound, payloadBytes } from "../src/payload.ts";
import { guard } from "../src/errors.ts";
import { expectCellError } from "./helpers.ts";

/** n rows of one double with 17 significant digits. */
const column = (n: number) => Array.from({ length: n }, (_, i) => [i + 0.12345678901234566]);

describe("result size guard (Excel's 5 MB payload limit, office-js #4654)", () => {
  it("the bound is never below the exact JSON size (numbers, ASCII, Chinese, escapes)", () => {
    const samples: unknown[][][] = [
      column(1000),
      [
        ["被动去库", "主动补库", ""],
        ['quote " backslash \\ tab \t', -1.7976931348623157e308, 5e-324],
      ],
      [["\u0001\u0002", "x".repeat(1000)]],
      [],
    ];
    for (const s of samples) expect(payloadBound(s)).toBeGreaterThanOrEqual(payloadBytes(s));
  });

  it("passes ordinary results unchanged and refuses one over the limit with #VALUE! and its size", () => {
    const small = column(600);
    expect(checkPayload(small)).toBe(small);
    // ≈ 19 bytes a row: 230,000 rows ≈ 4.2 MiB, over 4 MiB and under 5.
    const big = column(230_000);
    expect(payloadBytes(big)).toBeGreaterThan(RESULT_LIMIT);
    expect(payloadBytes(big)).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expectCellError(
      () => checkPayload(big),
      "#VALUE!",
      /result too large for Excel: 230000 rows × 1 columns is 4\.\d MB as sent; Excel takes at most 5\.0 MB per call and this add-in stops at 4\.0 MB/,
    );
  });

  it("measures exactly when the quick bound is over the limit but the result is not", () => {
    // 1,000-character ASCII strings: bound ≈ 6 KB each, JSON ≈ 1 KB each.
    const text = Array.from({ length: 1000 }, () => ["a".repeat(1000)]);
    expect(payloadBound(text)).toBeGreaterThan(2_000_000);
    expect(checkPayload(text, 2_000_000)).toBe(text);
    expectCellError(() => checkPayload(text, 500_000), "#VALUE!", /1000 rows × 1 columns is 1\.0 MB/);
  });

  it("every function's guard applies it", () => {
    expectCellError(() => guard(() => column(230_000)), "#VALUE!", /result too large for Excel/);
    expect(guard(() => column(10))).toHaveLength(10);
  });
});
