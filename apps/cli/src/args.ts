/**
 * A small argv parser: `--name value`, `--name=value`, boolean flags, repeated flags and
 * positional words. Every command declares its flags, so an unknown or misspelt flag is an
 * error rather than silently ignored.
 */
import { editDistance, limitOf, limitProblem, say, shortText, type NumberRule } from "@kitchin/core";
import { UsageError } from "./errors.ts";

export interface FlagSpec {
  /** Takes a value (`--file F`) or is a switch (`--debug`). */
  type: "string" | "boolean";
  /** May be given more than once (values collected in order). */
  multiple?: boolean;
  description: string;
  /** Shown in help, e.g. "F" or "YYYY-MM". */
  arg?: string;
  /**
   * A numeric flag, checked when the command line is parsed: one number (`"number"`) or a comma
   * list (`"numbers"`, a sweep's values). Type and bounds come from the core's `LIMITS` when the
   * flag is there (by its camel-case name), else from `whole` and `min`.
   */
  value?: "number" | "numbers";
  whole?: boolean;
  min?: number;
  /** The values the flag takes, checked when the command line is parsed. */
  choices?: readonly string[];
  /**
   * The flags this one applies with (any of them): given without them it would be ignored, so it is
   * refused when the command line is parsed (`cycles --dataset cn --lag 3`: a release lag is for --file).
   */
  with?: readonly string[];
  /**
   * An old spelling kept working: the value is stored under the flag named here (one word per
   * concept, e.g. `--revenue` → `--demand`) and the command prints one warning line to stderr.
   * Not shown in help.
   */
  deprecatedFor?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean | string[] | undefined>;
  /** Old flag spellings given (`deprecatedFor`), for the one warning line each. */
  deprecated?: { old: string; now: string }[];
}

/**
 * What a command takes besides flags: `undefined` for nothing (any word is refused), else what the
 * words are for the refusal message (`data`: a sub-command and ids; `lead`: indicators).
 */
export interface ParseRules {
  command?: string;
  positionals?: string;
}

/**
 * Parses and checks a command line: unknown flags, missing values, flags given twice, numeric
 * values outside their type or bounds, and words the command does not take are refused here,
 * before any file is read — nothing below the command meets an unchecked value.
 */
export function parseArgs(argv: readonly string[], specs: FlagSpecs, rules: ParseRules = {}): ParsedArgs {
  const parsed = splitArgs(argv, specs);
  if (rules.positionals === undefined && parsed.positionals.length > 0) {
    const n = parsed.positionals.length;
    throw new UsageError(
      say("unexpectedArgument", { arg: shortText(parsed.positionals[0], 40), more: n - 1, command: rules.command }),
    );
  }
  for (const [name, spec] of Object.entries(specs)) {
    const v = parsed.flags[name];
    if (v === undefined) continue;
    if (spec.choices && typeof v === "string" && !spec.choices.includes(v)) {
      throw new UsageError(say("flagOneOf", { flag: name, allowed: spec.choices, got: shortText(v, 40) }));
    }
    if (spec.value === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v as string]) {
      const items = spec.value === "numbers" ? one.split(",") : [one];
      for (const item of items) numberOf(name, item, spec.whole ?? false, spec.min ?? -Infinity);
    }
  }
  // Values first (a wrong value is the more specific mistake), then flags that apply only with others.
  for (const [name, spec] of Object.entries(specs)) {
    if (parsed.flags[name] === undefined || !spec.with || spec.with.some((w) => parsed.flags[w] !== undefined))
      continue;
    throw new UsageError(say("flagOnlyWith", { flag: name, with: spec.with }));
  }
  return parsed;
}

function splitArgs(argv: readonly string[], specs: FlagSpecs): ParsedArgs {
  const positionals: string[] = [];
  const deprecated: { old: string; now: string }[] = [];
  const flags: ParsedArgs["flags"] = Object.create(null) as ParsedArgs["flags"];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("--") || a === "--") {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    let name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    // Own keys only: `--constructor` or `--__proto__` must not find Object.prototype's members.
    const given = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!given) {
      const near = suggest(
        name,
        Object.keys(specs).filter((k) => !specs[k].deprecatedFor),
      );
      throw new UsageError(say("unknownOption", { name: shortText(name, 40), near }));
    }
    // An old spelling is read as the flag it now names (so old and new together are "given twice").
    const canonical = given.deprecatedFor;
    const spec = canonical ? (specs[canonical] ?? given) : given;
    if (canonical) {
      deprecated.push({ old: name, now: canonical });
      name = canonical;
    }
    if (spec.type === "boolean") {
      if (eq > 0) throw new UsageError(say("flagTakesNoValue", { flag: name }));
      flags[name] = true;
      continue;
    }
    let value: string;
    if (eq > 0) value = a.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(say("flagNeedsValue", { flag: name, arg: spec.arg }));
      value = argv[++i];
    }
    if (spec.multiple) {
      const prev = flags[name];
      flags[name] = [...(Array.isArray(prev) ? prev : []), value];
    } else {
      if (Object.hasOwn(flags, name)) throw new UsageError(say("flagTwice", { flag: name }));
      flags[name] = value;
    }
  }
  return deprecated.length ? { positionals, flags, deprecated } : { positionals, flags };
}

/** One warning line per old flag spelling given, for stderr (stdout stays as it was). */
export function deprecationLines(p: ParsedArgs): string[] {
  return (p.deprecated ?? []).map((d) => `warning: --${d.old} is deprecated; use --${d.now} (same meaning)`);
}

function suggest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const dist = editDistance(k, name);
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  return best;
}

export function str(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === "string" ? v : undefined;
}

export function list(p: ParsedArgs, name: string): string[] {
  const v = p.flags[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

export function bool(p: ParsedArgs, name: string): boolean {
  return p.flags[name] === true;
}

/**
 * A whole number flag; throws a usage error naming the flag. Flags in the shared table of limits
 * (`LIMITS` in the core, also the add-in's) take their bounds from it; `min` is for the others.
 */
export function int(p: ParsedArgs, name: string, min = 0): number | undefined {
  return numeric(p, name, true, min);
}

export function num(p: ParsedArgs, name: string, min = -Infinity): number | undefined {
  return numeric(p, name, false, min);
}

function numeric(p: ParsedArgs, name: string, whole: boolean, min: number): number | undefined {
  const v = str(p, name);
  return v === undefined ? undefined : numberOf(name, v, whole, min);
}

/**
 * `--name 1,2,3` (a sweep's list): each item checked as `int`/`num` check a single value (the shared
 * limits where the flag has one, else whole numbers or numbers ≥ `min`).
 */
export function numberList(
  p: ParsedArgs,
  name: string,
  fallback: number[],
  o: { whole?: boolean; min?: number } = {},
): number[] {
  const v = str(p, name);
  if (v === undefined) return fallback;
  return v.split(",").map((item) => numberOf(name, item, o.whole ?? false, o.min ?? 0));
}

function numberOf(name: string, v: string, whole: boolean, min: number): number {
  const x = v.trim() === "" ? NaN : Number(v);
  const limit = limitOf(name);
  const rule: NumberRule | undefined = limit
    ? (limitProblem(x, limit) ? { kind: "range", integer: limit.integer, min: limit.min, max: limit.max } : undefined)
      ? { kind: "range", integer: limit.integer, min: limit.min, max: limit.max }
      : undefined
    : whole
      ? !Number.isInteger(x) || x < min
        ? { kind: "whole", min }
        : undefined
      : !Number.isFinite(x) || x < min
        ? { kind: "number", min }
        : undefined;
  if (rule) throw new UsageError(say("flagNumber", { flag: name, rule, got: shortText(v, 40) }));
  return x;
}

export function oneOf<T extends string>(p: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = str(p, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v))
    throw new UsageError(say("flagOneOf", { flag: name, allowed, got: shortText(v, 40) }));
  return v as T;
}
