/**
 * Every CYCLE.* example in docs/excel.md, the add-in README and the built help.html, run through
 * Microsoft's custom-functions runtime in Chromium (the harness of browser.test.ts). The examples are
 * read from the documents themselves (test/doc-examples.ts), so editing a document changes what runs:
 *   - a signature, e.g. CYCLE.TURNS(values, [dates], [options]), must match functions.json (names,
 *     order, optional parameters);
 *   - a formula runs on a sheet of shipped data and must return a result, not an error: A1 ranges
 *     read the sheet (A month, B demand cn.demand_yoy, C inventory cn.inventory_yoy, from row 2); a
 *     name reads the binding below (or a shipped series by id, aligned on the sheet's months);
 *   - an options text runs with its function (help.html's sections) or, generic, with CYCLE.PHASE.
 * What an example computes is checked elsewhere (browser.test.ts against the CLI); here it must run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "@kitchin/datasets";
import { DIST, call, openRuntime, type CallResult, type Runtime } from "./harness.ts";
import { examplesIn, helpText, parseFormula, type Arg, type Example, type Formula } from "./doc-examples.ts";

const ROOT = join(DIST, "..");
const REPO = join(ROOT, "..", "..");
type Param = { name: string; optional?: boolean };
const meta = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
  functions: { id: string; name: string; parameters: Param[] }[];
};
const byName = new Map(meta.functions.map((f) => [f.name, f]));

const help = helpText(readFileSync(join(DIST, "help.html"), "utf8"));
const sources: [string, Example[]][] = [
  ["docs/excel.md", examplesIn("docs/excel.md", readFileSync(join(REPO, "docs", "excel.md"), "utf8"))],
  ["packages/excel-addin/README.md", examplesIn("README.md", readFileSync(join(ROOT, "README.md"), "utf8"))],
  ["help.html", examplesIn("help.html", help.text, help.fnOf)],
];

type Cells = unknown[][];
let rt: Runtime;
/** The sheet's months and the named ranges the examples may use. */
let months: string[] = [];
const bindings = new Map<string, Cells>();
const seriesCache = new Map<string, Cells>();

function value(r: CallResult, what: string): Cells {
  if ("error" in r) throw new Error(`${what}: ${r.error.code} ${r.error.message}`);
  return r.value as Cells;
}

/** A shipped series as a column on the sheet's months (blank where it has no value). */
async function series(id: string): Promise<Cells> {
  let col = seriesCache.get(id);
  if (!col) {
    const rows = value(await call(rt.page, "DATA", id, null, null), `CYCLE.DATA("${id}")`);
    const byMonth = new Map(rows.map((r) => [r[0], r[1]]));
    col = months.map((m) => [byMonth.get(m) ?? ""]);
    seriesCache.set(id, col);
  }
  return col;
}

/** The Census manufacturing, wholesale and retail inventories side by side, with a row of names. */
async function censusSectors(): Promise<Cells> {
  const cols = await Promise.all(
    ["manufacturing", "wholesale", "retail"].map((s) => series(`us.census.${s}_inventory`)),
  );
  return [["manufacturing", "wholesale", "retail"], ...months.map((_, i) => cols.map((c) => c[i][0]))];
}

const isSeriesId = (name: string) => catalog.some((e) => e.id === name);

beforeAll(async () => {
  rt = await openRuntime();
  const demandRows = value(await call(rt.page, "DATA", "cn.demand_yoy", null, null), "demand");
  const inventoryRows = value(await call(rt.page, "DATA", "cn.inventory_yoy", null, null), "inventory");
  months = [...new Set([...demandRows, ...inventoryRows].map((r) => r[0] as string))].sort();
  const col = (xs: unknown[]) => xs.map((x) => [x]);
  const demand = await series("cn.demand_yoy");
  const inv = await series("cn.inventory_yoy");
  const states = async (id: string) =>
    value(
      await call(rt.page, "STATE", col(months), await series(id), "preset=inventory; format=code"),
      `states of ${id}`,
    );
  const census = readFileSync(join(REPO, "apps", "cli", "examples", "sectors-census-mtis.csv"), "utf8")
    .trim()
    .split("\n")
    .map((l, i) => l.split(",").map((c, j) => (i > 0 && j === 2 ? Number(c) : c)));
  const entries: [string, Cells][] = [
    ["dates", col(months)],
    ["demand", demand],
    ["inventory", inv],
    ["values", inv],
    ["target", inv],
    ["indicator", await series("cn.ppi_yoy")],
    ["statesA", await states("cn.inventory_yoy")],
    ["statesB", await states("us.inventory_yoy")],
    ["phases", value(await call(rt.page, "PHASE", col(months), demand, inv, "format=id"), "phases")],
    ["prices", (await series("us.spx")).map((r, i) => [r[0], seriesCache.get("us.gold")?.[i]?.[0] ?? ""])],
    ["names", [["S&P 500", "gold"]]],
    ["table", census],
    ["valueAdded", await series("cn.iva_cum_yoy")],
    ["price", await series("cn.ppi_yoy")],
    ["ratio", demand],
    ["seriesId", [["cn.inventory_yoy"]]],
    // CYCLE.CONTRIB: Census total business inventories and its three sectors (levels), names in a first row
    ["total", await series("us.census.total_inventory")],
    ["components", await censusSectors()],
  ];
  await series("us.gold");
  entries[entries.findIndex(([k]) => k === "prices")][1] = (await series("us.spx")).map((r, i) => [
    r[0],
    seriesCache.get("us.gold")![i][0],
  ]);
  for (const [k, v] of entries) bindings.set(k, v);
}, 120_000);
afterAll(async () => {
  await rt?.close();
});

/** The value of one argument, as Excel would pass it. */
async function argValue(a: Arg, what: string): Promise<unknown> {
  switch (a.kind) {
    case "text":
    case "number":
      return a.value;
    case "empty":
      return null;
    case "range": {
      const source = ({ A: "dates", B: "demand", C: "inventory" } as Record<string, string>)[a.column];
      if (!source)
        throw new Error(`${what}: column ${a.column} is not on the examples' sheet (A month, B demand, C inventory)`);
      if (a.first < 2 || a.last < a.first || a.last - 1 > months.length)
        throw new Error(`${what}: rows ${a.first}–${a.last} are outside the sheet (rows 2–${months.length + 1})`);
      return bindings.get(source)!.slice(a.first - 2, a.last - 1);
    }
    case "name": {
      if (isSeriesId(a.name)) return series(a.name);
      const v = bindings.get(a.name);
      if (!v)
        throw new Error(
          `${what}: no binding for "${a.name}" — name the range after the function's parameter or a shipped series id, or add it to the bindings in this test`,
        );
      return v;
    }
    case "call":
      return run(a.call);
    case "rest":
      throw new Error(`${what}: "..." stands only for a function's leading inputs`);
  }
}

/** Runs a formula in the page; rejects with the cell's error. */
async function run(f: Formula): Promise<Cells> {
  const fn = byName.get(f.fn);
  if (!fn)
    throw new Error(`${f.text}: CYCLE.${f.fn} is not a function (functions.json has ${[...byName.keys()].join(", ")})`);
  const args: unknown[] = [];
  for (const a of f.args) {
    if (a.kind === "rest") {
      // `...`: the required inputs before the arguments written out.
      const shown = f.args.length - 1;
      for (const p of fn.parameters.slice(0, fn.parameters.length - shown).filter((p) => !p.optional))
        args.push(await argValue({ kind: "name", name: p.name }, f.text));
    } else args.push(await argValue(a, f.text));
  }
  if (args.length > fn.parameters.length)
    throw new Error(`${f.text}: ${args.length} arguments, CYCLE.${f.fn} takes ${fn.parameters.length}`);
  while (args.length < fn.parameters.length) args.push(null); // omitted optional arguments
  return value(await call(rt.page, fn.id, ...args), f.text);
}

/** A function's inputs from the bindings, with `options` as its options argument. */
function withOptions(fnName: string, options: string): Formula {
  const fn = byName.get(fnName)!;
  const args: Arg[] = fn.parameters.map((p) =>
    p.name === "options"
      ? { kind: "text", value: options }
      : bindings.has(p.name)
        ? { kind: "name", name: p.name }
        : { kind: "text", value: "" },
  );
  if (!fn.parameters.some((p) => p.name === "options"))
    throw new Error(`options example "${options}" is in CYCLE.${fnName}'s section, which takes no options`);
  return { fn: fnName, args, text: `CYCLE.${fnName}(…, "${options}")` };
}

/** A call is a signature when it brackets optional parameters or lists exactly the parameter names. */
function isSignature(fn: string, pieces: string[]): boolean {
  if (pieces.some((p) => p.includes("["))) return true;
  const params = byName.get(fn)?.parameters ?? [];
  return pieces.length > 0 && params.every((p) => !p.optional) && pieces.join() === params.map((p) => p.name).join();
}

const PER_ROW = new Set(["PHASE", "STATE", "YOY", "MONTHLYYOY"]);

describe("examples in the documents", () => {
  it("each document has examples to run (the extractor found them)", () => {
    const count = (s: string, k: string) => sources.find(([n]) => n === s)![1].filter((e) => e.kind === k).length;
    expect(count("docs/excel.md", "call")).toBeGreaterThanOrEqual(16);
    expect(count("packages/excel-addin/README.md", "call")).toBeGreaterThanOrEqual(15);
    expect(count("help.html", "options")).toBeGreaterThanOrEqual(
      meta.functions.filter((f) => f.parameters.some((p) => p.name === "options")).length,
    );
  });

  for (const [source, examples] of sources) {
    describe(source, () => {
      for (const ex of examples) {
        if (ex.kind === "call" && isSignature(ex.fn, ex.pieces)) {
          it(`signature ${ex.text} matches functions.json`, () => {
            const fn = byName.get(ex.fn);
            expect(fn, `CYCLE.${ex.fn}`).toBeDefined();
            const written = ex.pieces.map(
              (p) => `${p.startsWith("[") ? "[" : ""}${p.replace(/[[\]]/g, "").trim()}${p.startsWith("[") ? "]" : ""}`,
            );
            expect(written).toEqual(fn!.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)));
          });
        } else if (ex.kind === "call") {
          it(`runs ${ex.text}`, async () => {
            const f = parseFormula(ex.text);
            const out = await run(f);
            expect(Array.isArray(out) && out.length > 0 && Array.isArray(out[0])).toBe(true);
            // With errors=text an example may show an error as text on purpose: then it must be one.
            const asText =
              /errors\s*=\s*text/i.test(ex.text) &&
              out.length === 1 &&
              out[0].length === 1 &&
              /^#(VALUE!|N\/A) ./.test(String(out[0][0]));
            if (PER_ROW.has(f.fn) && f.args[0]?.kind !== "rest" && !asText) {
              const first = (await argValue(f.args[0], ex.text)) as Cells;
              expect(out.length, "one output row per input row").toBe(first.length);
            }
          });
        } else {
          it(`runs options "${ex.options}" with CYCLE.${ex.fn}`, async () => {
            const out = await run(withOptions(ex.fn, ex.options));
            expect(out.length).toBeGreaterThan(0);
          });
        }
      }
    });
  }
});

describe("the example reader", () => {
  it("reads formulas across line breaks, nested calls, ranges, ... and option texts", () => {
    const ex = examplesIn(
      "t",
      'Try `=CYCLE.PHASE(B2:B300, C2:C300)` or `CYCLE.SYNC(CYCLE.STATE(inventory, "preset=inventory;\n  format=code"), statesB)`; options `"lang=zh; window=5"`, signature `CYCLE.TURNS(values, [dates], [options])`, `CYCLE.PHASE(..., "mode=as-of; lag=1")`.',
    );
    expect(ex.map((e) => (e.kind === "call" ? e.text : `"${e.options}" → ${e.fn}`))).toEqual([
      "=CYCLE.PHASE(B2:B300, C2:C300)",
      'CYCLE.SYNC(CYCLE.STATE(inventory, "preset=inventory; format=code"), statesB)',
      "CYCLE.TURNS(values, [dates], [options])",
      'CYCLE.PHASE(..., "mode=as-of; lag=1")',
      '"lang=zh; window=5" → PHASE',
    ]);
    const f = parseFormula('CYCLE.SYNC(CYCLE.STATE(inventory, "preset=inventory; format=code"), statesB)');
    expect(f.args[0]).toMatchObject({
      kind: "call",
      call: {
        fn: "STATE",
        args: [
          { kind: "name", name: "inventory" },
          { kind: "text", value: "preset=inventory; format=code" },
        ],
      },
    });
    expect(parseFormula("=CYCLE.PHASE(B2:B300, C2:C300)").args[0]).toEqual({
      kind: "range",
      column: "B",
      first: 2,
      last: 300,
    });
    expect(() => parseFormula("CYCLE.PHASE(B2:C300)")).toThrowError(/spans columns/);
  });
});
