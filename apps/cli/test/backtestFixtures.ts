/** Synthetic prices and phases shared by the backtest command tests. */
import { tmpFile } from "./helpers.ts";

export const IDS = ["passive-destock", "active-restock", "passive-restock", "active-destock"];
const month = (t: number) => `${2000 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;

/** 10 cycles of 12 months, 3 per phase. "gold" rises 4%/month in passive destocking only. */
export function fixtures(prefix: string, n = 121) {
  const code = (t: number) => Math.floor(((t + 11) % 12) / 3);
  const assets = {
    gold: (t: number) => (code(t) === 0 ? 0.04 : -0.005),
    copper: (t: number) => (code(t) === 1 ? 0.03 : -0.004),
    bond: (t: number) => (code(t) >= 2 ? 0.01 : 0.0),
  };
  const lines = [["date", ...Object.keys(assets)].join(",")];
  const p = Object.fromEntries(Object.keys(assets).map((k) => [k, 100]));
  for (let t = 0; t < n; t++) {
    if (t > 0) for (const [k, f] of Object.entries(assets)) p[k] *= 1 + f(t) + 0.002 * Math.sin(t * (k.length + 1));
    lines.push([`${month(t)}-28`, ...Object.keys(assets).map((k) => p[k].toFixed(4))].join(","));
  }
  const prices = tmpFile(`${prefix}-prices.csv`, lines.join("\n") + "\n");
  const phases = tmpFile(
    `${prefix}-phases.csv`,
    ["date,phase", ...Array.from({ length: n }, (_, t) => `${month(t)},${IDS[code(t)]}`)].join("\n") + "\n",
  );
  return { prices, phases, lines };
}
