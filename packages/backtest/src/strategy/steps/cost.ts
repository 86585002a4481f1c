/** Trading cost in basis points of turnover (methods.md §9: cost = bps × turnover). */
import { settingStep, type Step } from "../types.ts";

export function costBps(bps: number): Step {
  return settingStep(
    "costBps",
    "bps",
    bps,
    bps >= 0 && Number.isFinite(bps),
    "a non-negative number",
    "cost",
    (ctx) => (ctx.costBps = bps),
  );
}
