/**
 * The flags that several commands share, declared once: where inputs come from, the cycle and
 * outlook options, the backtest inputs and how strategies run. A command spreads the groups it takes;
 * requests.ts turns them into the jobs' typed requests.
 */
import { BACKTEST_DEFAULTS } from "@kitchin/backtest";
import type { FlagSpecs } from "./args.ts";
import { OUTPUT_FLAGS, PHASE_RULE_FLAGS, monthFlags } from "./options.ts";
import { TODAY_FLAG } from "./now.ts";

export const INPUT_FLAGS = {
  dataset: { type: "string", arg: "cn|us", description: "shipped data: China (cn) or the United States (us)" },
  file: { type: "string", arg: "F", description: "a CSV or XLSX file (Wind/Choice exports load as they are)" },
  sheet: { type: "string", arg: "NAME", with: ["file"], description: "sheet of an XLSX file (default: the first)" },
  "date-column": {
    type: "string",
    arg: "NAME",
    with: ["file"],
    description: "column holding the dates (default: the first)",
  },
  lag: {
    type: "string",
    arg: "N",
    value: "number",
    with: ["file"],
    description: "release lag of the file's data in months (default 0)",
  },
} as const;

export const PHASE_INPUT_FLAGS = {
  ...INPUT_FLAGS,
  inventory: { type: "string", arg: "ID|COLUMN", description: "inventory series: shipped id or file column" },
  demand: {
    type: "string",
    arg: "ID|COLUMN",
    description: "demand series (revenue, sales): shipped id or file column",
  },
  revenue: { type: "string", arg: "ID|COLUMN", description: "old spelling of --demand", deprecatedFor: "demand" },
} as const;

/** The flags of every command that runs a cycle analysis (`phase`, `cycles`, `overview`), besides its own. */
export const CYCLE_FLAGS = {
  "as-of": { type: "string", arg: "YYYY-MM", description: "use only what was known at the end of this month" },
  ...TODAY_FLAG,
  ...PHASE_RULE_FLAGS,
  ...OUTPUT_FLAGS,
} as const;

export const OUTLOOK_FLAGS = {
  horizons: {
    type: "string",
    arg: "1,3,6",
    value: "numbers",
    whole: true,
    min: 1,
    description: "months ahead for the odds of a phase change (default 1,3,6)",
  },
  deflator: {
    type: "string",
    arg: "ID|COLUMN",
    description: "PPI YoY for the real call: shipped id or file column (default: the region's PPI; none with --file)",
  },
  "demand-kind": {
    type: "string",
    arg: "yoy|cumulative_yoy",
    choices: ["yoy", "cumulative_yoy"],
    with: ["file"],
    description:
      "with --file: the demand growth is of one month (yoy) or year to date (cumulative_yoy); decides the deflator rule",
  },
} as const;

export const BACKTEST_INPUT_FLAGS: FlagSpecs = {
  dataset: {
    type: "string",
    arg: "cn|us",
    description: "shipped prices and phases: China (cn) or the United States (us)",
  },
  prices: {
    type: "string",
    arg: "F",
    description:
      "your month-end (or daily) prices, CSV/XLSX, wide (date + one column per asset) or long (date,asset,price)",
  },
  "prices-format": {
    type: "string",
    arg: "auto|wide|long",
    choices: ["auto", "wide", "long"],
    with: ["prices"],
    description: "layout of --prices (default auto)",
  },
  phases: {
    type: "string",
    arg: "F",
    description:
      "your phase timeline: date,phase with the phase ids (passive-destock, active-restock, passive-restock, active-destock, unknown)",
  },
  "phases-as-of": {
    type: "boolean",
    with: ["phases"],
    description:
      "the --phases file was recorded in real time (otherwise it is treated as ex-post: dated with hindsight)",
  },
  file: {
    type: "string",
    arg: "F",
    description:
      "your demand and inventory data (CSV/XLSX, Wind/Choice exports as they are): phases computed as of each month, with --inventory COL --demand COL and --prices P",
  },
  inventory: { type: "string", arg: "COLUMN", with: ["file"], description: "with --file: the inventory column" },
  demand: {
    type: "string",
    arg: "COLUMN",
    with: ["file"],
    description: "with --file: the demand column (revenue, sales)",
  },
  revenue: { type: "string", arg: "COLUMN", description: "old spelling of --demand", deprecatedFor: "demand" },
  sheet: { type: "string", arg: "NAME", with: ["file"], description: "sheet of an XLSX --file (default: the first)" },
  "date-column": {
    type: "string",
    arg: "NAME",
    with: ["file"],
    description: "column of --file holding the dates (default: the first)",
  },
  lag: {
    type: "string",
    arg: "N",
    value: "number",
    with: ["file", "phases"],
    description:
      "release lag in months of the --file data, or of the --phases file (the phase of month m is known at m+N; default 0)",
  },
  assets: {
    type: "string",
    arg: "LIST",
    description: "assets: ids separated by commas, or classes|futures|all with --dataset",
  },
  ...monthFlags("the window"),
  mode: {
    type: "string",
    arg: "as-of|ex-post",
    choices: ["as-of", "ex-post"],
    description:
      "phases known in real time, or dated with hindsight (then every output says it uses future information)",
  },
  vintages: {
    type: "boolean",
    with: ["dataset"],
    description:
      "--dataset us, as-of: read the trading signal from the FRED-MD vintages that ship (real-time data as published) instead of the latest revised data",
  },
  "risk-free": {
    type: "string",
    arg: "zero|shipped|ID",
    description:
      "cash rate for uninvested weight and Sharpe ratios: zero, the region's shipped rate (default with --dataset: CN 1-year CGB yield, US 3-month bill), or a series id (an index or a yield)",
  },
  gaps: {
    type: "string",
    arg: "error|keep|carry",
    choices: ["error", "keep", "carry"],
    with: ["prices"],
    description:
      "--prices: a missing price inside an asset's history is an error (default), kept missing, or carried forward",
  },
  format: { type: "string", arg: "table|json|csv", description: "output format (default table)" },
  out: { type: "string", arg: "F", description: "also write the results to F (.csv, .json or .xlsx)" },
};

export const STRATEGY_FLAGS: FlagSpecs = {
  cost: {
    type: "string",
    arg: "BPS",
    value: "number",
    description: `trading cost in basis points of turnover (default ${BACKTEST_DEFAULTS.costBps})`,
  },
  fallback: {
    type: "string",
    arg: "all|cash",
    choices: ["all", "cash"],
    description: "top-k: what to hold before a phase has any ended episode (default all)",
  },
  "split-by": {
    type: "string",
    arg: "signal|ex-post",
    choices: ["signal", "ex-post"],
    description: "split returns by the phase acted on (default) or by the ex-post phase of the month",
  },
};
