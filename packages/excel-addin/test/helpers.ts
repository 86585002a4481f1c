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
  return Array.from({ length: n }, (_, t) => Math.round(100 * (amplitude * Math.sin((2 * Math.PI * (t + shift)) / period) + 0.02 * t)) / 100);
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

export async function expectCellErrorAsync(f: () => Promise<unknown>, code: "#VALUE!" | "#N/A", message: RegExp): Promise<void> {
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
