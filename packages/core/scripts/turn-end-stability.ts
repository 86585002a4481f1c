/**
 * How far a change at one end of a series reaches into its turning points: the table in
 * docs/turning-points.md ("What the rules guarantee"). For random series (integer random walks
 * and noisy sines) the first or last k ≤ censor values are replaced, by random values or by
 * outliers beyond the series' range, and we count how many outermost turns at that end must be
 * set aside before the two datings agree (0 = identical).
 * Run: `pnpm --filter @kitchin/core exec tsx scripts/turn-end-stability.ts [cases]`.
 */
import fc from "fast-check";
import { TURN_PRESETS, turns, type TurnMethod, type TurnOptions } from "../src/index.ts";
import { agreeExceptEnds } from "../test/turnLists.ts";

const CASES = Number(process.argv[2] ?? 20000);

/**
 * One case (fc.noBias: uniform integer draws, not fast-check's edge cases): a series (integer random walk or noisy
 * sine), random parameters, and the end change.
 */
const cases = fc.noBias(
  fc.record({
    walk: fc.boolean(),
    steps: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 120, maxLength: 300 }),
    period: fc.integer({ min: 8, max: 60 }),
    noise: fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 300, maxLength: 300 }), // hundredths
    window: fc.integer({ min: 1, max: 6 }),
    censor: fc.integer({ min: 0, max: 8 }),
    minPhase: fc.integer({ min: 1, max: 8 }),
    minCycle: fc.integer({ min: 2, max: 24 }),
    minAmplitude: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 })),
    share: fc.integer({ min: 0, max: 1000 }), // thousandths of censor
    atEnd: fc.boolean(),
    values: fc.array(fc.integer({ min: -80, max: 80 }), { minLength: 8, maxLength: 8 }),
    highs: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  }),
);
type Case = typeof cases extends fc.Arbitrary<infer T> ? T : never;

function seriesOf(c: Case): Float64Array {
  const n = c.steps.length;
  if (c.walk) {
    let s = 0;
    return Float64Array.from(c.steps, (d) => (s += d));
  }
  return Float64Array.from({ length: n }, (_, i) => 10 * Math.sin((2 * Math.PI * i) / c.period) + c.noise[i] / 100);
}

const label = (y: Float64Array, o: TurnOptions) => turns(y, o, "monthly").map((x) => `${x.type[0]}${x.index}`);

console.log("| method | parameters | replaced by | cases | 0 | 1 | 2 | 3 | 4 | ≥ 5 |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
const sample = fc.sample(cases, { seed: 9, numRuns: CASES });
for (const method of ["bbq", "bry-boschan"] as TurnMethod[]) {
  for (const params of ["random", "monthly", "inventory"] as const) {
    for (const kind of ["random values", "outliers"] as const) {
      const hist = [0, 0, 0, 0, 0, 0];
      for (const c of sample) {
        const y = seriesOf(c);
        const o: TurnOptions =
          params === "random"
            ? {
                method,
                window: c.window,
                censor: c.censor,
                minPhase: c.minPhase,
                minCycle: c.minCycle,
                minAmplitude: c.minAmplitude,
              }
            : { ...TURN_PRESETS[params], method };
        const k = Math.round((c.share / 1000) * o.censor);
        let hi = -Infinity,
          lo = Infinity;
        for (const v of y) {
          if (v > hi) hi = v;
          if (v < lo) lo = v;
        }
        const z = Float64Array.from(y);
        for (let i = 0; i < k; i++) {
          const v = kind === "outliers" ? (c.highs[i] ? hi + 0.05 * (hi - lo) : lo - 0.05 * (hi - lo)) : c.values[i];
          z[c.atEnd ? z.length - 1 - i : i] = v;
        }
        const a = label(y, o),
          b = label(z, o);
        let m = 0;
        while (m < 5 && !(c.atEnd ? agreeExceptEnds(a, b, 0, m) : agreeExceptEnds(a, b, m, 0))) m++;
        hist[m]++;
      }
      console.log(`| ${method} | ${params} | ${kind} | ${CASES} | ${hist.join(" | ")} |`);
    }
  }
}
