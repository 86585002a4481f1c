/**
 * Prints the turning points of every shipped series and vintage with both methods and the
 * `monthly` and `inventory` presets, one line each (`P` peak, `T` trough), and counts wrong-way
 * phases. Two runs on two commits diff into the before/after table of docs/turning-points.md.
 * Run: `pnpm --filter @kitchin/datasets exec tsx scripts/turn-catalog.ts`.
 */
import { formatMonth, turns, type TurnMethod, type TurnPreset } from "@kitchin/core";
import { analysisView, catalog, vintages } from "../src/index.ts";
import { loadEntry } from "../src/node.ts";

let wrongWay = 0;
for (const e of [...catalog, ...vintages]) {
  const s = analysisView(loadEntry(e));
  for (const method of ["bbq", "bry-boschan"] as TurnMethod[]) {
    for (const preset of ["monthly", "inventory"] as TurnPreset[]) {
      const key = `${e.id}${e.vintage ? "@" + e.vintage : ""} ${method} ${preset}`;
      let line: string;
      try {
        const t = turns(s.values, { method }, preset);
        for (let k = 1; k < t.length; k++) {
          const move = t[k].type === "peak" ? t[k].value - t[k - 1].value : t[k - 1].value - t[k].value;
          if (!(move > 0)) wrongWay++;
        }
        line = t.map((x) => (x.type === "peak" ? "P" : "T") + formatMonth(s.start + x.index)).join(" ");
      } catch (err) {
        line = `(${(err as Error).message})`;
      }
      console.log(`${key}: ${line}`);
    }
  }
}
console.error(`wrong-way phases: ${wrongWay}`);
