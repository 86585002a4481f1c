/**
 * Properties every dating must have, for both methods over random series and random parameters
 * (methods.md §2; docs/turning-points.md, "What the rules guarantee"). Series are integer random
 * walks, so ties and flat stretches are common, or sine waves with noise.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { turns, type Turn, type TurnMethod, type TurnOptions } from "../src/index.ts";
import { agreeExceptEnds } from "./turnLists.ts";

const RUNS = 600;

const series = fc.oneof(
  fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 40, maxLength: 240 }).map((steps) => {
    const y = new Float64Array(steps.length);
    let s = 0;
    steps.forEach((d, i) => {
      s += d;
      y[i] = s;
    });
    return y;
  }),
  fc
    .record({
      n: fc.integer({ min: 40, max: 240 }),
      period: fc.integer({ min: 8, max: 60 }),
      noise: fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 240, maxLength: 240 }),
    })
    .map(({ n, period, noise }) =>
      Float64Array.from({ length: n }, (_, i) => 10 * Math.sin((2 * Math.PI * i) / period) + noise[i]),
    ),
);

const options = (method: TurnMethod) =>
  fc.record({
    method: fc.constant(method),
    window: fc.integer({ min: 1, max: 6 }),
    censor: fc.integer({ min: 0, max: 8 }),
    minPhase: fc.integer({ min: 1, max: 8 }),
    minCycle: fc.integer({ min: 2, max: 24 }),
    minAmplitude: fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 6, noNaN: true })),
  });

const fits = (y: Float64Array, o: TurnOptions) => y.length >= Math.max(2 * o.window + 1, 2 * o.censor + 2, 3);
const label = (t: Turn[]) => t.map((x) => `${x.type[0]}${x.index}`);

describe.each(["bbq", "bry-boschan"] as TurnMethod[])("%s on random series and parameters", (method) => {
  it(`alternates, moves each phase its own way by ≥ minAmplitude, keeps minPhase, minCycle and censor (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(series, options(method), (y, o) => {
        fc.pre(fits(y, o));
        const t = turns(y, o, "monthly");
        const n = y.length;
        for (let k = 0; k < t.length; k++) {
          expect(t[k].index).toBeGreaterThanOrEqual(o.censor);
          expect(t[k].index).toBeLessThanOrEqual(n - 1 - o.censor);
          expect(t[k].value).toBe(y[t[k].index]);
          if (k === 0) continue;
          expect(t[k].type).not.toBe(t[k - 1].type);
          const move = t[k].type === "peak" ? t[k].value - t[k - 1].value : t[k - 1].value - t[k].value;
          expect(move).toBeGreaterThan(0);
          expect(move).toBeGreaterThanOrEqual(o.minAmplitude);
          expect(t[k].index - t[k - 1].index).toBeGreaterThanOrEqual(o.minPhase);
          if (k >= 2) expect(t[k].index - t[k - 2].index).toBeGreaterThanOrEqual(o.minCycle);
        }
      }),
      { numRuns: RUNS, seed: 20260926 },
    );
  });
});

/**
 * BBQ's last rule, checked by brute force apart from the code under test: no turn has a
 * more extreme window candidate strictly between its opposite neighbours (for the first and last
 * turn: between the end and its neighbour) that the rules would allow in its place — outside the
 * censored ends, ≥ minPhase from both neighbours, ≥ minCycle from the same-type turns either side,
 * and for an outermost turn at least as extreme as everything beyond it.
 */
describe("bbq: every turn the extreme of its phases among the candidates the rules allow", () => {
  it(`holds on ${RUNS} random series and parameters`, () => {
    fc.assert(
      fc.property(series, options("bbq"), (y, o) => {
        fc.pre(fits(y, o));
        const t = turns(y, o, "monthly");
        const n = y.length;
        const sign = (x: Turn) => (x.type === "peak" ? 1 : -1);
        const isCandidate = (c: number, s: number) => {
          let hi = true,
            lo = true;
          for (let q = Math.max(0, c - o.window); q <= Math.min(n - 1, c + o.window); q++) {
            if (y[q] > y[c]) hi = false;
            if (y[q] < y[c]) lo = false;
          }
          return hi !== lo && (s > 0 ? hi : lo);
        };
        for (let k = 0; k < t.length; k++) {
          const s = sign(t[k]);
          const from = k > 0 ? t[k - 1].index + o.minPhase : o.censor;
          const to = k + 1 < t.length ? t[k + 1].index - o.minPhase : n - 1 - o.censor;
          for (let c = Math.max(from, o.censor); c <= Math.min(to, n - 1 - o.censor); c++) {
            if (!(s * (y[c] - t[k].value) > 0) || !isCandidate(c, s)) continue;
            if (k >= 2 && c - t[k - 2].index < o.minCycle) continue;
            if (k + 2 < t.length && t[k + 2].index - c < o.minCycle) continue;
            const beyond = (a: number, b: number) => y.subarray(a, b).some((v) => s * (v - y[c]) > 0);
            if (k === 0 && beyond(0, c)) continue;
            if (k === t.length - 1 && beyond(c + 1, n)) continue;
            expect.fail(
              `${t[k].type} ${t[k].index} (${t[k].value}) is beaten by the candidate at ${c} (${y[c]}) between its neighbours; ${label(t)}`,
            );
          }
        }
      }),
      { numRuns: RUNS, seed: 20261205 },
    );
  });
});

/**
 * Full Bry–Boschan is not bound by the rule above: its turns are found on smoothed curves and only
 * refined on the raw series within ±4 observations of the short moving average's turn, so a raw
 * value further away can beat a turn (docs/turning-points.md lists the shipped cases). What it
 * guarantees instead (its step 7): no turn has a more extreme observation right next to it, between
 * its neighbours, unless a rule forbids the turn that month — censor, minPhase, minCycle, or the end
 * rule for the first and last turn. Checked by brute force.
 */
describe("bry-boschan: every turn at least as extreme as the observations next to it that the rules allow", () => {
  it(`holds on ${RUNS} random series and parameters`, () => {
    fc.assert(
      fc.property(series, options("bry-boschan"), (y, o) => {
        fc.pre(fits(y, o));
        const t = turns(y, o, "monthly");
        const n = y.length;
        for (let k = 0; k < t.length; k++) {
          const x = t[k],
            s = x.type === "peak" ? 1 : -1;
          for (const j of [x.index - 1, x.index + 1]) {
            if (j < 0 || j >= n || (k > 0 && j <= t[k - 1].index) || (k + 1 < t.length && j >= t[k + 1].index))
              continue;
            if (!(s * (y[j] - x.value) > 0)) continue;
            const forbidden =
              j < o.censor ||
              j > n - 1 - o.censor ||
              (k > 0 && j - t[k - 1].index < o.minPhase) ||
              (k + 1 < t.length && t[k + 1].index - j < o.minPhase) ||
              (k > 1 && j - t[k - 2].index < o.minCycle) ||
              (k + 2 < t.length && t[k + 2].index - j < o.minCycle) ||
              (k === 0 && y.subarray(0, j).some((v) => s * (v - y[j]) > 0)) ||
              (k === t.length - 1 && y.subarray(j + 1).some((v) => s * (v - y[j]) > 0));
            expect(forbidden, `${x.type} ${x.index} (${x.value}) next to ${j} (${y[j]}); ${label(t)}`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS, seed: 20261205 },
    );
  });
});

/**
 * Replacing the first or last k ≤ censor values. What is guaranteed: the end rule removes at most
 * two turns at that end, and the values reach the other rules only through candidates within
 * k − 1 + window observations of that end and the end rule's two decisions. What is not: a fixed
 * number of changed turns — the rules act one after another, so a different outermost turn can
 * change which neighbour a later rule deletes (docs/turning-points.md gives a counterexample and
 * the measured distribution, scripts/turn-end-stability.ts). These tests hold the measured bound
 * on fixed seeds: they fail if a change to the rules lets an end change reach further. Full
 * Bry–Boschan is left out: its moving averages (±6 and ±7 months) and its outlier test (on the
 * spread of the whole series) carry an end change further by design.
 */
describe.each([["bbq", 3]] as [TurnMethod, number][])(
  "%s: replacing the first or last k ≤ censor values",
  (method, bound) => {
    const change = fc.record({
      values: fc.array(fc.integer({ min: -200, max: 200 }), { minLength: 8, maxLength: 8 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      atEnd: fc.boolean(),
    });

    it(`changes only turns at that end: at most ${bound} in these ${RUNS} cases, more than two in under 2 %`, () => {
      let beyondTwo = 0;
      fc.assert(
        fc.property(series, options(method), change, (y, o, c) => {
          fc.pre(fits(y, o));
          const k = Math.round(c.share * o.censor);
          const z = Float64Array.from(y);
          for (let i = 0; i < k; i++) z[c.atEnd ? z.length - 1 - i : i] = c.values[i];
          const a = label(turns(y, o, "monthly"));
          const b = label(turns(z, o, "monthly"));
          const within = (m: number) => (c.atEnd ? agreeExceptEnds(a, b, 0, m) : agreeExceptEnds(a, b, m, 0));
          expect(within(bound), `k=${k}\n${a}\n${b}`).toBe(true);
          if (!within(2)) beyondTwo++;
        }),
        { numRuns: RUNS, seed: 11 },
      );
      expect(beyondTwo).toBeLessThan(RUNS * 0.02);
    });
  },
);
