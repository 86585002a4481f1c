/**
 * Benchmarks of @kitchin/backtest. Not tests: they print timings.
 *   - scoring 2,000 assets × 600 months (goal < 20 ms), next to a pandas reference of the same
 *     scoring (Debian python3-pandas), with the ratio and a check that the scores agree;
 *   - a 10,000-configuration sweep on 50 assets × 300 months on worker threads (goal < 5 s on 2 cores);
 *   - `kitchin score` end to end on a 500-asset CSV (goal < 1 s), when the CLI command exists.
 * Run: pnpm --filter @kitchin/backtest bench
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir, availableParallelism, loadavg } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { formatMonth, monthIndex } from "@kitchin/core";
import {
  pricePanel,
  scorePhases,
  rng,
  market,
  sweep,
  gridSize,
  type PhaseTimeline,
  type SweepGrid,
  type PricePanel,
} from "../src/index.ts";
import { parallelSweep } from "../node/parallelSweep.ts";

const here = dirname(fileURLToPath(import.meta.url));
const START = monthIndex(1975, 1);

function synthPanel(n: number, T: number, seed: number): PricePanel {
  const rand = rng(seed);
  const prices = new Float64Array(n * T).fill(NaN);
  for (let a = 0; a < n; a++) {
    const list = rand() < 0.2 ? Math.floor(rand() * T * 0.3) : 0;
    let p = 100;
    for (let t = list; t < T; t++) {
      prices[a * T + t] = p;
      p *= 1 + (rand() - 0.49) * 0.12;
    }
  }
  return pricePanel(
    Array.from({ length: n }, (_, a) => `asset${a}`),
    START,
    T,
    prices,
  );
}

function synthCodes(T: number, seed: number): Int8Array {
  const rand = rng(seed);
  const codes = new Int8Array(T);
  let t = 0;
  let c = 0;
  codes.fill(-1, 0, 4);
  t = 4;
  while (t < T) {
    const len = 3 + Math.floor(rand() * 10);
    codes.fill(c, t, Math.min(T, t + len));
    t += len;
    c = (c + 1) % 4;
  }
  return codes;
}

function time<T>(f: () => T, reps: number): { ms: number; first: number; value: T } {
  const t0 = performance.now();
  let value = f(); // the first, cold call (JIT not warmed up)
  const first = performance.now() - t0;
  for (let i = 0; i < 3; i++) value = f(); // warm-up
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    value = f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return { ms: ts[ts.length >> 1], first, value };
}

const fmt = (ms: number) => (ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const dir = mkdtempSync(join(tmpdir(), "kitchin-bench-"));
console.log(
  `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} (other work on the machine slows every figure)\n`,
);

// 1. Scoring 2,000 × 600.
{
  const n = 2000;
  const T = 600;
  const panel = synthPanel(n, T, 1);
  const codes = synthCodes(T, 2);
  const core = time(() => scorePhases(panel, codes, { bootstrap: 0, permutations: 0 }), 40);
  const full = time(() => scorePhases(panel, codes, { bootstrap: 200, permutations: 199 }), 3);
  console.log(`scoring ${n} assets × ${T} months`);
  console.log(
    `  note-004 score + stats (no resampling): ${fmt(core.ms)} median of 40 warm runs (goal < 20 ms); first cold call ${fmt(core.first)}`,
  );
  console.log(`  with bootstrap 200 + permutations 199:  ${fmt(full.ms)}`);

  const csv = join(dir, "prices.csv");
  const lines = [["month", "phase", ...panel.assets].join(",")];
  for (let t = 0; t < T; t++) {
    const row = [formatMonth(START + t), String(codes[t])];
    for (let a = 0; a < n; a++) row.push(Number.isNaN(panel.prices[a * T + t]) ? "" : String(panel.prices[a * T + t]));
    lines.push(row.join(","));
  }
  writeFileSync(csv, lines.join("\n"));
  const py = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const r = spawnSync(py, [join(here, "score_pandas.py"), csv], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0)
    console.log(
      `  pandas reference: not run (${(r.stderr || r.error?.message || "").trim().split("\n").pop()}); apt-get install -y python3-pandas`,
    );
  else {
    const out = JSON.parse(r.stdout) as { ms: number; scores: number[][] };
    let diff = 0;
    for (let p = 0; p < 4; p++)
      for (let a = 0; a < n; a++) if (out.scores[p][a] !== core.value.score[a * 4 + p]) diff++;
    console.log(
      `  pandas reference (same scoring, no resampling): ${fmt(out.ms)} median of 5 → ${(out.ms / core.ms).toFixed(1)}× the TypeScript time; scores differ in ${diff} of ${4 * n} cells`,
    );
  }
}

// 2. Sweep of ~10,000 configurations on 50 × 300.
{
  const panel = synthPanel(50, 300, 3);
  const mk = market(panel);
  const timelines = Array.from({ length: 10 }, (_, i) => ({
    label: `tp${i}`,
    timeline: { mode: "as-of", start: START, codes: synthCodes(300, 10 + i) } as PhaseTimeline,
  }));
  const grid: SweepGrid = {
    timelines,
    signalLags: [0, 1],
    rebalance: ["monthly", "quarterly"],
    topK: [1, 2, 3, 5, 8, 12],
    weighting: ["equal", "inverse-vol", "score"],
    cost: [0, 5, 10, 15, 20, 30, 40, 60, 80, 100, 150, 200, 300, 500],
  };
  const sims =
    grid.timelines.length * grid.signalLags.length * grid.rebalance!.length * grid.topK.length * grid.weighting.length;
  console.log(
    `\nsweep on 50 assets × 300 months: ${gridSize(grid)} configurations (${sims} backtests × ${grid.cost.length} cost levels)`,
  );
  let t0 = performance.now();
  const one = sweep(mk, grid);
  const single = performance.now() - t0;
  t0 = performance.now();
  const par = await parallelSweep(market(panel), grid, { threads: 2 });
  const two = performance.now() - t0;
  t0 = performance.now();
  const auto = await parallelSweep(market(panel), grid);
  const autoMs = performance.now() - t0;
  console.log(`  1 thread:  ${fmt(single)}`);
  console.log(`  ${par.threads} threads: ${fmt(two)}  (goal < 5 s on 2 cores; includes worker start-up)`);
  console.log(
    `  automatic choice (${auto.threads} thread${auto.threads > 1 ? "s" : ""} for this size): ${fmt(autoMs)}`,
  );
  console.log(
    `  best: ${JSON.stringify({ ...par.rows[0], sharpe: +par.rows[0].sharpe.toFixed(3) }).slice(0, 160)}…; tried ${par.tried}, same ranking as 1 thread: ${one.rows[0].sharpe === par.rows[0].sharpe}`,
  );
}

// 3. `kitchin score` end to end on a 500-asset CSV.
{
  const root = join(here, "../../..");
  const cmd = join(root, "apps/cli/src/commands/score.ts");
  if (!existsSync(cmd))
    console.log("\nkitchin score end to end: not run (apps/cli/src/commands/score.ts not there yet)");
  else {
    const n = 500;
    const T = 240;
    const panel = synthPanel(n, T, 4);
    const codes = synthCodes(T, 5);
    const prices = join(dir, "prices500.csv");
    const phases = join(dir, "phases.csv");
    const lines = [["date", ...panel.assets].join(",")];
    for (let t = 0; t < T; t++) {
      const row = [formatMonth(START + t)];
      for (let a = 0; a < n; a++)
        row.push(Number.isNaN(panel.prices[a * T + t]) ? "" : panel.prices[a * T + t].toPrecision(8));
      lines.push(row.join(","));
    }
    writeFileSync(prices, lines.join("\n"));
    const ids = ["passive-destock", "active-restock", "passive-restock", "active-destock"];
    writeFileSync(
      phases,
      ["date,phase", ...Array.from(codes, (c, t) => `${formatMonth(START + t)},${c < 0 ? "unknown" : ids[c]}`)].join(
        "\n",
      ),
    );
    const cliArgs = [
      join(root, "apps/cli/src/main.ts"),
      "score",
      "--prices",
      prices,
      "--phases",
      phases,
      "--format",
      "json",
    ];
    const timed = (argv: string[]) => {
      execFileSync(process.execPath, argv, { stdio: "pipe", maxBuffer: 1 << 26 }); // warm caches
      const ts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        execFileSync(process.execPath, argv, { stdio: "pipe", maxBuffer: 1 << 26 });
        ts.push(performance.now() - t0);
      }
      return ts.sort((a, b) => a - b)[1];
    };
    const viaTsx = timed([join(root, "node_modules/tsx/dist/cli.mjs"), ...cliArgs]);
    // The same CLI bundled with esbuild (what an installed `kitchin` would run): no TypeScript at start-up.
    const { build } = await import("esbuild");
    const bundle = join(here, "../dist/bench/main.mjs"); // named main.mjs: the CLI runs itself when its file is main.*
    await build({
      entryPoints: [join(root, "apps/cli/src/main.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: bundle,
      logLevel: "warning",
      external: ["danfojs-node", "exceljs", "vega", "vega-lite", "playwright-core", "tsx"],
      banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    });
    const bundled = timed([bundle, ...cliArgs.slice(1)]);
    console.log(
      `\nkitchin score end to end, ${n}-asset CSV × ${T} months, default 1000 bootstrap + 999 permutations (goal < 1 s):`,
    );
    console.log(`  via tsx (TypeScript compiled at start-up): ${fmt(viaTsx)}`);
    console.log(`  bundled with esbuild, plain node:          ${fmt(bundled)}`);
  }
}
