import { expect } from "vitest";

export type Cell = number | string | boolean | null;

/** A column range [[a], [b], …] as Excel passes it. */
export function col(values: readonly Cell[]): Cell[][] {
  return values.map((v) => [v]);
}

/** A row range [[a, b, …]]. */
export function row(values: readonly Cell[]): Cell[][] {
  return [values.slice()];
}

/** Flattens a one-column output. */
export function flat(out: unknown[][]): unknown[] {
  return out.map((r) => r[0]);
}

/** A smooth ~40-month cycle (YoY-like, in %), `shift` months ahead. */
export function wave(n: number, shift = 0, amplitude = 10, period = 40): number[] {
  return Array.from(
    { length: n },
    (_, t) => Math.round(100 * (amplitude * Math.sin((2 * Math.PI * (t + shift)) / period) + 0.02 * t)) / 100,
  );
}

export function months(from: string, n: number): string[] {
  const [y, m] = from.split("-").map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
}

/** Runs `f`, expects a CustomFunctions.Error with `code` and a message matching `message`. */
export function expectCellError(f: () => unknown, code: "#VALUE!" | "#N/A", message: RegExp): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, "expected a CustomFunctions.Error").toBeInstanceOf(CustomFunctions.Error);
  const e = thrown as CustomFunctions.Error & { message: string };
  expect(e.code).toBe(code);
  expect(e.message).toMatch(message);
}

export async function expectCellErrorAsync(
  f: () => Promise<unknown>,
  code: "#VALUE!" | "#N/A",
  message: RegExp,
): Promise<void> {
  let thrown: unknown;
  try {
    await f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, "expected a CustomFunctions.Error").toBeInstanceOf(CustomFunctions.Error);
  const e = thrown as CustomFunctions.Error & { message: string };
  expect(e.code).toBe(code);
  expect(e.message).toMatch(message);
}

/**
 * A dates range shaped like `range` (one column or one row of the same length), monthly from
 * `from`: the first argument every time-series function takes.
 */
export function datesFor(range: readonly (readonly unknown[])[] | null | undefined, from = "2005-01"): Cell[][] {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]) || range[0].length === 0) return [];
  if (range[0].length === 1) return col(months(from, range.length));
  return row(months(from, range[0].length));
}
