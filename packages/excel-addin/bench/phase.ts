/**
 * Benchmark (not a test): 1,000 CYCLE.PHASE calls on 600-row ranges inside the real Custom
 * Functions runtime in headless Chromium (same harness as test/browser.test.ts), timed in the page
 * with performance.now() around each call; plus the bundle size.
 * Goals: p95 < 2 ms of compute per call; functions.js < 300 KB minified without the data.
 *
 *   pnpm --filter @kitchin/excel-addin build && pnpm --filter @kitchin/excel-addin bench
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, openRuntime } from "../test/harness.ts";

const CALLS = 1000;
interface Stats {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}
const ROWS = 600;

const rt = await openRuntime({ isolated: true });
try {
  // Page-side code as text: tsx would wrap named functions in a helper the page does not have.
  const r = (await rt.page.evaluate(`(() => {
    const calls = ${CALLS}, rows = ${ROWS};
    const f = CustomFunctions._association.mappings.PHASE;
    // Deterministic inputs: a ~40-month inventory cycle, demand leading it, noise, one blank cell.
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) - 0.5;
    const ranges = [];
    const dates = [];
    for (let t = 0; t < rows; t++) dates.push([36541 + Math.floor(t * 30.44)]); // Excel serials of mid-months from 2000-01-16
    for (let k = 0; k < 20; k++) {
      const rev = [], inv = [];
      for (let t = 0; t < rows; t++) {
        rev.push([10 * Math.sin((2 * Math.PI * (t + 10 + k)) / 40) + 3 * rnd()]);
        inv.push([8 * Math.sin((2 * Math.PI * (t + k)) / 42) + 2 * rnd()]);
      }
      inv[37][0] = "";
      ranges.push({ rev, inv });
    }
    const times = new Float64Array(calls);
    let labels = 0;
    for (let i = 0; i < calls; i++) {
      const { rev, inv } = ranges[i % ranges.length];
      const t0 = performance.now();
      const out = f(dates, rev, inv, i % 2 ? "lang=zh" : null);
      times[i] = performance.now() - t0;
      labels += out.length;
    }
    const stats = (xs) => {
      const sorted = Array.from(xs).sort((a, b) => a - b);
      const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
      return { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: sorted[sorted.length - 1], mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
    };
    // All calls (the goal: Excel calls a function cold), and after the first 100 (JIT warmed up).
    return { isolated: self.crossOriginIsolated, ...stats(times), warm: stats(times.subarray(100)), labels };
  })()`)) as Stats & { isolated: boolean; warm: Stats; labels: number };
  if (r.labels !== CALLS * ROWS) throw new Error(`expected ${CALLS * ROWS} output rows, got ${r.labels}`);
  const js = readFileSync(join(DIST, "functions.js"));
  const dataBytes = (dir: string): number => {
    let n = 0;
    for (const region of ["cn", "us"]) {
      try {
        for (const f of readdirSync(join(dir, region))) n += statSync(join(dir, region, f)).size;
      } catch {
        /* region absent */
      }
    }
    return n;
  };
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  console.log(
    `CYCLE.PHASE, ${CALLS} calls on ${ROWS}-row ranges, real runtime in headless Chromium (timer ${r.isolated ? "5 µs, cross-origin isolated" : "100 µs"}):`,
  );
  console.log(
    `  all ${CALLS}:      p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  mean ${ms(r.mean)}   (goal p95 < 2 ms: ${r.p95 < 2 ? "met" : "NOT met"})`,
  );
  console.log(
    `  after 100 warm: p50 ${ms(r.warm.p50)}  p95 ${ms(r.warm.p95)}  p99 ${ms(r.warm.p99)}  max ${ms(r.warm.max)}  mean ${ms(r.warm.mean)}`,
  );
  console.log(
    `  functions.js ${kb(js.length)} minified, ${kb(gzipSync(js).length)} gzipped (goal < 300 KB: ${js.length < 300 * 1024 ? "met" : "NOT met"}); data/ served lazily: ${kb(dataBytes(join(DIST, "data")))}`,
  );
  console.log(
    JSON.stringify({
      bench: "excel-addin.phase",
      calls: CALLS,
      rows: ROWS,
      p50Ms: r.p50,
      p95Ms: r.p95,
      p99Ms: r.p99,
      maxMs: r.max,
      warmP50Ms: r.warm.p50,
      warmP95Ms: r.warm.p95,
      bundleBytes: js.length,
      bundleGzipBytes: gzipSync(js).length,
    }),
  );
} finally {
  await rt.close();
}
