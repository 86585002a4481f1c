/**
 * Figures that measure the China demand proxy against revenue (reported in DATA.md).
 */
import { formatMonth, laggedCorrelation, monthIndex } from "@kitchin/core";
import type { Monthly } from "./raw.ts";
import { round6 } from "./series.ts";

export function meanGap(a: Monthly, b: Monthly, from: number, to: number) {
  let s = 0;
  let n = 0;
  for (let m = from; m <= to; m++) {
    const x = a.get(m);
    const y = b.get(m);
    if (x === undefined || y === undefined) continue;
    s += x - y;
    n++;
  }
  return { gap: s / n, n };
}

export function adjustedError(rev: Monthly, proxy: Monthly, adj: number, from: number, to: number) {
  let n = 0;
  let sa = 0;
  let ss = 0;
  for (let m = from; m <= to; m++) {
    const x = rev.get(m);
    const y = proxy.get(m);
    if (x === undefined || y === undefined) continue;
    const e = x - (y + adj);
    n++;
    sa += Math.abs(e);
    ss += e * e;
  }
  return { period: `${formatMonth(from)}…${formatMonth(to)}`, n, mae: round6(sa / n), rmse: round6(Math.sqrt(ss / n)) };
}

/** Correlation, mean gap and 3-month direction agreement of revenue vs proxy. */
export function proxyStats(rev: Monthly, proxy: Monthly, from: number, to: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let m = from; m <= to; m++) {
    const x = rev.get(m);
    const y = proxy.get(m);
    if (x !== undefined && y !== undefined) {
      xs.push(x);
      ys.push(y);
    }
  }
  const n = xs.length;
  // Pearson correlation over the pairs (the core's lag-0 correlation, pairwise complete).
  const corr = laggedCorrelation(xs, ys, 0, 2).corr;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let agree = 0;
  let pairs = 0;
  for (let m = from + 3; m <= to; m++) {
    const x1 = rev.get(m);
    const x0 = rev.get(m - 3);
    const y1 = proxy.get(m);
    const y0 = proxy.get(m - 3);
    if (x1 === undefined || x0 === undefined || y1 === undefined || y0 === undefined) continue;
    const dx = Math.sign(x1 - x0);
    const dy = Math.sign(y1 - y0);
    if (dx === 0 && dy === 0) continue;
    pairs++;
    if (dx === dy) agree++;
  }
  return {
    period: `${formatMonth(from)}…${formatMonth(to)}`,
    n,
    correlation: round6(corr),
    meanGap: round6(mx - my),
    directionAgreement3m: round6(agree / pairs),
    directionN: pairs,
  };
}

/**
 * How well C_m = ((k−1)C_{m−1} + g_m)/k reproduces published cumulative IVA YoY, 2012–2022 (from the published Feb).
 */
export function ivaCumApproxError(cum: Monthly, monthly: Monthly) {
  let n = 0;
  let sa = 0;
  let max = 0;
  let maxAt = "";
  for (let y = 2012; y <= 2022; y++) {
    let c = cum.get(monthIndex(y, 2));
    if (c === undefined) continue;
    for (let mo = 3; mo <= 12; mo++) {
      const m = monthIndex(y, mo);
      const g = monthly.get(m);
      const pub = cum.get(m);
      if (g === undefined || pub === undefined || c === undefined) break;
      c = ((mo - 1) * c + g) / mo;
      const e = Math.abs(c - pub);
      n++;
      sa += e;
      if (e > max) {
        max = e;
        maxAt = formatMonth(m);
      }
    }
  }
  return {
    period: "2012-03…2022-11 (each year restarted from the published Jan–Feb)",
    n,
    mae: round6(sa / n),
    maxAbs: round6(max),
    maxAt,
  };
}
