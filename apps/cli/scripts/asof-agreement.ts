/**
 * The table in docs/phases.md: how often the real-time (as-of) state of a series agrees with its
 * ex-post state, and how many state switches each makes, for several `reversal`/`confirm`
 * settings. Run: `pnpm --filter @kitchin/cli exec tsx scripts/asof-agreement.ts`.
 */
import { realtimeStates, statesFromTurns, turns, type TurnPreset } from "@kitchin/core";
import { analysisView } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";

const SERIES: [string, TurnPreset][] = [
  ["cn.inventory_yoy", "inventory"],
  ["cn.demand_yoy", "monthly"],
  ["us.inventory_yoy", "inventory"],
  ["us.sales_yoy", "monthly"],
];
const SETTINGS: [number, number][] = [
  [0.5, 1],
  [0.5, 2],
  [1, 1],
  [1, 2],
  [1, 3],
  [1.5, 2],
  [2, 2],
  [3, 2],
];

const switches = (s: Int8Array) => {
  let n = 0;
  for (let i = 1; i < s.length; i++) if (s[i] !== s[i - 1] && s[i - 1] !== 0 && s[i] !== 0) n++;
  return n;
};

console.log(`| reversal, confirm | ${SERIES.map(([id]) => id).join(" | ")} |`);
console.log(`| --- | ${SERIES.map(() => "---").join(" | ")} |`);
for (const [reversal, confirm] of SETTINGS) {
  const cells = SERIES.map(([id, preset]) => {
    const v = analysisView(loadSeries(id)).values;
    const ex = statesFromTurns(v.length, turns(v, {}, preset));
    const rt = realtimeStates(v, { reversal, confirm });
    let agree = 0,
      n = 0;
    for (let i = 0; i < v.length; i++)
      if (ex[i] !== 0 && rt[i] !== 0) {
        n++;
        if (ex[i] === rt[i]) agree++;
      }
    return `${Math.round((100 * agree) / n)} % (${switches(rt)} vs ${switches(ex)})`;
  });
  console.log(`| ${reversal}, ${confirm} | ${cells.join(" | ")} |`);
}
