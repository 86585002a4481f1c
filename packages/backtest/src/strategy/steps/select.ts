/**
 * What to hold (bt's `SelectAll`, `SelectThese`, plus the rotation selections of methods.md §9).
 * Only assets with a price at the decision month-end are eligible.
 */
import { KitchinError, PHASE_IDS, PHASE_UNKNOWN, say, type PhaseId } from "@kitchin/core";
import type { Step, StepContext } from "../types.ts";
import { assetIndex } from "../../panel/panel.ts";
import { prepared } from "../prepared.ts";

function eligible(ctx: StepContext, a: number): boolean {
  const { panel } = ctx.market;
  const p = panel.prices[a * panel.months + ctx.t];
  return p === p;
}

export function selectAll(): Step {
  return {
    name: "selectAll",
    sets: ["selection"],
    run(ctx) {
      ctx.nSelected = 0;
      for (let a = 0; a < ctx.market.panel.assets.length; a++) if (eligible(ctx, a)) ctx.selected[ctx.nSelected++] = a;
      return true;
    },
  };
}

export function selectAssets(ids: readonly string[]): Step {
  let rows: number[] | null = null;
  return {
    name: `selectAssets(${ids.join(",")})`,
    sets: ["selection"],
    run(ctx) {
      rows ??= ids.map((id) => assetIndex(ctx.market.panel, id));
      ctx.nSelected = 0;
      for (const a of rows) if (eligible(ctx, a)) ctx.selected[ctx.nSelected++] = a;
      return true;
    },
  };
}

export interface TopKOptions {
  /** What to hold when the current phase has no ended episode yet or is unknown: everything (default) or cash. */
  fallback?: "all" | "cash";
}

/**
 * The `k` assets with the best note-004 score in the current phase (ties: higher mean episode
 * return), estimated only from episodes that ended before the decision month. Place after
 * `phaseSignal`.
 */
export function selectTopK(k: number, opts: TopKOptions = {}): Step {
  if (!(k >= 1) || !Number.isInteger(k)) throw new Error(`selectTopK: k must be a positive integer, got ${k}`);
  const fallback = opts.fallback ?? "all";
  return {
    name: `selectTopK(${k})`,
    requires: ["signal"],
    sets: ["selection", "scores"],
    run(ctx) {
      if (!ctx.timeline) throw new Error("selectTopK needs a phaseSignal step before it");
      const h = prepared(ctx.market, ctx.timeline, ctx.lag);
      const n = ctx.market.panel.assets.length;
      ctx.nSelected = 0;
      ctx.scores.fill(NaN);
      const snap = ctx.phase === PHASE_UNKNOWN ? -1 : h.snapshotAt[ctx.t * 4 + ctx.phase];
      if (snap < 0) {
        if (fallback === "all") for (let a = 0; a < n; a++) if (eligible(ctx, a)) ctx.selected[ctx.nSelected++] = a;
        return true;
      }
      const o = snap * n;
      // Partial selection sort of the eligible assets with a score: k is small.
      let m = 0;
      const cand = ctx.selected;
      for (let a = 0; a < n; a++) if (h.score[o + a] === h.score[o + a] && eligible(ctx, a)) cand[m++] = a;
      const take = Math.min(k, m);
      for (let i = 0; i < take; i++) {
        let best = i;
        for (let j = i + 1; j < m; j++) {
          const x = cand[j];
          const b = cand[best];
          const d = h.score[o + x] - h.score[o + b];
          if (d > 0 || (d === 0 && h.mean[o + x] > h.mean[o + b])) best = j;
        }
        const tmp = cand[i];
        cand[i] = cand[best];
        cand[best] = tmp;
        ctx.scores[cand[i]] = h.score[o + cand[i]];
      }
      ctx.nSelected = take;
      return true;
    },
  };
}

/** A user map phase → {asset: weight}; e.g. the investment clock. Unmapped or unknown phase → cash. */
export type PhaseWeights = Partial<Record<PhaseId, Record<string, number>>>;

export function selectByMap(map: PhaseWeights): Step {
  let rows: { a: number[]; w: number[] }[] | null = null;
  return {
    name: "selectByMap",
    requires: ["signal"],
    sets: ["selection", "mapWeights"],
    run(ctx) {
      if (!rows) {
        rows = PHASE_IDS.map((id) => {
          const m = map[id] ?? {};
          const a: number[] = [];
          const w: number[] = [];
          for (const [asset, weight] of Object.entries(m)) {
            if (!(weight >= 0) || !Number.isFinite(weight))
              throw new KitchinError("bad-option", say("mapWeightNegative", { asset, phase: id, weight }));
            a.push(assetIndex(ctx.market.panel, asset));
            w.push(weight);
          }
          const s = w.reduce((x, y) => x + y, 0);
          if (s > 1 + 1e-9) throw new KitchinError("bad-option", say("mapWeightsOverOne", { phase: id, sum: s }));
          return { a, w };
        });
      }
      ctx.nSelected = 0;
      const mw = (ctx.mapWeights ??= new Float64Array(ctx.market.panel.assets.length));
      mw.fill(0);
      if (ctx.phase < 0) return true;
      const r = rows[ctx.phase];
      for (let i = 0; i < r.a.length; i++) {
        if (!eligible(ctx, r.a[i]) || r.w[i] === 0) continue;
        ctx.selected[ctx.nSelected++] = r.a[i];
        mw[r.a[i]] = r.w[i];
      }
      return true;
    },
  };
}
