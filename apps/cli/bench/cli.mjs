#!/usr/bin/env node
// The CLI benchmark (not a test: it prints timings). In one run:
//   - start-up of `turns`, `phase`, `cycles`, `data list` on shipped data against `node -e 0`;
//   - `kitchin score` on a 2,000-asset × 600-month price CSV, like for like (`--bootstrap 0
//     --permutations 0`) and with the default statistics, against the same scores computed in pandas
//     (score_reference.py, Debian python3-pandas under /usr/bin/python3), with a check that kitchin's
//     figures equal pandas' and the peak memory of each process;
//   - `kitchin overview` with its HTML report;
//   - the Excel add-in's bundle size and CYCLE.PHASE p95 (its own bench, in headless Chromium).
// Every figure is the median of several runs of whole processes, measured in rounds that interleave
// the commands being compared, so a load spike from other work on the machine hits both sides.
//
//   node apps/cli/bench/cli.mjs [--runs N] [--startup-runs N] [--assets N] [--months N] [--no-excel]
//                               [--cli path/to/bin/kitchin.mjs]   (another checkout's bin: "before" figures)
//                               [--dir D]   (write the panel files to D and keep them)
// Documented in docs/development.md.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const RUNS = Number(opt("runs", 5));
const STARTUP_RUNS = Number(opt("startup-runs", 11));
const N = Number(opt("assets", 2000));
const T = Number(opt("months", 600));
const BIN = resolve(opt("cli", join(root, "apps/cli/bin/kitchin.mjs")));
const PY = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const KEEP = opt("dir");
const dir = KEEP ? resolve(KEEP) : mkdtempSync(join(tmpdir(), "kitchin-bench-cli-"));
mkdirSync(dir, { recursive: true });

const load = () => {
  try {
    return execFileSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    return "uptime: n/a";
  }
};
console.log(
  `kitchin CLI bench — ${new Date().toISOString()}, node ${process.version}, ${availableParallelism()} cores`,
);
console.log(`cli: ${BIN}`);
console.log(`load before: ${load()}`);
console.log(
  "(other work on the machine slows every figure; medians of whole-process runs, compared in interleaved rounds)\n",
);

/** Runs a command once: wall milliseconds, peak resident memory (MB, when GNU time is there), stdout. */
function once(cmd, args) {
  const memFile = join(dir, "mem.txt");
  const [c, a] = GNU_TIME ? [GNU_TIME, ["-f", "%M", "-o", memFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(c, a, {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    cwd: dir,
    env: { ...process.env, KITCHIN_HOME: join(dir, "home") },
  }); // shipped data only
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${(r.stderr || "").trim().slice(0, 400)}`);
  const mb = GNU_TIME ? Number(readFileSync(memFile, "utf8").trim().split("\n").pop()) / 1024 : NaN;
  return { ms, mb, out: r.stdout };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Interleaved rounds over named commands; returns median ms, max of peak MB and the last stdout per name. */
function rounds(cmds, n) {
  const res = Object.fromEntries(Object.keys(cmds).map((k) => [k, { ms: [], mb: [], out: "" }]));
  for (const [k, [c, a]] of Object.entries(cmds)) res[k].out = once(c, a).out; // warm the file cache
  for (let i = 0; i < n; i++) {
    for (const [k, [c, a]] of Object.entries(cmds)) {
      const r = once(c, a);
      res[k].ms.push(r.ms);
      res[k].mb.push(r.mb);
      res[k].out = r.out;
    }
  }
  return Object.fromEntries(
    Object.entries(res).map(([k, v]) => [
      k,
      { ms: median(v.ms), min: Math.min(...v.ms), mb: Math.max(...v.mb), out: v.out, runs: v.ms },
    ]),
  );
}
const fmtMs = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
const results = [];
const goal = (what, value, target, met) => results.push({ what, value, target, met });

// 1. Start-up on shipped data.
const kitchin = (...a) => [process.execPath, [BIN, ...a]];
{
  const s = rounds(
    {
      "node -e 0": [process.execPath, ["-e", "0"]],
      turns: kitchin("turns", "--dataset", "cn"),
      phase: kitchin("phase", "--dataset", "cn"),
      cycles: kitchin("cycles", "--dataset", "cn"),
      "data list": kitchin("data", "list"),
    },
    STARTUP_RUNS,
  );
  const base = s["node -e 0"].ms;
  console.log(`start-up (median of ${STARTUP_RUNS}; the fastest run, less touched by other work, in brackets):`);
  for (const [k, v] of Object.entries(s)) {
    const x = v.ms / base;
    console.log(
      `  ${k.padEnd(10)} ${fmtMs(v.ms).padStart(7)}  ${x.toFixed(2)}× node -e 0   (${fmtMs(v.min)}, ${(v.min / s["node -e 0"].min).toFixed(2)}×)`,
    );
    if (k !== "node -e 0")
      goal(`start-up: ${k}`, `${fmtMs(v.ms)} = ${x.toFixed(2)}× node -e 0 (${fmtMs(base)})`, "≤ 2.5×", x <= 2.5);
  }
}

// 2. The 2,000 × 600 panel, as a strategist's export would have it: a date column, one price column
// per asset (4 decimals), a fifth of the assets listed late (blank before), and a phase file.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
const month = (i) => `${1975 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
const pricesCsv = join(dir, "prices.csv");
const phasesCsv = join(dir, "phases.csv");
{
  const rand = rng(13);
  const cols = [];
  for (let a = 0; a < N; a++) {
    const list = rand() < 0.2 ? 1 + Math.floor(rand() * T * 0.3) : 0;
    const col = new Array(T).fill("");
    let p = 20 + rand() * 200;
    for (let t = list; t < T; t++) {
      col[t] = p.toFixed(4);
      p *= 1 + (rand() - 0.495) * 0.14;
      if (p < 0.01) p = 0.01;
    }
    cols.push(col);
  }
  const lines = [["date", ...Array.from({ length: N }, (_, a) => `asset${String(a).padStart(4, "0")}`)].join(",")];
  for (let t = 0; t < T; t++) lines.push([month(t), ...cols.map((c) => c[t])].join(","));
  writeFileSync(pricesCsv, lines.join("\n") + "\n");
  const ids = ["passive-destock", "active-restock", "passive-restock", "active-destock"];
  const ph = ["date,phase"];
  let t = 0;
  let c = 0;
  for (; t < 3; t++) ph.push(`${month(t)},unknown`);
  while (t < T) {
    const len = 3 + Math.floor(rand() * 12);
    for (let k = 0; k < len && t < T; k++, t++) ph.push(`${month(t)},${ids[c]}`);
    c = (c + 1) % 4;
  }
  writeFileSync(phasesCsv, ph.join("\n") + "\n");
  console.log(
    `\npanel: ${N} assets × ${T} months, ${(readFileSync(pricesCsv).length / 1e6).toFixed(1)} MB CSV (${pricesCsv})`,
  );
}

// 3. kitchin score vs pandas.
const pandasOk = spawnSync(PY, ["-c", "import pandas"], { encoding: "utf8" }).status === 0;
if (!pandasOk) console.log(`pandas reference: not run (${PY} cannot import pandas; apt-get install -y python3-pandas)`);
const scoreArgs = ["score", "--prices", pricesCsv, "--phases", phasesCsv, "--format", "json"];
const cmds = {
  "kitchin like-for-like": kitchin(...scoreArgs, "--bootstrap", "0", "--permutations", "0"),
  "kitchin default stats": kitchin(...scoreArgs),
};
if (pandasOk) cmds.pandas = [PY, [join(here, "score_reference.py"), pricesCsv, phasesCsv]];
const sc = rounds(cmds, RUNS);
console.log(`\nscore, whole process (median of ${RUNS}; peak = max resident memory):`);
for (const [k, v] of Object.entries(sc))
  console.log(
    `  ${k.padEnd(22)} ${fmtMs(v.ms).padStart(7)}  peak ${v.mb.toFixed(0)} MB   runs ${v.runs.map((x) => Math.round(x)).join(" ")}`,
  );
const lfl = JSON.parse(sc["kitchin like-for-like"].out);
const full = JSON.parse(sc["kitchin default stats"].out);
if (pandasOk) {
  const pd = JSON.parse(sc.pandas.out.replace(/\bNaN\b/g, "null"));
  const exact = ["score", "episodes", "positive", "months", "rank"];
  const close = [
    "annualizedReturn",
    "volatility",
    "sharpe",
    "tStat",
    "meanEpisodeReturn",
    "medianEpisodeReturn",
    "hitRate",
  ];
  const assetIdx = new Map(pd.assets.map((a, i) => [a, i]));
  let cells = 0;
  let bad = 0;
  const examples = [];
  for (const r of lfl.scores) {
    const p = pd.phases.indexOf(r.phase);
    const a = assetIdx.get(r.asset);
    cells++;
    for (const f of [...exact, ...close]) {
      let x = r[f];
      let y = pd[f][p][a];
      if (f === "rank") (x = x ?? 0), (y = y ?? 0);
      const ok = exact.includes(f)
        ? x === y
        : x === null || y === null
          ? x === y
          : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
      if (!ok) bad++, examples.length < 5 && examples.push(`${r.asset} ${r.phase} ${f}: kitchin ${x}, pandas ${y}`);
    }
  }
  console.log(
    `  check: ${cells} asset × phase rows, ${exact.length} exact + ${close.length} float fields (rel. 1e-9) against pandas: ${bad === 0 ? "all equal" : `${bad} differ, e.g. ${examples.join("; ")}`}`,
  );
  goal("score equals pandas", bad === 0 ? "all equal" : `${bad} fields differ`, "equal", bad === 0);
  const r1 = sc["kitchin like-for-like"].ms / sc.pandas.ms;
  const r2 = sc["kitchin default stats"].ms / sc.pandas.ms;
  console.log(
    `  ratio like-for-like: ${r1.toFixed(2)}× pandas; with default statistics (1000 bootstrap + 999 permutations): ${r2.toFixed(2)}× pandas`,
  );
  goal(
    "score like-for-like",
    `${fmtMs(sc["kitchin like-for-like"].ms)} = ${r1.toFixed(2)}× pandas (${fmtMs(sc.pandas.ms)})`,
    "≤ 0.5×",
    r1 <= 0.5,
  );
  goal(
    "score default statistics",
    `${fmtMs(sc["kitchin default stats"].ms)} = ${r2.toFixed(2)}× pandas`,
    "≤ 1.0×",
    r2 <= 1.0,
  );
}
const same =
  JSON.stringify(lfl.scores.map(({ pValue, ciLow, ciHigh, ...r }) => r)) ===
  JSON.stringify(full.scores.map(({ pValue, ciLow, ciHigh, ...r }) => r));
console.log(`  default-statistics run: same non-resampled figures as the like-for-like run: ${same}`);
const peak = Math.max(sc["kitchin like-for-like"].mb, sc["kitchin default stats"].mb);
goal(
  "score peak memory",
  Number.isFinite(peak) ? `${peak.toFixed(0)} MB` : "n/a (no /usr/bin/time)",
  "≤ 150 MB",
  peak <= 150,
);

// 4. overview with its report.
{
  const o = rounds({ overview: kitchin("overview", "--report", join(dir, "report.html")) }, RUNS);
  console.log(
    `\noverview with its HTML report: ${fmtMs(o.overview.ms)} (median of ${RUNS}), peak ${o.overview.mb.toFixed(0)} MB`,
  );
  goal("overview with report", fmtMs(o.overview.ms), "≤ 1 s", o.overview.ms <= 1000);
}

// 5. The Excel add-in's bench (bundle size, CYCLE.PHASE p95 on 600 rows in headless Chromium).
if (!argv.includes("--no-excel")) {
  const pkg = ["--filter", "@kitchin/excel-addin", "-s"];
  const b = spawnSync("pnpm", [...pkg, "build"], { cwd: root, encoding: "utf8" });
  const r = b.status === 0 ? spawnSync("pnpm", [...pkg, "bench"], { cwd: root, encoding: "utf8" }) : b;
  const line = (r.stdout || "").split("\n").find((l) => l.startsWith('{"bench":"excel-addin.phase"'));
  if (!line)
    console.log(
      `\nExcel add-in bench: not run (${(r.stderr || r.stdout || "").trim().split("\n").slice(-2).join(" ")})`,
    );
  else {
    const x = JSON.parse(line);
    console.log(
      `\nExcel add-in: functions.js ${(x.bundleBytes / 1024).toFixed(1)} KB; CYCLE.PHASE on ${x.rows} rows p95 ${x.p95Ms.toFixed(3)} ms (${x.calls} calls)`,
    );
    goal("Excel bundle", `${(x.bundleBytes / 1024).toFixed(1)} KB`, "≤ 300 KB", x.bundleBytes <= 300 * 1024);
    goal("CYCLE.PHASE p95, 600 rows", `${x.p95Ms.toFixed(3)} ms`, "≤ 2 ms", x.p95Ms <= 2);
  }
}

console.log(`\nload after: ${load()}\n`);
console.log("| goal | measured | target | met |\n| --- | --- | --- | --- |");
for (const g of results) console.log(`| ${g.what} | ${g.value} | ${g.target} | ${g.met ? "yes" : "no"} |`);
if (!KEEP) rmSync(dir, { recursive: true, force: true });
