/** When to rebalance (bt's `RunMonthly`, `RunEveryNPeriods`, `RunOnce`). */
import type { Step } from "../types.ts";

/** Rebalance at every month-end. */
export function runMonthly(): Step {
  return { name: "runMonthly", run: () => true };
}

/** Rebalance every `n` months, starting with the first month-end of the run. */
export function runEvery(n: number): Step {
  if (!(n >= 1) || !Number.isInteger(n)) throw new Error(`runEvery: n must be a positive integer, got ${n}`);
  return {
    name: `runEvery(${n})`,
    run(ctx) {
      const first = ctx.state.get("first") as number | undefined;
      if (first === undefined) {
        ctx.state.set("first", ctx.t);
        return true;
      }
      return (ctx.t - first) % n === 0;
    },
  };
}

/** Rebalance until the first time the portfolio is invested, then hold (buy-and-hold). */
export function runUntilInvested(): Step {
  return {
    name: "runUntilInvested",
    run(ctx) {
      let s = 0;
      for (let a = 0; a < ctx.current.length; a++) s += ctx.current[a];
      return s === 0;
    },
  };
}

/** Rebalance only when the phase signal changes (and on the first month-end). Place after the signal. */
export function runOnPhaseChange(): Step {
  return {
    name: "runOnPhaseChange",
    requires: ["signal"],
    run(ctx) {
      const last = ctx.state.get("lastPhase") as number | undefined;
      ctx.state.set("lastPhase", ctx.phase);
      return last === undefined || last !== ctx.phase;
    },
  };
}
