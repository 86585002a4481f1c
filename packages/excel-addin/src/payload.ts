/**
 * Excel refuses a custom-function payload over 5 MB (Microsoft in office-js #4654: a platform limit,
 * by design), and a result near it can leave the cell on #BUSY! (office-js #2786). A result is
 * measured as the JSON Excel's runtime sends and refused above RESULT_LIMIT, below Excel's limit to
 * leave room for the envelope around it (its size is not documented), with a #VALUE! that says so.
 */
import { messageOf, type Lang } from "@kitchin/core";

export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const RESULT_LIMIT = 4 * 1024 * 1024;

/** Longest JSON of a finite double ("-2.2250738585072014e-308") plus a separator. */
const NUMBER_BOUND = 25;

/**
 * An upper bound of the result's JSON size in UTF-8 bytes, in one pass without building the text:
 * a string costs at most 6 bytes per UTF-16 unit (\u escapes) plus its quotes.
 */
export function payloadBound(out: unknown[][]): number {
  let n = 2;
  for (const row of out) {
    n += 3;
    for (const v of row) n += typeof v === "string" ? 3 + 6 * v.length : NUMBER_BOUND;
  }
  return n;
}

/** The result's JSON size in UTF-8 bytes. */
export function payloadBytes(out: unknown): number {
  return new TextEncoder().encode(JSON.stringify(out)).length;
}

const MB = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** Returns `out` unchanged, or throws #VALUE! when it would pass the limit. */
export function checkPayload<T>(out: T, limit = RESULT_LIMIT, lang: Lang = "en"): T {
  if (!Array.isArray(out) || payloadBound(out as unknown[][]) <= limit) return out;
  const bytes = payloadBytes(out);
  if (bytes <= limit) return out;
  const rows = (out as unknown[][]).length;
  const cols = (out as unknown[][])[0]?.length ?? 0;
  throw new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    messageOf("xlTooLarge", lang, { rows, cols, size: MB(bytes), excel: MB(EXCEL_PAYLOAD_LIMIT), limit: MB(limit) }),
  );
}
