/**
 * The shipped asset universes of each region (the catalog's price series): asset classes
 * (equities, government bonds, commodities — note 003 §8), commodity futures (note 004) and the
 * cash series used for Sharpe ratios and uninvested weight.
 */
import { say, type Note } from "@kitchin/core";
import { catalog } from "./catalog.ts";

/** Financial futures (stock-index and bond futures) are not commodities. */
const FINANCIAL_FUTURES = new Set([
  "cn.fut.if",
  "cn.fut.ih",
  "cn.fut.ic",
  "cn.fut.im",
  "cn.fut.t",
  "cn.fut.tf",
  "cn.fut.ts",
]);

export interface Universe {
  /** Asset class → series id (the investment-clock map uses these). */
  classes: { equities: string; bonds: string; commodities: string };
  /** Extra class members shown next to the three (e.g. gold in the US). */
  extraClasses: string[];
  futures: string[];
  /** Total-return index of cash (CN: 1-year CGB yield; US: 3-month bills), or null when the dataset ships none. */
  cash: string | null;
  notes: Note[];
}

export function universe(region: "cn" | "us"): Universe {
  if (region === "cn") {
    return {
      classes: { equities: "cn.csi300", bonds: "cn.cgb10y_tr", commodities: "cn.nanhua" },
      extraClasses: [],
      futures: catalog.filter((e) => e.id.startsWith("cn.fut.") && !FINANCIAL_FUTURES.has(e.id)).map((e) => e.id),
      cash: "cn.cash_tr",
      notes: [],
    };
  }
  return {
    classes: { equities: "us.spx", bonds: "us.ust10y_tr", commodities: "us.wti" },
    extraClasses: ["us.gold"],
    futures: [],
    cash: "us.tbill_tr",
    notes: [say("usMonthlyAverages")],
  };
}

/** Expands `--assets`: `classes`, `futures`, `all`, or ids separated by commas (groups may be mixed in). */
export function assetList(region: "cn" | "us", spec: string | undefined, fallback: "classes" | "all"): string[] {
  const u = universe(region);
  const classes = [u.classes.equities, u.classes.bonds, u.classes.commodities, ...u.extraClasses];
  const out: string[] = [];
  for (const part of (spec ?? fallback)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (part === "classes") out.push(...classes);
    else if (part === "futures") out.push(...u.futures);
    else if (part === "all") out.push(...classes, ...u.futures);
    else out.push(part);
  }
  return [...new Set(out)];
}
