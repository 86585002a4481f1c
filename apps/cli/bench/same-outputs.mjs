#!/usr/bin/env node
// Byte-identity check: runs the main commands on the shipped data with two `kitchin`
// bins — e.g. a clone of the commit before a speed change, and this checkout — and compares what
// they write, byte for byte: stdout, stderr, exit code and the HTML report. Only the sweep's
// `seconds` (wall time) is masked, and the folder each bin runs in (an empty temporary one, where the
// report is written) is named `<folder>` in the output.
//
//   node apps/cli/bench/same-outputs.mjs --before ../old-clone/apps/cli/bin/kitchin.mjs [--after
//   apps/cli/bin/kitchin.mjs]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const before = opt("before");
const after = resolve(opt("after", join(dirname(fileURLToPath(import.meta.url)), "../bin/kitchin.mjs")));
if (!before) {
  console.error("usage: same-outputs.mjs --before path/to/bin/kitchin.mjs [--after path/to/bin/kitchin.mjs]");
  process.exit(2);
}

const CASES = [
  ["overview", "--format", "json", "--report", "report.html"],
  ["overview", "--dataset", "us", "--format", "json", "--report", "report.html"],
  ["overview", "--report", "report.html"],
  ["score", "--dataset", "cn", "--format", "json"],
  ["score", "--dataset", "us", "--format", "json"],
  ["score", "--dataset", "cn", "--mode", "ex-post", "--format", "json"],
  ["score", "--dataset", "cn", "--format", "csv"],
  ["score", "--dataset", "cn"],
  ["backtest", "--dataset", "cn", "--format", "json"],
  ["backtest", "--dataset", "us", "--format", "json"],
  ["backtest", "--dataset", "cn", "--strategy", "topk:2:inverse-vol", "--format", "json"],
  ["sweep", "--dataset", "cn", "--format", "json"],
  ["sweep", "--dataset", "us", "--format", "json"],
];
const mask = (s) => s.replace(/"seconds": [\d.]+/g, '"seconds": "…"');

function runIn(bin, args) {
  const dir = mkdtempSync(join(tmpdir(), "kitchin-same-"));
  // KITCHIN_HOME: an empty folder, so that both read the shipped data only (not the user's imports).
  const r = spawnSync(process.execPath, [resolve(bin), ...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, KITCHIN_HOME: join(dir, "home") },
  });
  const report = existsSync(join(dir, "report.html")) ? readFileSync(join(dir, "report.html"), "utf8") : null;
  rmSync(dir, { recursive: true, force: true });
  const here = (t) => t.split(dir).join("<folder>"); // the report's absolute path names the folder
  return { code: r.status, out: here(mask(r.stdout)), err: here(r.stderr), report };
}

let differ = 0;
for (const args of CASES) {
  const a = runIn(before, args);
  const b = runIn(after, args);
  const diffs = ["code", "out", "err", "report"].filter((k) => a[k] !== b[k]);
  if (diffs.length) differ++;
  const size = `${Buffer.byteLength(b.out)} bytes${b.report ? ` + report ${Buffer.byteLength(b.report)} bytes` : ""}`;
  console.log(
    `${diffs.length ? "DIFFERENT" : "identical"}  kitchin ${args.join(" ")}  (${size}, exit ${b.code})${diffs.length ? `: ${diffs.join(", ")}` : ""}`,
  );
}
console.log(`\n${CASES.length - differ} of ${CASES.length} identical (before: ${before}; after: ${after})`);
process.exit(differ ? 1 : 0);
