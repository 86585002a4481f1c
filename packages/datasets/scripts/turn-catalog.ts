/**
 * Prints the turning points of every shipped series and vintage with both methods and the
 * `monthly` and `inventory` presets, one line each (`P` peak, `T` trough), and counts wrong-way
 * phases and, per method, turns that are not the extreme of their phases (`turnExtremeBreaks`:
 * allowed moves are BBQ rule breaks; forbidden ones are counted by the rule that forbids them).
 * Two runs on two commits diff into the before/after tables of docs/turning-points.md.
 * Run: `pnpm --filter @kitchin/datasets exec tsx scripts/turn-catalog.ts [--breaks]`
 * (`--breaks` lists every such turn on stderr).
 */
import { formatMonth, turnExtremeBreaks, turns, type TurnMethod, type TurnPreset } from "@kitchin/core";
import { analysisView, catalog, vintages } from "../src/index.ts";
import { loadEntry } from "../src/node.ts";

const listBreaks = process.argv.includes("--breaks");
let wrongWay = 0;
const breaks: Record<string, { turns: number; datings: number; held: number; forbidden: Record<string, number> }> = {};
for (const e of [...catalog, ...vintages]) {
  const s = analysisView(loadEntry(e));
  for (const method of ["bbq", "bry-boschan"] as TurnMethod[]) {
    const tally = (breaks[method] ??= { turns: 0, datings: 0, held: 0, forbidden: {} });
    for (const preset of ["monthly", "inventory"] as TurnPreset[]) {
      const key = `${e.id}${e.vintage ? "@" + e.vintage : ""} ${method} ${preset}`;
      let line: string;
      try {
        const t = turns(s.values, { method }, preset);
        for (let k = 1; k < t.length; k++) {
          const move = t[k].type === "peak" ? t[k].value - t[k - 1].value : t[k - 1].value - t[k].value;
          if (!(move > 0)) wrongWay++;
        }
        let broken = 0;
        for (const b of turnExtremeBreaks(s.values, t, { method }, preset)) {
          if (b.forbiddenBy.length === 0) broken++;
          else tally.held++;
          for (const r of b.forbiddenBy) tally.forbidden[r] = (tally.forbidden[r] ?? 0) + 1;
          if (listBreaks) {
            const why = b.forbiddenBy.length ? `forbidden by ${b.forbiddenBy.join(", ")}` : "allowed";
            console.error(
              `${key}: ${b.turn.type} ${formatMonth(s.start + b.turn.index)} (${b.turn.value}) beaten by ${formatMonth(s.start + b.better.index)} (${b.better.value}), ${why}`,
            );
          }
        }
        tally.turns += broken;
        if (broken > 0) tally.datings++;
        line = t.map((x) => (x.type === "peak" ? "P" : "T") + formatMonth(s.start + x.index)).join(" ");
      } catch (err) {
        line = `(${(err as Error).message})`;
      }
      console.log(`${key}: ${line}`);
    }
  }
}
console.error(`wrong-way phases: ${wrongWay}`);
for (const [method, b] of Object.entries(breaks)) {
  const forbidden =
    Object.entries(b.forbidden)
      .map(([r, n]) => `${r} ${n}`)
      .join(", ") || "none";
  console.error(
    `${method}: ${b.turns} turns in ${b.datings} datings beaten by an allowed candidate between their neighbours; ${b.held} turns beaten only by candidates a rule forbids (${forbidden})`,
  );
}
