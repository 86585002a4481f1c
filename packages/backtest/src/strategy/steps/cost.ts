/** Trading cost in basis points of turnover (methods.md §9: cost = bps × turnover). */
import type { Step } from "../types.ts";

export function costBps(bps: number): Step {
  if (!(bps >= 0) || !Number.isFinite(bps)) throw new Error(`costBps: bps must be a non-negative number, got ${bps}`);
  return {
    name: `costBps(${bps})`,
    sets: ["cost"],
    run(ctx) {
      ctx.costBps = bps;
      return true;
    },
  };
}
