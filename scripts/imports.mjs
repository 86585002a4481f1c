#!/usr/bin/env node
// The import graph of the product code (apps/*/src, packages/*/src and packages/*/node):
// cycles between modules, command modules imported by anything but the command registry, and
// package imports against the layering (core ← datasets, backtest ← faces). `node scripts/imports.mjs`
// prints the findings and exits 1 if there are any; apps/cli/test/imports.test.ts runs it in CI.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** What each package may import of the others (the house: core at the bottom, faces on top). */
const ALLOWED = {
  core: [],
  datasets: ["core"],
  backtest: ["core"],
  jobs: ["core", "datasets", "backtest"],
  report: ["core", "datasets", "backtest", "jobs"],
  "excel-addin": ["core", "datasets", "backtest", "jobs"],
  cli: ["core", "datasets", "backtest", "jobs", "report"],
};

function files(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "node_modules") out.push(...files(p));
    } else if (/\.(ts|mts|js|mjs)$/.test(name) && !/\.(test|bench)\./.test(name) && !name.endsWith(".d.ts"))
      out.push(p);
  }
  return out;
}

/**
 * Static and dynamic imports and re-exports of a module (type-only ones included: a cycle of types is still a knot).
 */
function specifiers(text) {
  const out = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  let m;
  while ((m = re.exec(text))) out.push(m[1] ?? m[2]);
  return out;
}

export function importGraph(root = ROOT) {
  const roots = [];
  for (const group of ["apps", "packages"]) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const pkg of readdirSync(base))
      for (const sub of ["src", "node"]) roots.push({ pkg, dir: join(base, pkg, sub) });
  }
  const graph = new Map();
  const pkgOf = new Map();
  const problems = [];
  for (const { pkg, dir } of roots) {
    for (const f of files(dir)) {
      const rel = relative(root, f);
      pkgOf.set(rel, pkg);
      const edges = [];
      for (const s of specifiers(readFileSync(f, "utf8"))) {
        if (s.startsWith(".")) {
          const target = relative(root, resolve(dirname(f), s));
          edges.push(target);
        } else if (s.startsWith("@kitchin/")) {
          const dep = s.slice("@kitchin/".length).split("/")[0];
          const allowed = ALLOWED[pkg];
          if (allowed && !allowed.includes(dep)) problems.push(`layering: ${rel} (${pkg}) imports ${s}`);
        }
      }
      graph.set(rel, edges);
    }
  }
  // Command modules: only the registry imports them.
  for (const [from, edges] of graph) {
    for (const to of edges) {
      if (
        /^apps\/cli\/src\/commands\/[^/]+\.ts$/.test(to) &&
        !to.endsWith("/index.ts") &&
        from !== "apps/cli/src/commands/index.ts"
      ) {
        problems.push(
          `command imported: ${from} imports ${to} (commands parse, call and print; move shared code to a module)`,
        );
      }
    }
  }
  if (existsSync(join(root, "apps/cli/src/backtest")))
    problems.push("apps/cli/src/backtest exists: the backtest lives in packages/backtest");
  // Cycles (Tarjan's strongly connected components).
  let index = 0;
  const idx = new Map(),
    low = new Map(),
    stack = [],
    on = new Set(),
    cycles = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  for (const c of cycles) problems.push(`cycle: ${c.join(" ↔ ")}`);
  return { modules: graph.size, edges: [...graph.values()].reduce((n, e) => n + e.length, 0), cycles, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const r = importGraph();
  for (const p of r.problems) console.log(p);
  console.log(
    `${r.modules} modules, ${r.edges} imports: ${r.cycles.length} cycle${r.cycles.length === 1 ? "" : "s"}, ${r.problems.length} problem${r.problems.length === 1 ? "" : "s"}`,
  );
  process.exit(r.problems.length ? 1 : 0);
}
