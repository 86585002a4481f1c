/**
 * The `options` argument: one string in the style analysts know from Bloomberg's BDH overrides,
 * `"lang=zh; mode=as-of; lag=1"` or `"window=5; minPhase=6"`. Parsed here and nowhere else.
 *
 * Keys are case-insensitive and may be separated by `;` or `,` (also the full-width `；`/`，`
 * a Chinese keyboard types); values are trimmed. An unknown key, a repeated key or a bad value is a
 * `bad-option` error whose message lists what is accepted, so `#VALUE!` tells the user what to fix.
 */
import {
  KitchinError,
  LIMITS,
  PHASE_PRESETS,
  isKitchinError,
  parseMonth,
  say,
  type LimitName,
  type CycleAnalysisOptions,
  type Lang,
  type ReversalOptions,
  type TurnMethod,
  type TurnOptions,
  type TurnPreset,
} from "@kitchin/core";
import { findEntry } from "@kitchin/datasets";

export type OptionKind =
  | { type: "int"; min: number; max: number }
  | { type: "number"; min: number; max: number }
  | { type: "enum"; values: readonly string[] }
  | { type: "bool" }
  | { type: "month" }
  /** Whole numbers separated by `/` or spaces (`,` and `;` separate options): "1/3/6". */
  | { type: "ints"; min: number; max: number }
  /** A shipped series id (`CYCLE.SERIES()` lists them): "cn.demand_yoy". */
  | { type: "seriesId" };

/** A numeric option's kind from the shared table of limits (the CLI's flags use the same table). */
function limitKind(name: LimitName): OptionKind {
  const l = LIMITS[name];
  return { type: l.integer ? "int" : "number", min: l.min, max: l.max };
}

/** The keys one function accepts: canonical name → kind. */
export type OptionSpec = Record<string, OptionKind>;
export type OptionValues = Record<string, number | string | boolean>;

const SEPARATORS = /[;,；，]/;

/** Splits `k=v; k=v` into canonical keys and typed values. Blank or omitted text → `{}`. */
export function parseOptions(text: unknown, spec: OptionSpec): OptionValues {
  const out: OptionValues = {};
  if (text === undefined || text === null || text === "") return out;
  if (typeof text !== "string") {
    throw new KitchinError("bad-option", say("xlOptionsNotText", { value: String(text) }));
  }
  const byLower = new Map<string, string>();
  for (const k of Object.keys(spec)) byLower.set(k.toLowerCase(), k);
  for (const raw of text.split(SEPARATORS)) {
    const part = raw.trim();
    if (part === "") continue;
    const eq = part.search(/[=:：]/);
    if (eq <= 0) {
      throw new KitchinError("bad-option", say("xlNotKeyValue", { part, keys: keyList(spec) }));
    }
    const rawKey = part.slice(0, eq).trim();
    const key = byLower.get(rawKey.toLowerCase());
    if (key === undefined) {
      const now = RENAMED[rawKey.toLowerCase()];
      if (now !== undefined && now in spec)
        throw new KitchinError("bad-option", say("xlRenamedOption", { key: rawKey, now }));
      throw new KitchinError("bad-option", say("xlUnknownOption", { key: rawKey, keys: keyList(spec) }));
    }
    if (key in out) throw new KitchinError("bad-option", say("xlOptionTwice", { key }));
    out[key] = convert(key, part.slice(eq + 1).trim(), spec[key]);
  }
  return out;
}

/** Options renamed in 0.2.0 (one word, demand, for revenue and sales): the old key (lower case) → the new one. */
const RENAMED: Record<string, string> = { revenuelag: "demandLag", revenuelagof: "demandLagOf" };

function keyList(spec: OptionSpec): string {
  return Object.keys(spec).join(", ");
}

function convert(key: string, v: string, kind: OptionKind): number | string | boolean {
  switch (kind.type) {
    case "int":
    case "number": {
      const x = v === "" ? NaN : Number(v);
      if (!Number.isFinite(x) || (kind.type === "int" && !Number.isInteger(x)) || x < kind.min || x > kind.max) {
        throw new KitchinError(
          "bad-option",
          say("xlOptionNumber", { key, value: v, whole: kind.type === "int", min: kind.min, max: kind.max }),
        );
      }
      return x;
    }
    case "enum": {
      const hit = kind.values.find((x) => loose(x) === loose(v));
      if (hit === undefined) {
        throw new KitchinError("bad-option", say("xlOptionOneOf", { key, value: v, values: kind.values }));
      }
      return hit;
    }
    case "month": {
      if (!/^\d{4}-\d{2}$/.test(v)) throw new KitchinError("bad-option", say("xlOptionMonth", { key, value: v }));
      parseMonth(v, `option ${key}`); // checks the month number (2005-13 is not a month)
      return v;
    }
    case "ints": {
      const items = v.split(/[\s/|]+/).filter((x) => x !== "");
      const xs = items.map(Number);
      if (xs.length === 0 || xs.some((x) => !Number.isInteger(x) || x < kind.min || x > kind.max)) {
        throw new KitchinError("bad-option", say("xlOptionInts", { key, value: v, min: kind.min, max: kind.max }));
      }
      return xs.join("/");
    }
    case "seriesId": {
      try {
        return findEntry(v).id;
      } catch (e) {
        if (!isKitchinError(e)) throw e;
        // an unknown id in the options is a wrong input (#VALUE!), not missing data (#N/A)
        const why = e.message.replace(/; try `kitchin data list`/, "");
        throw new KitchinError("bad-option", say("xlOptionSeriesId", { key, value: v, why }));
      }
    }
    case "bool": {
      const l = v.toLowerCase();
      if (l === "true" || l === "yes" || l === "1" || l === "y") return true;
      if (l === "false" || l === "no" || l === "0" || l === "n") return false;
      throw new KitchinError("bad-option", say("xlOptionBool", { key, value: v }));
    }
  }
}

/**
 * `errors=text`, accepted by every function with options and handled around the adapter (src/errors.ts):
 * some Excel builds show only a generic text for a custom function's error (office-js #4813, #4971),
 * so the user can ask for the error as a one-cell text instead. Returns the options without that key.
 */
export function splitErrorsOption<O>(text: O): { options: O; errorsAsText: boolean } {
  if (typeof text !== "string" || !/errors/i.test(text)) return { options: text, errorsAsText: false };
  let errorsAsText = false;
  let seen = false;
  const rest: string[] = [];
  for (const raw of text.split(SEPARATORS)) {
    const part = raw.trim();
    const eq = part.search(/[=:：]/);
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === "errors") {
      // like every other key (docs/excel.md)
      if (seen) throw new KitchinError("bad-option", say("xlOptionTwice", { key: "errors" }));
      seen = true;
      const v = part
        .slice(eq + 1)
        .trim()
        .toLowerCase();
      if (v !== "text" && v !== "cell")
        throw new KitchinError("bad-option", say("xlErrorsOption", { value: part.slice(eq + 1).trim() }));
      errorsAsText = v === "text";
    } else if (part !== "") rest.push(part);
  }
  return { options: rest.join("; ") as O, errorsAsText };
}

/** `as-of`, `asof` and `As_Of` are the same word. */
function loose(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, "");
}

/**
 * `notes=true` (the time-series functions): what reading did to the ranges — newest-first dates,
 * cells read as missing with their rows, absent months, rows at the ends without values — as
 * `note: …` rows below the answer, so the answer's rows keep their place (the CLI's `note:` lines).
 */
export const NOTES: OptionSpec = { notes: { type: "bool" } };

/** Output language of labels and headers. */
export const LANG: OptionSpec = { lang: { type: "enum", values: ["en", "zh"] } };

export function langOf(o: OptionValues): Lang {
  return o.lang === "zh" ? "zh" : "en";
}

/**
 * The language of a call's error message, read from its options text alone (`lang=zh` anywhere in
 * it, any case, any separator), so an error in the options themselves — an unknown key, a bad
 * value — is in the language asked for too. Nothing else decides it: no setting, no earlier call.
 */
export function langOfText(text: unknown): Lang {
  if (typeof text !== "string") return "en";
  for (const raw of text.split(SEPARATORS)) {
    const part = raw.trim();
    const eq = part.search(/[=:：]/);
    if (
      eq > 0 &&
      part.slice(0, eq).trim().toLowerCase() === "lang" &&
      part
        .slice(eq + 1)
        .trim()
        .toLowerCase() === "zh"
    )
      return "zh";
  }
  return "en";
}

/** Turning-point dating (methods.md §2); the core's `resolveTurnOptions` checks the values. */
export const TURN_OPTIONS: OptionSpec = {
  preset: { type: "enum", values: ["inventory", "monthly", "quarterly"] },
  method: { type: "enum", values: ["bbq", "bry-boschan"] },
  window: limitKind("window"),
  censor: limitKind("censor"),
  minPhase: limitKind("minPhase"),
  minCycle: limitKind("minCycle"),
  minAmplitude: limitKind("minAmplitude"),
};

/** The as-of rule (methods.md §3; the core's `resolveReversal` checks the values). */
export const REVERSAL_OPTIONS: OptionSpec = {
  reversal: limitKind("reversal"),
  confirm: limitKind("confirm"),
};

/** Phases from turns dated on the whole history (`ex-post`) or known in real time (`as-of`; methods.md §3). */
export const MODE: OptionSpec = { mode: { type: "enum", values: ["ex-post", "as-of"] } };

/** The turning-point preset the demand (revenue/sales) series is dated with. */
export const DEMAND_PRESET: OptionSpec = {
  demandPreset: { type: "enum", values: ["monthly", "quarterly", "inventory"] },
};

/** CYCLE.TURNS: the dating rules and the language of the table. */
export const TURNS_OPTIONS: OptionSpec = { ...LANG, ...TURN_OPTIONS, ...NOTES };

/** Ex-post vs real-time states (methods.md §3). */
export const STATE_OPTIONS: OptionSpec = {
  ...LANG,
  ...TURN_OPTIONS,
  ...REVERSAL_OPTIONS,
  ...MODE,
  extend: { type: "bool" },
  format: { type: "enum", values: ["label", "code"] },
  ...NOTES,
};

/**
 * Release lags named by a shipped series id instead of a number: `lagOf=cn.inventory_yoy` is
 * `lag=` that series' catalog lag, `demandLagOf`/`inventoryLagOf` the same per input. A worksheet
 * range holds numbers, not ids, so the lag is always said in the call — never inferred from what
 * CYCLE.DATA returned elsewhere in the workbook (an answer must not depend on other cells' history).
 */
export const LAG_OF: OptionSpec = {
  lagOf: { type: "seriesId" },
  demandLagOf: { type: "seriesId" },
  inventoryLagOf: { type: "seriesId" },
};

/**
 * Phases (the core's `phasePath`, as `kitchin phase`): `preset` dates the inventory series,
 * `demandPreset` the demand series; as-of phases take release lags.
 */
export const PHASE_OPTIONS: OptionSpec = {
  ...LANG,
  ...TURN_OPTIONS,
  ...DEMAND_PRESET,
  ...REVERSAL_OPTIONS,
  ...MODE,
  lag: limitKind("lag"),
  demandLag: limitKind("demandLag"),
  inventoryLag: limitKind("inventoryLag"),
  ...LAG_OF,
  format: { type: "enum", values: ["label", "id", "code"] },
  ...NOTES,
};

/**
 * CYCLE.OUTLOOK: the phase rules and lags of CYCLE.PHASE (always as-of), the odds' horizons
 * ("1/3/6"), the month of the call, and for the real call the deflator's lag and the demand's kind.
 */
export const OUTLOOK_OPTIONS: OptionSpec = {
  ...LANG,
  ...TURN_OPTIONS,
  ...DEMAND_PRESET,
  ...REVERSAL_OPTIONS,
  lag: limitKind("lag"),
  demandLag: limitKind("demandLag"),
  inventoryLag: limitKind("inventoryLag"),
  deflatorLag: limitKind("lag"),
  ...LAG_OF,
  deflatorLagOf: { type: "seriesId" },
  horizons: { type: "ints", min: 1, max: 24 },
  asOf: { type: "month" },
  demandKind: { type: "enum", values: ["yoy", "cumulative_yoy"] },
  ...NOTES,
};

export const CYCLE_OPTIONS: OptionSpec = {
  ...LANG,
  ...TURN_OPTIONS,
  ...DEMAND_PRESET,
  ...NOTES,
};

/** The parts of parsed options the core's turning-point dating takes; `fallback` is the preset when none is given. */
export function turnOptionsOf(
  o: OptionValues,
  fallback: TurnPreset = "inventory",
): { turns: Partial<TurnOptions>; preset: TurnPreset } {
  const turns: Partial<TurnOptions> = {};
  if (o.method !== undefined) turns.method = o.method as TurnMethod;
  for (const k of ["window", "censor", "minPhase", "minCycle", "minAmplitude"] as const) {
    if (o[k] !== undefined) turns[k] = o[k] as number;
  }
  return { turns, preset: (o.preset as TurnPreset | undefined) ?? fallback };
}

/** Options of the core's `analyseCycle` (the same call `kitchin phase` and `kitchin cycles` make). */
export function cycleAnalysisOf(o: OptionValues): CycleAnalysisOptions {
  const t = turnOptionsOf(o);
  return {
    turns: t.turns,
    preset: t.preset,
    demandPreset: (o.demandPreset as TurnPreset | undefined) ?? PHASE_PRESETS.demand,
    reversal: reversalOf(o),
    demandLag: releaseLagOf(o, "demand"),
    inventoryLag: releaseLagOf(o, "inventory"),
  };
}

/** Lag options that say the same thing twice: a number and a series id for one input. */
const LAG_PAIRS = [
  ["lag", "lagOf"],
  ["demandLag", "demandLagOf"],
  ["inventoryLag", "inventoryLagOf"],
  ["deflatorLag", "deflatorLagOf"],
] as const;

/**
 * One input's release lag from the options: its own option (`demandLag` or `demandLagOf`) wins
 * over the shared one (`lag` or `lagOf`); default 0. A number and an id for the same input is an error.
 */
export function releaseLagOf(o: OptionValues, input: "demand" | "inventory" | "deflator"): number {
  for (const [n, id] of LAG_PAIRS) {
    if (o[n] !== undefined && o[id] !== undefined)
      throw new KitchinError("bad-option", say("xlLagTwice", { lag: n, id }));
  }
  const own = o[`${input}Lag`] ?? lagOfId(o[`${input}LagOf`]);
  return (own ?? o.lag ?? lagOfId(o.lagOf) ?? 0) as number;
}

function lagOfId(id: unknown): number | undefined {
  return id === undefined ? undefined : findEntry(String(id)).lag;
}

export function reversalOf(o: OptionValues): Partial<ReversalOptions> {
  const r: Partial<ReversalOptions> = {};
  if (o.reversal !== undefined) r.reversal = o.reversal as number;
  if (o.confirm !== undefined) r.confirm = o.confirm as number;
  return r;
}

export function isAsOf(o: OptionValues): boolean {
  return o.mode === "as-of";
}

/** Phase scores (methods.md §8): what the phases are and how the statistics are drawn. */
export const SCORE_OPTIONS: OptionSpec = {
  ...LANG,
  ...MODE,
  bootstrap: limitKind("bootstrap"),
  permutations: limitKind("permutations"),
  confidence: limitKind("confidence"),
  seed: limitKind("seed"),
  thin: limitKind("thin"),
  keepOpen: { type: "bool" },
};

/** Rotation backtest (methods.md §9): top-k by phase score against equal weight. */
export const BACKTEST_OPTIONS: OptionSpec = {
  ...LANG,
  ...MODE,
  lag: limitKind("lag"),
  topK: limitKind("topK"),
  weighting: { type: "enum", values: ["equal", "inverse-vol", "score"] },
  rebalance: { type: "enum", values: ["monthly", "quarterly", "phase-change"] },
  cost: limitKind("cost"),
  fallback: { type: "enum", values: ["all", "cash"] },
};

/**
 * Lead/lag (methods.md §4, as `kitchin lead`): the matching window, the direction, the
 * cross-correlation lags, and the turning-point rules both series are dated with (default
 * `preset=inventory`). The months come from the dates range, so `detail=true` lists months.
 */
export const LEAD_OPTIONS: OptionSpec = {
  ...LANG,
  ...TURN_OPTIONS,
  maxLead: limitKind("maxLead"),
  maxLag: limitKind("maxLag"),
  inverted: { type: "bool" },
  maxCorrLag: limitKind("maxCorrLag"),
  detail: { type: "bool" },
  ...NOTES,
};

/** Synchronisation (methods.md §5): the states or phases say everything; only the language is chosen. */
export const SYNC_OPTIONS: OptionSpec = { ...LANG };

/**
 * Sector panel (methods.md §7, as `kitchin sectors`): inputs are levels (default) or YoY; states
 * as-of (default, the real-time reversal rule) or ex-post (turning-point rules; demand dated with
 * `demandPreset`); `at=YYYY-MM` reads the panel on data up to and including that month (`--at`);
 * `history=true` gives the monthly counts and shares instead of the latest phases.
 */
export const SECTORS_OPTIONS: OptionSpec = {
  ...LANG,
  ...TURN_OPTIONS,
  kind: { type: "enum", values: ["level", "yoy"] },
  mode: { type: "enum", values: ["as-of", "ex-post"] },
  smooth: limitKind("smooth"),
  ...DEMAND_PRESET,
  ...REVERSAL_OPTIONS,
  at: { type: "month" },
  history: { type: "bool" },
  /** With a shipped group id: nominal inventories (default: deflated by the industry PPI where shipped). */
  nominal: { type: "bool" },
};

/**
 * Decomposition (methods.md §6, as `kitchin decompose`): `form` percent terms (default) or log
 * points (`--form`); `sales=true` reads the fourth range as sales YoY (`--sales`) instead of the
 * inventory/sales ratio's YoY; `real=true` appends real inventory growth (exact, difference).
 */
export const DECOMPOSE_OPTIONS: OptionSpec = {
  ...LANG,
  form: { type: "enum", values: ["additive", "log"] },
  sales: { type: "bool" },
  real: { type: "bool" },
  ...NOTES,
};

/** CYCLE.CONTRIB (`kitchin contrib`): months shown, the window, its aggregate, NBS year-to-date input. */
export const CONTRIB_OPTIONS: OptionSpec = {
  ...LANG,
  from: { type: "month" },
  to: { type: "month" },
  window: limitKind("window"),
  aggregate: { type: "enum", values: ["sum", "mean", "end"] },
  cumulative: { type: "bool" },
  shares: { type: "bool" },
};
