#!/usr/bin/env node
// Sums the vitest JSON reports that each workspace package writes (`.vitest-result.json`) and
// prints the one closing line CI reads: `N passed, N failed[, N skipped]`.
// Exits non-zero when a package's report is missing or any test failed.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const roots = ["packages", "apps"];
let passed = 0,
  failed = 0,
  skipped = 0;
const missing = [];
for (const root of roots) {
  if (!existsSync(root)) continue;
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    const pkgFile = join(dir, "package.json");
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    if (!pkg.scripts?.test) continue;
    const report = join(dir, ".vitest-result.json");
    if (!existsSync(report)) {
      missing.push(pkg.name);
      continue;
    }
    const r = JSON.parse(readFileSync(report, "utf8"));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.success === false && (r.numFailedTests ?? 0) === 0) failed += 1; // suite-level failure (e.g. import error)
  }
}
for (const m of missing) console.error(`test-summary: no test report for ${m} (its tests did not run)`);
failed += missing.length;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
