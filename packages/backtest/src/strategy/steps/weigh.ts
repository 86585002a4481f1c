/** How much of each selected asset to hold (bt's `WeighEqually`, `WeighInvVol`, plus by score and by map). */
import type { Step, StepContext, StepField } from "../types.ts";

/**
 * A weighting step: it needs a selection (and `requires`), sets the weights, and starts every month
 * from zero target weights, so `weigh` only sets those of the selected assets (the rest is cash).
 */
function weighingStep(name: string, requires: readonly StepField[], weigh: (ctx: StepContext) => void): Step {
  return {
    name,
    requires: ["selection", ...requires],
    sets: ["weights"],
    run(ctx) {
      ctx.target.fill(0);
      weigh(ctx);
      return true;
    },
  };
}

/**
 * Target weights of the selection proportional to `raw` (one per selected asset, none negative); equal when they sum to
 * 0.
 */
function proportional(ctx: StepContext, raw: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < ctx.nSelected; i++) sum += raw[i];
  for (let i = 0; i < ctx.nSelected; i++) ctx.target[ctx.selected[i]] = sum > 0 ? raw[i] / sum : 1 / ctx.nSelected;
}

export function weighEqually(): Step {
  return weighingStep("weighEqually", [], (ctx) => {
    const w = ctx.nSelected ? 1 / ctx.nSelected : 0;
    for (let i = 0; i < ctx.nSelected; i++) ctx.target[ctx.selected[i]] = w;
  });
}

/**
 * Inverse volatility over the trailing `lookback` monthly returns up to the decision month (at
 * least 3 needed; an asset with too short a history gets the median inverse vol of the others).
 */
export function weighInverseVol(lookback = 12): Step {
  return weighingStep(`weighInverseVol(${lookback})`, [], (ctx) => {
    const { returns, panel } = ctx.market;
    const T = panel.months;
    const inv = new Float64Array(ctx.nSelected);
    for (let i = 0; i < ctx.nSelected; i++) {
      const o = ctx.selected[i] * T;
      let n = 0;
      let s = 0;
      let s2 = 0;
      for (let t = Math.max(1, ctx.t - lookback + 1); t <= ctx.t; t++) {
        const r = returns[o + t];
        if (r === r) n++, (s += r), (s2 += r * r);
      }
      const sd = n >= 3 ? Math.sqrt(Math.max(0, (s2 - (s * s) / n) / (n - 1))) : NaN;
      inv[i] = sd > 0 ? 1 / sd : NaN;
    }
    const known = Array.from(inv)
      .filter((x) => x === x)
      .sort((a, b) => a - b);
    const fill = known.length ? known[known.length >> 1] : 1;
    for (let i = 0; i < ctx.nSelected; i++) if (inv[i] !== inv[i]) inv[i] = fill;
    proportional(ctx, inv);
  });
}

/** Weights proportional to the selection's scores (equal when no selected asset has a positive score). */
export function weighByScore(): Step {
  return weighingStep("weighByScore", ["scores"], (ctx) => {
    const positive = new Float64Array(ctx.nSelected);
    for (let i = 0; i < ctx.nSelected; i++) {
      const s = ctx.scores[ctx.selected[i]];
      positive[i] = s > 0 ? s : 0;
    }
    proportional(ctx, positive);
  });
}

/** The weights a `selectByMap` step set. */
export function weighByMap(): Step {
  return weighingStep("weighByMap", ["mapWeights"], (ctx) => {
    if (!ctx.mapWeights) throw new Error("weighByMap needs a selectByMap step before it");
    for (let i = 0; i < ctx.nSelected; i++) ctx.target[ctx.selected[i]] = ctx.mapWeights[ctx.selected[i]];
  });
}
