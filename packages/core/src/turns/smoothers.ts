/**
 * Centred smoothers used by the classic Bry–Boschan procedure (Bry & Boschan 1971,
 * "Cyclical Analysis of Time Series: Selected Procedures and Computer Programs", NBER,
 * ch. 2). They look into the future and serve ex-post dating only.
 * Ends are handled by repeating the first and last values (the series is padded).
 */

/** Spencer's 15-term weights (sum 320). */
const SPENCER = [-3, -6, -5, 3, 21, 46, 67, 74, 67, 46, 21, 3, -5, -6, -3];

export function spencer15(y: ArrayLike<number>): Float64Array {
  return weighted(y, SPENCER, 320);
}

/** 2×12 centred moving average (13 terms, halves at the ends): the "12-month MA" of B–B. */
export function centred12(y: ArrayLike<number>): Float64Array {
  const w = [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1];
  return weighted(y, w, 24);
}

/** Plain centred moving average of odd length k (the short-term "MCD" curve). */
export function centredShort(y: ArrayLike<number>, k: number): Float64Array {
  return weighted(y, new Array(k).fill(1), k);
}

function weighted(y: ArrayLike<number>, w: readonly number[], sum: number): Float64Array {
  const n = y.length;
  const h = (w.length - 1) >> 1;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let j = -h; j <= h; j++) {
      let i = t + j;
      if (i < 0) i = 0;
      else if (i >= n) i = n - 1;
      s += w[j + h] * y[i];
    }
    out[t] = s / sum;
  }
  return out;
}
