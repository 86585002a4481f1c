/** Small hand-built inputs for the browser-safe tests: a price panel, a phase timeline, cyclical series. */
import { Message, monthIndex, type Series } from "@kitchin/core";
import { pricePanel, type PhaseTimeline, type PricePanel } from "@kitchin/backtest";
import { expect } from "vitest";
import { UsageError } from "../src/errors.ts";

export const JAN2000 = monthIndex(2000, 1);

/** Three assets over `months` months from 2000-01 with different, deterministic drifts and wiggles. */
export function panelOf(months = 120, assets = ["A", "B", "C"]): PricePanel {
  const prices = new Float64Array(assets.length * months);
  assets.forEach((_, a) => {
    let p = 100;
    for (let t = 0; t < months; t++) {
      prices[a * months + t] = p;
      p *= 1 + 0.002 * (a + 1) + 0.03 * Math.sin((t + 7 * a) / (3 + a));
    }
  });
  return pricePanel(assets, JAN2000, months, prices);
}

/** A phase timeline cycling through the four phases, `len` months each. */
export function cyclingTimeline(months = 120, len = 9, mode: "as-of" | "ex-post" = "as-of"): PhaseTimeline {
  return {
    mode,
    start: JAN2000,
    codes: Int8Array.from({ length: months }, (_, t) => Math.floor(t / len) % 4),
  } as PhaseTimeline;
}

/** A cyclical monthly series (a ~40-month cycle, shifted by `shift` months), as YoY-like percentages. */
export function cycleSeries(months: number, shift: number, start = JAN2000): Series {
  return {
    start,
    values: Float64Array.from({ length: months }, (_, t) => 8 * Math.sin((2 * Math.PI * (t + shift)) / 40) + 5),
  };
}

/** `f` throws a UsageError whose message is the table's `key`. */
export function expectUsage(f: () => unknown, key: string): void {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected a UsageError ${key}`).toBeInstanceOf(UsageError);
  const said = (caught as UsageError).said;
  expect(said).toBeInstanceOf(Message);
  expect((said as Message).key).toBe(key);
}
