/**
 * The leading-indicator table (methods.md §4; note 003 第6则 figure 23 "库存周期领先指标汇总",
 * note 000 §1): one row per indicator against one target, with the turning-point statistics
 * and the cross-correlation's best lag side by side.
 */
import type { Series } from "../series/series.ts";
import { KitchinError } from "../errors.ts";
import { about, say } from "../phases/messages.ts";
import { leadLagSeries, type LeadOptions, type LeadResult } from "./leadLag.ts";
import type { LeadStats } from "./matchTurns.ts";

export interface IndicatorInput {
  name: string;
  series: Series;
  /** Moves against the target (e.g. the inventory/sales ratio against inventory growth). */
  inverted?: boolean;
  /** Per-indicator overrides (window, turning-point rules). */
  options?: LeadOptions;
}

export interface LeadRow extends LeadStats {
  indicator: string;
  inverted: boolean;
  bestLag: number;
  bestCorr: number;
}

export interface LeadTable {
  rows: LeadRow[];
  /** Full results in row order (matches with months, the correlogram). */
  details: LeadResult[];
}

export function leadTable(target: Series, indicators: readonly IndicatorInput[], options: LeadOptions = {}): LeadTable {
  if (indicators.length === 0) throw new KitchinError("empty", say("noIndicators"));
  const rows: LeadRow[] = [];
  const details: LeadResult[] = [];
  for (const ind of indicators) {
    let r: LeadResult;
    try {
      r = leadLagSeries(ind.series, target, {
        ...options,
        ...ind.options,
        inverted: ind.inverted ?? ind.options?.inverted ?? options.inverted,
      });
    } catch (e) {
      if (e instanceof KitchinError) throw new KitchinError(e.code, about(ind.name, e.said), e.place);
      throw e;
    }
    details.push(r);
    rows.push(leadRow(ind.name, r));
  }
  return { rows, details };
}

export function leadRow(indicator: string, r: LeadResult): LeadRow {
  return {
    indicator,
    inverted: r.inverted,
    matched: r.matched,
    missed: r.missed,
    extra: r.extra,
    meanLead: r.meanLead,
    medianLead: r.medianLead,
    minLead: r.minLead,
    maxLead: r.maxLead,
    bestLag: r.bestLag,
    bestCorr: r.bestCorr,
  };
}
