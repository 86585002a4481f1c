/**
 * Benchmark: turning points + phases + cycles for 1,000 series × 600 months.
 * Goal: under 50 ms on one core. Run with `pnpm --filter @kitchin/core bench`.
 */
import { bench, describe } from "vitest";
import { cycles, phasesFromStates, statesFromTurns, turns } from "../src/index.ts";

const N = 1000;
const T = 600;
// Deterministic pseudo-random cycles: sines of 30–50 month periods plus noise (LCG, no Math.random).
let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
function make(): Float64Array {
  const period = 30 + 20 * rand();
  const shift = 40 * rand();
  const y = new Float64Array(T);
  for (let t = 0; t < T; t++) y[t] = 10 * Math.sin((2 * Math.PI * (t + shift)) / period) + 2 * (rand() - 0.5);
  return y;
}
const inventory = Array.from({ length: N }, make);
const revenue = Array.from({ length: N }, make);

describe(`${N} series × ${T} months`, () => {
  // The case: 1,000 series dated; phases and cycles for the 500 inventory × demand pairs they form.
  bench(
    "1,000 series: turns for each, phases + cycles for 500 pairs (bbq)",
    () => {
      for (let k = 0; k < N; k += 2) {
        const ti = turns(inventory[k], {}, "inventory");
        const tr = turns(inventory[k + 1], {}, "monthly");
        const codes = phasesFromStates(statesFromTurns(T, tr), statesFromTurns(T, ti));
        cycles(ti, codes);
      }
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    "2,000 series: 1,000 inventory × demand pairs, turns + phases + cycles (bbq)",
    () => {
      for (let k = 0; k < N; k++) {
        const ti = turns(inventory[k], {}, "inventory");
        const tr = turns(revenue[k], {}, "inventory");
        const codes = phasesFromStates(statesFromTurns(T, tr), statesFromTurns(T, ti));
        cycles(ti, codes);
      }
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    "turns only (bry-boschan), inventory series",
    () => {
      for (let k = 0; k < N; k++) turns(inventory[k], { method: "bry-boschan" }, "inventory");
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
