/**
 * How far a change at one end of a series reaches into its turning points: the table in
 * docs/turning-points.md ("What the rules guarantee"). For random series (integer random walks
 * and noisy sines) the first or last k ≤ censor values are replaced, by random values or by
 * outliers beyond the series' range, and we count how many outermost turns at that end must be
 * set aside before the two datings agree (0 = identical).
 * Run: `pnpm --filter @kitchin/core exec tsx scripts/turn-end-stability.ts [cases]`.
 */
import { TURN_PRESETS, turns, type TurnMethod, type TurnOptions } from "../src/index.ts";
import { agreeExceptEnds } from "../test/turnLists.ts";

const CASES = Number(process.argv[2] ?? 20000);

/** mulberry32: a small seeded generator, so the table is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSeries(r: () => number): Float64Array {
  const n = 120 + Math.floor(r() * 181);
  const y = new Float64Array(n);
  if (r() < 0.5) {
    let s = 0;
    for (let i = 0; i < n; i++) { s += Math.floor(r() * 11) - 5; y[i] = s; }
  } else {
    const period = 8 + Math.floor(r() * 53);
    for (let i = 0; i < n; i++) y[i] = 10 * Math.sin((2 * Math.PI * i) / period) + (r() - 0.5) * 8;
  }
  return y;
}

function randomOptions(r: () => number, method: TurnMethod): TurnOptions {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  return { method, window: int(1, 6), censor: int(0, 8), minPhase: int(1, 8), minCycle: int(2, 24), minAmplitude: r() < 0.5 ? 0 : int(1, 4) };
}

const label = (y: Float64Array, o: TurnOptions) => turns(y, o, "monthly").map((x) => `${x.type[0]}${x.index}`);

console.log("| method | parameters | replaced by | cases | 0 | 1 | 2 | 3 | 4 | ≥ 5 |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const method of ["bbq", "bry-boschan"] as TurnMethod[]) {
  for (const params of ["random", "monthly", "inventory"] as const) {
    for (const kind of ["random values", "outliers"] as const) {
      const r = rng(9 + CASES);
      const hist = [0, 0, 0, 0, 0, 0];
      for (let c = 0; c < CASES; c++) {
        const y = randomSeries(r);
        const o = params === "random" ? randomOptions(r, method) : { ...TURN_PRESETS[params], method };
        const k = Math.floor(r() * (o.censor + 1));
        const atEnd = r() < 0.5;
        let hi = -Infinity, lo = Infinity;
        for (const v of y) { if (v > hi) hi = v; if (v < lo) lo = v; }
        const z = Float64Array.from(y);
        for (let i = 0; i < k; i++) {
          const v = kind === "outliers" ? (r() < 0.5 ? hi + 0.05 * (hi - lo) : lo - 0.05 * (hi - lo)) : (r() - 0.5) * 160;
          z[atEnd ? z.length - 1 - i : i] = v;
        }
        const a = label(y, o), b = label(z, o);
        let m = 0;
        while (m < 5 && !(atEnd ? agreeExceptEnds(a, b, 0, m) : agreeExceptEnds(a, b, m, 0))) m++;
        hist[m]++;
      }
      console.log(`| ${method} | ${params} | ${kind} | ${CASES} | ${hist.join(" | ")} |`);
    }
  }
}
