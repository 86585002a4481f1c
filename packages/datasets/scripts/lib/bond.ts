/**
 * Bond total-return index from a monthly yield series (the documented approximation in DATA.md).
 */
import { formatMonth } from "@kitchin/core";
import type { Monthly } from "./raw.ts";
import { round6 } from "./series.ts";
import type { Built } from "./spec.ts";

/**
 * Bond total-return index from a monthly yield series (documented approximation, DATA.md):
 * hold a par bond with coupon = last month's yield y_{t−1} and maturity 10 years; after one month
 * reprice it at y_t with 10 − 1/12 years left; return = price − 100 + one month of coupon.
 * `freq` coupons per year (2 for Treasuries, 1 for Chinese government bonds).
 */
export function bondTr(
  id: string,
  name: string,
  nameZh: string,
  yields: Monthly,
  freq: number,
  from: string,
  terms: string,
  provenance: Built["meta"]["provenance"],
  flags?: Map<number, number>,
): Built {
  const data: Monthly = new Map();
  const outFlags = new Map<number, number>();
  const months = [...yields.keys()].sort((a, b) => a - b);
  let level = 100;
  data.set(months[0], level);
  for (let i = 1; i < months.length; i++) {
    const m = months[i];
    if (m !== months[i - 1] + 1) throw new Error(`${id}: gap in yields before ${formatMonth(m)}`);
    const c = yields.get(m - 1)! / 100;
    const y = yields.get(m)! / 100;
    const r = bondValue(c, y, 10 - 1 / 12, freq) / 100 - 1;
    level *= 1 + r;
    data.set(m, round6(level));
    if (flags?.get(m)) outFlags.set(m, flags.get(m)!);
  }
  return {
    meta: {
      id,
      group: "asset",
      name,
      nameZh,
      unit: `index (${formatMonth(months[0])} = 100)`,
      kind: "index",
      source: `Derived from ${from}`,
      provenance,
      terms,
      lag: 0,
      derivation: `Monthly return = V(y_t)/100 − 1, where V is the full (dirty) value of a 10-year par bond bought at last month's yield y_{t−1} (coupon y_{t−1}, ${freq === 2 ? "semi-annual" : "annual"} coupons) and revalued one month later at this month's yield y_t with 10 − 1/12 years left (coupon income included; rolled into a new par bond each month); index rounded to 6 decimals.`,
      caveats: [
        "Approximation from a yield index: no actual bond, no convexity of the real on-the-run issue, no transaction costs; accrued coupon is linear.",
        `Inherits the caveats of ${from}.`,
      ],
    },
    data,
    flags: outFlags,
  };
}

/**
 * Full (dirty) value per 100 face of a bond with annual coupon rate c at yield y, `years` to
 * maturity, `freq` coupons a year; the first coupon is `years·freq − (k−1)` periods away.
 */
export function bondValue(c: number, y: number, years: number, freq: number): number {
  const n = years * freq; // periods, possibly fractional
  const k = Math.ceil(n - 1e-9);
  const frac = n - (k - 1); // time to the first coupon, in periods
  const r = y / freq;
  let pv = 0;
  for (let j = 0; j < k; j++) {
    const t = frac + j;
    pv += (100 * c) / freq / Math.pow(1 + r, t);
  }
  return pv + 100 / Math.pow(1 + r, n);
}
