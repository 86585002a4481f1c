/**
 * Strategies are stacks of small steps, the way `bt` composes algos (`RunMonthly`, `SelectAll`,
 * `WeighEqually`, `Rebalance`): each step does one thing to a shared context and returns `false`
 * to skip rebalancing this month. The runner walks month-ends in order, so a step at month-end `t`
 * can only use what the context exposes up to `t` — prices and returns through `t`, and the phase
 * signal as known at `t` (methods.md §9).
 */
import { KitchinError } from "@kitchin/core";
import type { PricePanel } from "../panel/panel.ts";
import type { PhaseTimeline } from "../timeline/timeline.ts";
import { monthlyReturns } from "../returns/returns.ts";

/** Read-only market data shared by every strategy run (and by every configuration of a sweep). */
export interface Market {
  readonly panel: PricePanel;
  /** `monthlyReturns(panel)`. */
  readonly returns: Float64Array;
  /** Cash return per month on the panel axis (uninvested weight earns it); zero if absent. */
  readonly cash?: Float64Array;
  readonly cashLabel?: string;
  /** Memo shared across runs: prepared signals and score histories keyed by timeline and lag. */
  readonly memo: Map<unknown, unknown>;
}

export function market(panel: PricePanel, cash?: Float64Array, cashLabel?: string): Market {
  if (cash && cash.length !== panel.months) {
    throw new Error(`cash series covers ${cash.length} months, the panel ${panel.months}`);
  }
  return { panel, returns: monthlyReturns(panel), cash, cashLabel, memo: new Map() };
}

export interface StepContext {
  readonly market: Market;
  /** Decision month-end (column index). Weights set now are held over month `t + 1`. */
  t: number;
  /** Release lag of the macro data in months (set by `releaseLag`). */
  lag: number;
  /** The phase timeline the signal step reads. */
  timeline: PhaseTimeline | null;
  /** Phase known at `t` (−1 unknown). */
  phase: number;
  /** True once any step used ex-post information. */
  exPost: boolean;
  /** Selected asset rows, `selected[0..nSelected)`. */
  selected: Int32Array;
  nSelected: number;
  /** Per-asset score the selection used (for weighting by score); `NaN` = none. */
  scores: Float64Array;
  /** Weights from a user map (set by `selectByMap`). */
  mapWeights: Float64Array | null;
  /** Target weights to hold from `t` to `t + 1`; the remainder is cash. */
  target: Float64Array;
  /** Weights held going into `t` after drifting with returns. */
  current: Float64Array;
  costBps: number;
  /** Per-run scratch space for steps (e.g. the last rebalance month). */
  readonly state: Map<string, unknown>;
  /** Warnings steps want to report once. */
  readonly warnings: Set<string>;
}

/**
 * What a step sets in the context for the steps after it, or needs from the steps before it:
 * `lag` (releaseLag; 0 otherwise), `signal` (the timeline and the phase known at `t`), `selection`
 * (`selected`/`nSelected`), `scores`, `mapWeights`, `weights` (`target`), `cost` (`costBps`).
 */
export type StepField = "lag" | "signal" | "selection" | "scores" | "mapWeights" | "weights" | "cost";

export interface Step {
  readonly name: string;
  /** Fields this step sets for the steps after it. */
  readonly sets?: readonly StepField[];
  /** Fields an earlier step must set; `strategy()` checks the order when the strategy is built. */
  readonly requires?: readonly StepField[];
  run(ctx: StepContext): boolean;
}

export interface Strategy {
  readonly name: string;
  readonly steps: readonly Step[];
}

/**
 * A strategy from its steps, checked when it is built: every field a step requires must be set by a
 * step before it, so a mis-ordered stack fails here with the step's name instead of mid-run.
 */
export function strategy(name: string, steps: readonly Step[]): Strategy {
  const set = new Set<StepField>(["lag"]); // the release lag defaults to 0
  for (const s of steps) {
    for (const r of s.requires ?? []) {
      if (!set.has(r)) {
        const by =
          r === "signal"
            ? "phaseSignal"
            : r === "selection"
              ? "a select step"
              : r === "scores"
                ? "selectTopK"
                : r === "mapWeights"
                  ? "selectByMap"
                  : "a step";
        throw new KitchinError(
          "bad-option",
          `strategy "${name}": ${s.name} needs ${r}, which no step before it sets (put ${by} before it)`,
        );
      }
    }
    for (const f of s.sets ?? []) set.add(f);
  }
  return { name, steps };
}

/**
 * A step that only sets one number of the context (`releaseLag`, `costBps`): `value` is checked when
 * the step is made (`valid`, else an error saying it must be `rule`), and named in the step's name.
 */
export function settingStep(
  fn: string,
  param: string,
  value: number,
  valid: boolean,
  rule: string,
  field: StepField,
  set: (ctx: StepContext) => void,
): Step {
  if (!valid) throw new Error(`${fn}: ${param} must be ${rule}, got ${value}`);
  return {
    name: `${fn}(${value})`,
    sets: [field],
    run(ctx) {
      set(ctx);
      return true;
    },
  };
}
