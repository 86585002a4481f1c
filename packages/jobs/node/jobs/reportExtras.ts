/**
 * What the report shows beyond the overview job, computed here so that the report package only
 * draws: the walk-forward rotation's growth line (the headline's own out-of-sample returns), the
 * region's leading-indicator table and China–US synchronisation, the US imports-vs-inventories
 * divergence and sector contributions, and the industry breadth with the China–US pairs.
 */
import { HEADLINE_CANDIDATES, runStrategy, walkForward, type Headline } from "@kitchin/backtest";
import type { Inputs } from "../readers/backtestInputs.ts";
import { specContext } from "../readers/seriesSpecs.ts";
import { industriesData, pairsData, type IndustriesData, type PairsData } from "../readers/industries.ts";
import { CONTRIB_DEFAULTS, computeContrib, type ContribData, type ContribDivergence } from "./contrib.ts";
import { leadTableSection, type LeadTableData } from "./lead.ts";
import { strategyOf } from "../../src/strategies.ts";
import type { Runs } from "./strategies.ts";
import { syncSection, type SyncData } from "./sync.ts";

/** A growth line: monthly returns on an axis from `start`, drawn from `first` to `last`. */
export interface GrowthLine {
  start: number;
  returns: Float64Array;
  first: number;
  last: number;
}

export interface ReportExtras {
  /** The headline's walk-forward rotation as a line of the growth chart (null: no headline). */
  headlineGrowth: GrowthLine | null;
  macro: { lead: LeadTableData; sync: SyncData } | null;
  contrib: { divergence: ContribDivergence; sectors: ContribData } | null;
  industries: { data: IndustriesData; pairs: PairsData } | null;
}

/**
 * The headline's walk-forward rotation as a growth line: the same candidates, runs and walk-forward
 * as `runHeadline` (strategies.ts, backtest walkforward/headline.ts) — its stitched out-of-sample
 * returns, switch costs included — on the strategies' axis; nothing is fitted anew.
 */
export function headlineGrowth(inp: Inputs, runs: Runs, h: Headline | null): GrowthLine | null {
  if (!h) return null;
  const specs = HEADLINE_CANDIDATES.filter((s) => h.candidates.includes(s));
  if (!specs.length) return null;
  const candidates = specs.map((s) => runStrategy(strategyOf(s, runs.context), runs.market));
  const wf = walkForward(candidates, {
    fit: h.fit,
    test: h.test,
    window: "expanding",
    objective: "sharpe",
    riskFree: inp.cash,
  });
  let first = -1,
    last = -1;
  for (let t = 0; t < wf.oosReturns.length; t++)
    if (Number.isFinite(wf.oosReturns[t])) first < 0 && (first = t), (last = t);
  // growth of 1 from the month before the first out-of-sample return
  return first < 1 ? null : { start: wf.start, returns: wf.oosReturns, first: first - 1, last };
}

/** The report's extra sections for a shipped region (none for the user's own data). */
export async function reportExtras(inp: Inputs, runs: Runs, h: Headline | null): Promise<ReportExtras> {
  const region = inp.region;
  let contrib: ReportExtras["contrib"] = null;
  if (region === "us") {
    const ctx = await specContext();
    const divergence = computeContrib({ total: "us.imports_gs", components: [], vs: "us.inventory", window: 12 }, ctx)
      .divergence!;
    const { total, components } = CONTRIB_DEFAULTS.us;
    contrib = { divergence, sectors: computeContrib({ total, components: [...components], window: 12 }, ctx) };
  }
  return {
    headlineGrowth: headlineGrowth(inp, runs, h),
    macro: region ? { lead: leadTableSection(region), sync: syncSection() } : null,
    contrib,
    industries: region ? { data: industriesData(region), pairs: pairsData() } : null,
  };
}
