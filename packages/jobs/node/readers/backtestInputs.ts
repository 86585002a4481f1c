/**
 * Flags and inputs shared by `score`, `backtest`, `compare`, `sweep` and `report`: where prices and
 * phases come from, the window, and the phase mode.
 */
import { say, formatMonth, KitchinError, parseMonth } from "@kitchin/core";
import { backtestWindow, checkCoverage, signalFor, slicePanel, type PricePanel } from "@kitchin/backtest";
import { UsageError } from "../../src/errors.ts";
import { Readers } from "./readers.ts";
import { datasetPrices, type PriceInput } from "./priceInputs.ts";
import { cyclePhases, datasetPhases, filePhases, type Phases } from "./phaseInputs.ts";
import { demandAndInventory } from "./inputs.ts";
import { riskFreeOn } from "./riskFree.ts";
import { vintageSignal } from "./vintagePhases.ts";

export interface Inputs {
  prices: PriceInput;
  phases: Phases;
  /** Window (month indices, inclusive). */
  from: number;
  to: number;
  /** The prices sliced to the window. */
  panel: PricePanel;
  cash?: Float64Array;
  region: "cn" | "us" | null;
  mode: "as-of" | "ex-post";
}

/** What the backtest commands read, as typed options (the CLI parses its flags into them once). */
export interface InputOptions {
  dataset?: string;
  /** `--prices F` and `--phases F`: the user's files. */
  prices?: string;
  phases?: string;
  pricesFormat?: "auto" | "wide" | "long";
  gaps?: "error" | "keep" | "carry";
  /** The phases file was recorded in real time. */
  phasesAsOf?: boolean;
  /** Release lag of the phases file, months. */
  lag?: number;
  /** `classes`, `futures`, `all` or ids separated by commas. */
  assets?: string;
  /** Months as given (`YYYY-MM`). */
  from?: string;
  to?: string;
  /** The mode asked for; undefined = the command's default. */
  mode?: "as-of" | "ex-post";
  /** `--file F` with its `--inventory`/`--demand` columns: phases computed from the user's data. */
  file?: string;
  inventory?: string;
  demand?: string;
  sheet?: string;
  dateColumn?: string;
  /** `--risk-free zero|shipped|ID` (riskFree.ts); undefined = shipped with a dataset, zero otherwise. */
  riskFree?: string;
  /** `--vintages`: the as-of signal from the shipped FRED-MD vintages (vintagePhases.ts). */
  vintages?: boolean;
}

/** Phases from the user's `--file` columns, as `kitchin phase --file` computes them (the file's `--lag` applied). */
async function ownPhases(i: InputOptions, mode: "as-of" | "ex-post", readers: Readers): Promise<Phases> {
  const q = {
    file: i.file!,
    lag: i.lag ?? 0,
    inventory: i.inventory,
    demand: i.demand,
    sheet: i.sheet,
    dateColumn: i.dateColumn,
  };
  const { revenue, inventory } = await demandAndInventory(q, readers);
  return cyclePhases(revenue, inventory, { mode });
}

/** Prices, phases and the window for the backtest commands and the main job. */
export async function backtestInputs(
  i: InputOptions,
  o: { defaultMode: "as-of" | "ex-post"; assets: "classes" | "all" },
  readers = new Readers(),
): Promise<Inputs> {
  const { dataset, prices: pricesFile, phases: phasesFile, file: dataFile } = i;
  if (dataFile) {
    if (phasesFile) throw new UsageError(say("fileOrPhases"));
    if (dataset) throw new UsageError(say("datasetOrFilePrices"));
    if (!pricesFile) throw new UsageError(say("filePricesMissing"));
  } else if (!dataset && !(pricesFile && phasesFile)) {
    throw new UsageError(say("noBacktestInput"));
  }
  if (dataset && dataset !== "cn" && dataset !== "us")
    throw new UsageError(say("flagMustBe", { flag: "dataset", allowed: ["cn", "us"], got: dataset }));
  const region = (dataset ?? null) as "cn" | "us" | null;
  const asked = i.mode ?? o.defaultMode;
  // A user's phase file is ex-post unless declared as recorded in real time.
  const mode = phasesFile ? (i.phasesAsOf && i.mode !== "ex-post" ? "as-of" : "ex-post") : asked;
  const assetSpec = i.assets;
  const prices = pricesFile
    ? await readers.priceFile(pricesFile, {
        format: i.pricesFormat ?? "auto",
        assets: assetSpec
          ? assetSpec
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean)
          : undefined,
        gaps: i.gaps ?? "error",
      })
    : datasetPrices(region!, assetSpec, o.assets);
  let phases = phasesFile
    ? await filePhases(phasesFile, { asOf: i.phasesAsOf ?? false, releaseLag: i.lag ?? 0 })
    : dataFile
      ? await ownPhases(i, mode, readers)
      : datasetPhases(region!, { mode });
  if (phasesFile && i.mode === "as-of" && !i.phasesAsOf) {
    throw new UsageError(say("phasesAsOfNeeded"));
  }
  if (phasesFile) phases.signal = { ...phases.signal, mode };
  if (i.vintages) {
    if (!region || phasesFile || dataFile) throw new UsageError(say("vintagesNeedUs"));
    if (mode !== "as-of") throw new UsageError(say("vintagesAsOf"));
    phases = vintageSignal(region, phases);
  }
  const panelEnd = prices.panel.start + prices.panel.months - 1;
  const signal = signalFor(phases, mode, "trade");
  const fromFlag = i.from;
  const toFlag = i.to;
  const w = backtestWindow(prices.panel, signal, {
    from: fromFlag ? parseMonth(fromFlag, "--from") : undefined,
    to: toFlag ? parseMonth(toFlag, "--to") : undefined,
    fixedEnd: !!phasesFile,
    // Own prices end like the shipped ones: at the last month every asset still traded has a price.
    commonEnd: true,
  });
  let { from, to } = w;
  if (w.trimmedTo !== undefined) prices.notes.push(say("windowTrimmed", { to: formatMonth(to) }));
  if (to < from) throw new UsageError(say("fromAfterTo", { from: formatMonth(from), to: formatMonth(to) }));
  if (from < prices.panel.start || to > panelEnd) {
    if (fromFlag || toFlag) {
      throw new KitchinError(
        "no-overlap",
        say("windowOutsidePrices", {
          from: formatMonth(from),
          to: formatMonth(to),
          start: formatMonth(prices.panel.start),
          end: formatMonth(panelEnd),
        }),
        pricesFile ? { file: pricesFile } : {},
      );
    }
    from = Math.max(from, prices.panel.start);
    to = Math.min(to, panelEnd);
  }
  // A user's phase file must cover the prices it is matched with (no silent unknown months).
  if (phasesFile) checkCoverage(signal.timeline, from, to, signal.signalLag, phasesFile);
  const panel = slicePanel(prices.panel, from, to);
  const rf = riskFreeOn(i.riskFree, region, prices.panel);
  prices.cash = rf.cash;
  prices.cashLabel = rf.label;
  const cash = rf.cash ? rf.cash.slice(from - prices.panel.start, to - prices.panel.start + 1) : undefined;
  if (cash) {
    let missing = 0;
    for (let t = 1; t < cash.length; t++) if (cash[t] !== cash[t]) missing++;
    if (missing) prices.notes.push(say("riskFreeGap", { id: rf.label!, n: missing }));
  }
  return { prices, phases, from, to, panel, cash, region, mode };
}
