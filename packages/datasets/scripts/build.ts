/**
 * Rebuilds every curated file of @kitchin/datasets from the raw folder:
 *
 *   tsx packages/datasets/scripts/build.ts [--raw DIR] [--check]
 *
 * --raw defaults to ../shared/data relative to the repository root (relative paths are resolved
 * from the current directory, which is the repo root under `pnpm datasets:build`).
 * --check rebuilds in memory and compares byte-for-byte with the committed files; it prints every
 * file that differs (or is missing / extra) and exits 1. Besides data/, the build owns the two
 * generated sections of DATA.md (series table, futures cross-check).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatMonth } from "@kitchin/core";
import { formatCuratedCsv } from "../src/csv.ts";
import { conceptOf, sourceIdsOf } from "../src/concept.ts";
import { FLAG_FILLED, type CatalogEntry, type CatalogFile } from "../src/types.ts";
import { Raw } from "./lib/raw.ts";
import { span } from "./lib/series.ts";
import type { Built, Report } from "./lib/spec.ts";
import { chinaMacro } from "./cn-macro.ts";
import { chinaIndustry } from "./cn-industry.ts";
import { usFredMd, usVintages } from "./us-fredmd.ts";
import { census } from "./us-census.ts";
import { usOther } from "./us-markets.ts";
import { nber, nberRecession } from "./us-nber.ts";
import { usTrade } from "./us-trade.ts";
import { usIndustries } from "./industries-us.ts";
import { cnIndustries } from "./industries-cn.ts";
import { chinaAssets } from "./cn-assets.ts";
import { chinaFutures } from "./cn-futures.ts";
import { riskFree } from "./risk-free.ts";
import { fillSection, futuresTable, seriesTable } from "./lib/table.ts";

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(pkgDir, "../..");
const dataDir = join(pkgDir, "data");

function args() {
  const a = process.argv.slice(2);
  let rawDir = resolve(repoRoot, "../shared/data");
  let check = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === "--check") check = true;
    else if (a[i] === "--raw") rawDir = resolve(a[++i] ?? "");
    else if (a[i].startsWith("--raw=")) rawDir = resolve(a[i].slice(6));
    else {
      console.error(`datasets build: unknown argument "${a[i]}" (usage: build.ts [--raw DIR] [--check])`);
      process.exit(2);
    }
  }
  return { rawDir, check };
}

/** Everything the build writes: path relative to the package → exact text. */
async function buildAll(rawDir: string): Promise<Map<string, string>> {
  const raw = new Raw(rawDir);
  const report: Report = {};
  const macro = await chinaMacro(raw, report);
  const ppi = macro.find((b) => b.meta.id === "cn.ppi_yoy")!.data;
  const [cnCash, usCash] = (() => {
    const r = riskFree(raw, report);
    return [r.filter((b) => b.meta.id.startsWith("cn.")), r.filter((b) => b.meta.id.startsWith("us."))];
  })();
  const cn = [
    ...(await chinaIndustry(raw, report, ppi)),
    ...macro,
    ...(await chinaAssets(raw, report)),
    ...(await chinaFutures(raw, report)),
    ...cnCash,
  ];
  const usCurrent = [
    ...usFredMd(raw, report),
    ...census(raw),
    ...usOther(raw, report),
    ...usCash,
    nberRecession(raw, report),
  ];
  usCurrent.push(...usTrade(raw, report, usCurrent.find((b) => b.meta.id === "us.inventory")?.data));
  const vintageBuilt = usVintages(raw, usCurrent);
  const files = new Map<string, string>();
  const series = [...cn, ...usCurrent].map((b) => emit(b, files));
  const ids = new Set<string>();
  for (const e of series) {
    if (ids.has(e.id)) throw new Error(`duplicate id ${e.id}`);
    ids.add(e.id);
  }
  const vintages = vintageBuilt.map((b) => emit(b, files));
  const catalog: CatalogFile = { series, vintages };
  files.set("data/catalog.json", JSON.stringify(catalog, null, 1) + "\n");
  files.set("data/us/nber.json", JSON.stringify(nber(raw), null, 1) + "\n");
  for (const [path, text] of [await usIndustries(raw, report), await cnIndustries(raw, report)]) files.set(path, text);
  files.set("data/build-report.json", JSON.stringify(report, null, 1) + "\n");
  const doc = readFileSync(join(pkgDir, "DATA.md"), "utf8");
  files.set(
    "DATA.md",
    fillSection(fillSection(doc, "series-table", seriesTable(catalog)), "futures-crosscheck", futuresTable(report)),
  );
  return files;
}

function emit(b: Built, files: Map<string, string>): CatalogEntry {
  const id = b.meta.id;
  const region = id.slice(0, 2) as "cn" | "us";
  if (region !== "cn" && region !== "us") throw new Error(`id ${id} has no region prefix`);
  const [lo, hi] = span(b.data);
  if (!Number.isFinite(lo)) throw new Error(`${id}: no data`);
  const n = hi - lo + 1;
  const values = new Float64Array(n).fill(NaN);
  const flags = new Uint8Array(n);
  for (const [m, v] of b.data) {
    if (!Number.isFinite(v)) throw new Error(`${id}: non-finite value at ${formatMonth(m)}`);
    values[m - lo] = v;
  }
  for (const [m, f] of b.flags ?? []) {
    if (m < lo || m > hi) throw new Error(`${id}: flag outside the data at ${formatMonth(m)}`);
    if (f & FLAG_FILLED) throw new Error(`${id}: shipped files never carry 'filled'`);
    flags[m - lo] |= f;
  }
  const file = b.vintage ? `${region}/vintages/${b.vintage}/${id}.csv` : `${region}/${id}.csv`;
  files.set(`data/${file}`, formatCuratedCsv(lo, values, flags));
  const { id: _id, group, name, nameZh, unit, kind, source, provenance, terms, lag, derivation, caveats } = b.meta;
  const entry: CatalogEntry = {
    id,
    region,
    group,
    name,
    nameZh,
    unit,
    kind,
    frequency: "monthly",
    source,
    provenance,
    terms,
    lag,
    derivation,
    start: formatMonth(lo),
    end: formatMonth(hi),
    file,
    caveats,
    concept: conceptOf({ id, kind, unit, nameZh }),
    sourceIds: sourceIdsOf({ source, derivation }),
  };
  if (b.vintage) entry.vintage = b.vintage;
  return entry;
}

/** Files the build owns on disk (to find stale ones). */
function ownedOnDisk(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(pkgDir, p));
    }
  };
  walk(dataDir);
  out.push("DATA.md");
  return out.map((p) => p.split("\\").join("/"));
}

async function main() {
  const { rawDir, check } = args();
  if (!existsSync(rawDir)) {
    console.error(`datasets build: raw folder ${rawDir} not found (pass --raw DIR)`);
    process.exit(2);
  }
  const t0 = Date.now();
  const files = await buildAll(rawDir);
  const onDisk = new Set(ownedOnDisk());
  const ms = Date.now() - t0;
  if (check) {
    const bad: string[] = [];
    for (const [p, text] of files) {
      const abs = join(pkgDir, p);
      if (!existsSync(abs)) bad.push(`missing: ${p}`);
      else if (readFileSync(abs, "utf8") !== text) bad.push(`differs: ${p}`);
      onDisk.delete(p);
    }
    for (const p of onDisk) bad.push(`not produced by the build: ${p}`);
    if (bad.length) {
      console.error(`datasets:check: ${bad.length} file(s) do not match a rebuild from ${rawDir}:`);
      for (const b of bad) console.error(`  ${b}`);
      console.error("run `pnpm datasets:build` and commit the result");
      process.exit(1);
    }
    console.log(`datasets:check: ${files.size} files reproduced byte-for-byte from ${rawDir} (${ms} ms)`);
    return;
  }
  for (const p of onDisk) if (!files.has(p)) rmSync(join(pkgDir, p));
  let bytes = 0;
  for (const [p, text] of files) {
    const abs = join(pkgDir, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  }
  console.log(`datasets:build: wrote ${files.size} files, ${(bytes / 1e6).toFixed(2)} MB, from ${rawDir} (${ms} ms)`);
}

main().catch((e: unknown) => {
  console.error(`datasets build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
