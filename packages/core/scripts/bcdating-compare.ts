/**
 * kitchin's BBQ against R BCDating 0.9.8 on the 300 reference series: the agreement
 * table of docs/turning-points.md and one line per differing series with its class and the turns
 * only one dater has. The classes are explained in scripts/lib/bcdatingCompare.ts.
 * Run: `pnpm --filter @kitchin/core exec tsx scripts/bcdating-compare.ts [../../../shared/reference/bcdating]`.
 */
import { CLASSES, compareAll } from "./lib/bcdatingCompare.ts";
import { readReference } from "./lib/bcdatingReference.ts";

const dir = process.argv[2] ?? new URL("../../../../shared/reference/bcdating", import.meta.url).pathname;
const rows = compareAll(readReference(dir));
const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
console.log(`series: ${rows.length}`);
console.log(`identical: ${count((r) => r.identical)}`);
console.log(`same turns within one observation: ${count((r) => r.withinOne)}`);
for (const c of CLASSES) console.log(`${c}: ${count((r) => r.class === c)}`);
console.log(
  `kitchin rule breaks: ${rows.reduce((s, r) => s + r.kitchinBreaks.length, 0)}; BCDating rule breaks: ${rows.reduce((s, r) => s + r.bcdatingBreaks.length, 0)} in ${count((r) => r.bcdatingBreaks.length > 0)} series`,
);
for (const r of rows) {
  if (r.identical) continue;
  const breaks = [...r.kitchinBreaks.map((x) => `kitchin: ${x}`), ...r.bcdatingBreaks.map((x) => `BCDating: ${x}`)];
  console.log(
    `${r.id} ${r.class}${r.withinOne ? " (±1)" : ""}: kitchin only ${r.onlyKitchin.join(" ") || "—"}; BCDating only ${r.onlyBcdating.join(" ") || "—"}${breaks.length ? "; " + breaks.join("; ") : ""}`,
  );
}
