/**
 * Rebuilds `sectors-census-mtis.csv` (the sector-panel example) from the Census MTIS
 * inventories file in shared/data/us (PROVENANCE.md §2: Census "TSAR Time Series Output By
 * Year Formatted", copied verbatim from alan-turing-institute/TCPD).
 *
 *   pnpm exec tsx apps/cli/examples/build-sectors-census-mtis.ts [--raw DIR] [--check]
 *
 * --raw defaults to ../shared/data relative to the repository root; --check compares instead
 * of writing and exits 1 on any difference. Uses the seasonally adjusted blocks: amtmti (total
 * manufacturers), pzb42000 (merchant wholesalers), pzb44000 (retail), $ millions, 1992-01 →
 * 2019-06. `.` (not yet published) is left out.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const args = process.argv.slice(2);
let rawDir = resolve(repoRoot, "../shared/data");
const check = args.includes("--check");
const ri = args.indexOf("--raw");
if (ri >= 0) rawDir = resolve(args[ri + 1] ?? "");

const RAW = "us/census_mtis_inventories_1992-2019_tcpd.txt";
const SECTORS: [code: string, name: string][] = [
  ["amtmti", "manufacturing"],
  ["pzb42000", "wholesale"],
  ["pzb44000", "retail"],
];

/** Blocks of the TSAR text: "Series Name: CODE" then rows "YYYY v1 … v12". */
export function parseTsar(text: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  let current: Map<string, number> | null = null;
  for (const line of text.split(/\r?\n/)) {
    const name = /Series Name:\s*(\S+)/.exec(line);
    if (name) {
      current = new Map();
      out.set(name[1], current);
      continue;
    }
    const row = /^(\d{4})\s+(.*)$/.exec(line.trim());
    if (!row || !current) continue;
    const cells = row[2].trim().split(/\s+/);
    if (cells.length !== 12) throw new Error(`${RAW}: year ${row[1]} has ${cells.length} monthly cells, expected 12`);
    cells.forEach((c, i) => {
      if (c === ".") return;
      const x = Number(c);
      if (!Number.isFinite(x)) throw new Error(`${RAW}: year ${row[1]}: "${c}" is not a number`);
      current!.set(`${row[1]}-${String(i + 1).padStart(2, "0")}`, x);
    });
  }
  return out;
}

const blocks = parseTsar(readFileSync(resolve(rawDir, RAW), "utf8"));
const lines = ["sector,month,inventory"];
for (const [code, name] of SECTORS) {
  const b = blocks.get(code);
  if (!b) throw new Error(`${RAW}: series ${code} not found`);
  for (const [m, v] of [...b].sort(([a], [c]) => a.localeCompare(c))) lines.push(`${name},${m},${v}`);
}
const csv = lines.join("\n") + "\n";
const target = resolve(here, "sectors-census-mtis.csv");
if (check) {
  const old = readFileSync(target, "utf8");
  if (old !== csv) {
    console.error(`${target} differs from a rebuild`);
    process.exit(1);
  }
  console.log(`${target}: up to date (${lines.length - 1} rows)`);
} else {
  writeFileSync(target, csv);
  console.log(`wrote ${target} (${lines.length - 1} rows)`);
}
