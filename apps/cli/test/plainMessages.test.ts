/**
 * No new English-only text reaches a user (messages as values): an error the CLI prints and
 * a note it pushes is a keyed message of the core's table (`say(key, params)`), rendered in the
 * face's language at print time. This guard reads the sources of the CLI and of the packages whose
 * errors reach it, and fails on `throw new KitchinError|UsageError|Error|TypeError(` whose message
 * is a plain string or template literal, and on a note or warning pushed as one — except the
 * allow-listed internal invariants below, each with the reason a user cannot meet it.
 *
 * The roots include the use-case and report packages the CLI's loaders and report move to, so the
 * guard follows the files there, and the core, whose analytics' and readers' errors reach the CLI and
 * the Excel add-in alike; an allow-list entry is found by file name, wherever the file is.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const ROOTS = [
  "packages/core/src",
  "apps/cli/src",
  "packages/backtest/src",
  "packages/backtest/node",
  "packages/datasets/src",
  "packages/datasets/node",
  "packages/jobs/src",
  "packages/jobs/node",
  "packages/report/src",
  "packages/report/node",
];

/**
 * Internal invariants: a plain English message is kept on purpose. `file` is a file name, `text` a piece of the
 * message.
 */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  {
    file: "safeHtml.ts",
    text: "html: cannot put a",
    why: "a report section built with a value the html tag does not take: a bug in the report's code, caught by the report tests",
  },
  {
    file: "safeHtml.ts",
    text: "html: quote the attribute value",
    why: "a hole placed in an unquoted attribute by the report's code (the tag's run-time check of its own templates)",
  },
  {
    file: "safeHtml.ts",
    text: "html: text cannot stand in a tag",
    why: "the report's code put text inside a tag: a bug, not input",
  },
  {
    file: "safeHtml.ts",
    text: "html: no holes inside",
    why: "the report's code put a hole in <script>/<style>: a bug, not input",
  },
  {
    file: "safeHtml.ts",
    text: "chart renderer wrote unexpected markup",
    why: "vega produced markup outside the allowed set: a defence against the renderer, shown as an internal error",
  },
  {
    file: "store.ts",
    text: "write made no progress",
    why: "caught where the data folder is written and reported through the keyed `cannotWrite` message (the system's reason in parentheses)",
  },
  // packages/core: arguments its own callers build, never a user's input
  {
    file: "combine.ts",
    text: "revenue and inventory states differ in length",
    why: "the only caller (phases/timeline.ts) builds both state arrays on one axis of the same length",
  },
  {
    file: "window.ts",
    text: "window months must be whole month indices",
    why: "month indices come from parseMonth or a series' start (whole numbers); a user's month is refused as text first (`notAMonth`)",
  },
  {
    file: "now.ts",
    text: "no inputs to date",
    why: "the only caller (cycles/analyse.ts) passes the demand and the inventory series",
  },
  {
    file: "panel.ts",
    text: "nothing to align: no series given",
    why: "every caller passes a list it wrote ([indicator, target], [demand, inventory]) or the sector panel's series, checked non-empty first (`noIndustries`)",
  },
  // packages/backtest: stacks and arrays built by the code, never from a user's input
  {
    file: "walkForward.ts",
    text: "walk-forward needs at least one candidate",
    why: "the sweep always passes its grid's results (the grid is checked non-empty when parsed)",
  },
  {
    file: "walkForward.ts",
    text: "walk-forward candidates must share one window",
    why: "every candidate of one sweep runs on the same window",
  },
  {
    file: "headline.ts",
    text: "is not on the candidates' axis",
    why: "benchmarks are computed on the sweep's own axis",
  },
  {
    file: "weigh.ts",
    text: "weighByMap needs a selectByMap step",
    why: "a strategy stack built in code; `strategy()` checks the order when it is built",
  },
  {
    file: "select.ts",
    text: "selectTopK: k must be a positive integer",
    why: "top-k is checked when the strategy spec is parsed (`strategyTopK`)",
  },
  { file: "select.ts", text: "selectTopK needs a phaseSignal step", why: "a strategy stack built in code" },
  {
    file: "rebalance.ts",
    text: "runEvery: n must be a positive integer",
    why: "schedules come from the package's own constants",
  },
  {
    file: "types.ts",
    text: "cash series covers",
    why: "the cash series is sliced on the panel's window by the caller",
  },
  {
    file: "types.ts",
    text: "which no step before it sets",
    why: "a strategy stack built in code, refused when built (a library user's mistake, not a CLI user's)",
  },
  {
    file: "types.ts",
    text: "must be ${rule}",
    why: "a step's own parameters, checked for library users; the CLI checks the flags first",
  },
  { file: "phaseScores.ts", text: "phase codes cover", why: "codes and panel are aligned by the scorer's caller" },
  { file: "panel.ts", text: "is not a month index", why: "panels are built from parsed months" },
  {
    file: "panel.ts",
    text: "the price panel has no assets",
    why: "the price readers refuse a file without prices first (`noPrices`)",
  },
  {
    file: "panel.ts",
    text: "the price panel has no months",
    why: "the price readers refuse a file without prices first (`noPrices`)",
  },
  {
    file: "panel.ts",
    text: "price panel holds",
    why: "the value array is laid out by the readers for the panel's shape",
  },
  // packages/datasets: the shipped files and the build
  {
    file: "csv.ts",
    text: ": no rows",
    why: "a curated CSV of the shipped data (checked by datasets:check); in the user's data folder it is reported through `dataFolderDamaged`",
  },
  { file: "csv.ts", text: "appears twice", why: "as above: a curated CSV" },
  { file: "csv.ts", text: ": month ${d} after", why: "as above: a curated CSV" },
  { file: "csv.ts", text: "months must be consecutive", why: "as above: a curated CSV" },
  { file: "csv.ts", text: "is not a number", why: "as above: a curated CSV" },
  { file: "fetch.ts", text: "cannot fetch", why: "the datasets build script's download, not a command" },
  {
    file: "industries.ts",
    text: "industry panel is not JSON",
    why: "the shipped industry panels (checked by datasets:check)",
  },
  { file: "industries.ts", text: "industry panel has no groups/industries", why: "the shipped industry panels" },
  { file: "industries.ts", text: "unknown group", why: "the shipped industry panels" },
  { file: "industries.ts", text: "cannot fetch", why: "the shipped industry panels' download in the build" },
];

interface Site {
  file: string;
  line: number;
  text: string;
}

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mts)$/.test(name) && !/\.(test|bench)\.ts$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

const LITERAL = /^\s*[`"']/;
/** The code argument of a KitchinError (`"bad-file", `) before its message. */
const CODE_ARG = /^\s*"[a-z-]+"\s*,/;

/** Plain-text messages in `text`: throws whose message is a literal, notes or warnings pushed as literals. */
function plainMessages(text: string, file: string): Site[] {
  const out: Site[] = [];
  const lineOf = (i: number) => text.slice(0, i).split("\n").length;
  for (const m of text.matchAll(/throw new (KitchinError|UsageError|Error|TypeError|RangeError)\(/g)) {
    let rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 400);
    if (m[1] === "KitchinError") {
      const code = CODE_ARG.exec(rest);
      if (!code) continue; // a computed code: rethrowing a KitchinError's own parts
      rest = rest.slice(code[0].length);
    }
    if (LITERAL.test(rest)) out.push({ file, line: lineOf(m.index!), text: rest.trim().split("\n")[0] });
  }
  for (const m of text.matchAll(/\b\w*(?:notes|Notes|warnings|Warnings)\.(?:push|unshift)\(([^;]*)\)/g)) {
    if (topLevelArgs(m[1]).some((a) => LITERAL.test(a)))
      out.push({ file, line: lineOf(m.index!), text: m[0].split("\n")[0] });
  }
  return out;
}

/** The arguments of a call, split at its own commas (not those inside brackets or strings). */
function topLevelArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0,
    quote = "",
    from = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      out.push(args.slice(from, i));
      from = i + 1;
    }
  }
  out.push(args.slice(from));
  return out;
}

const allowed = (s: Site) => ALLOWED.find((a) => a.file === basename(s.file) && s.text.includes(a.text));

describe("no English-only text reaches a user", () => {
  const sites = ROOTS.flatMap((r) => sources(join(ROOT, r))).flatMap((f) =>
    plainMessages(readFileSync(f, "utf8"), relative(ROOT, f)),
  );

  it("every error and note of the CLI and the packages under it is a keyed message (or an allow-listed invariant)", () => {
    const plain = sites.filter((s) => !allowed(s)).map((s) => `${s.file}:${s.line}: ${s.text}`);
    expect(plain).toEqual([]);
  });

  it("each allow-list entry still names a plain message (the list does not rot)", () => {
    const unused = ALLOWED.filter((a) => !sites.some((s) => basename(s.file) === a.file && s.text.includes(a.text)));
    expect(unused).toEqual([]);
  });

  it("finds the plain texts it is meant to refuse", () => {
    const sample = [
      "throw new UsageError(`--${name} given twice`);",
      'throw new KitchinError("bad-file", "the file is empty", { file });',
      'throw new KitchinError(\n  "gap",\n  `dates jump from ${a}`,\n);',
      "throw new Error('boom');",
      'notes.push(`column "${c}": stored as ${id}`);',
      "t.notes.unshift(...raw.notes, `${file}: turned around`);",
      // messages as values: none of these is plain
      'throw new UsageError(say("flagTwice", { flag: name }));',
      'throw new KitchinError("bad-file", say("fileEmpty"), { file });',
      "throw new KitchinError(e.code, about(what, e.said), e.place);",
      'notes.push(say("monthsAcross", { file }));',
      'warnings.push(...shortAnnualisedWarnings(c.rows, "en"));',
    ].join("\n");
    expect(plainMessages(sample, "sample.ts").map((s) => s.line)).toEqual([1, 2, 3, 7, 8, 9]);
  });
});
