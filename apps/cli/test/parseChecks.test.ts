/**
 * Flags and words are checked when the command line is parsed, before any input is read: every
 * numeric flag against its type and the core's shared LIMITS (or its declared whole/min), and words
 * a command does not take are refused — one line on stderr, nothing on stdout, exit 2. Table-driven
 * over every command, so a flag added later is covered by its declaration.
 */
import { describe, expect, it } from "vitest";
import { limitOf } from "@kitchin/core";
import { COMMANDS } from "../src/commands/index.ts";
import { run } from "./helpers.ts";

async function refused(args: string[], pattern: RegExp) {
  const r = await run(...args);
  expect(r.code, `${args.slice(0, 4).join(" ")}: ${r.err}`).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.err.length).toBeLessThan(400); // one readable line, whatever the input
}

/** The numeric flags of a command with a value outside their type and one outside their bounds. */
function numericCases(flags: (typeof COMMANDS)[number]["flags"]) {
  return Object.entries(flags)
    .filter(([, s]) => s.value !== undefined)
    .map(([name, s]) => {
      // an old spelling (deprecatedFor) is checked, and named, as the flag it now is
      const says = s.deprecatedFor ?? name;
      const l = limitOf(says);
      const over = l ? String(l.max + 1) : String((s.min ?? 0) - 1);
      return { name, says, over, bounds: l ? `from ${l.min} to ${l.max}` : `≥ ${s.min}` };
    });
}

describe("the issue's cases", () => {
  it("phase --dataset cn --lag abc (the lag was not read with --dataset)", () =>
    refused(["phase", "--dataset", "cn", "--lag", "abc"], /--lag must be a whole number from 0 to 24, got "abc"/));
  it("cycles --lag 30 (bounds 0–24)", () =>
    refused(["cycles", "--dataset", "cn", "--lag", "30"], /--lag must be a whole number from 0 to 24, got "30"/));
  it("a stray word, and 10,000 of them", async () => {
    await refused(
      ["phase", "--dataset", "cn", "extra"],
      /unexpected argument "extra": phase takes no words besides its flags/,
    );
    await refused(
      ["phase", "--dataset", "cn", ...Array.from({ length: 10_000 }, (_, i) => `w${i}`)],
      /unexpected argument "w0" \(and 9999 more\)/,
    );
  });
  it("a list flag checks each item (sweep --signal-lag 0,1,x; --horizons 1,0)", async () => {
    await refused(
      ["sweep", "--dataset", "cn", "--signal-lag", "0,1,x"],
      /--signal-lag must be a whole number from 0 to 24, got "x"/,
    );
    await refused(
      ["outlook", "--dataset", "cn", "--horizons", "1,0"],
      /--horizons must be a whole number ≥ 1, got "0"/,
    );
  });
});

describe("flags that do not apply, and values outside a flag's choices", () => {
  it("cycles --dataset cn --lag 3: a release lag is for --file", () =>
    refused(["cycles", "--dataset", "cn", "--lag", "3"], /--lag applies only with --file/));
  it("backtest --dataset cn --gaps keep: gaps are of --prices", () =>
    refused(["backtest", "--dataset", "cn", "--gaps", "keep"], /--gaps applies only with --prices/));
  it("outlook --dataset cn --demand-kind yoy: the shipped series' kind is in the catalog", () =>
    refused(["outlook", "--dataset", "cn", "--demand-kind", "yoy"], /--demand-kind applies only with --file/));
  it("phase --dataset cn --method foo", () =>
    refused(["phase", "--dataset", "cn", "--method", "foo"], /--method must be one of bbq, bry-boschan, got "foo"/));
  it("with its partner the flag is taken (cycles --file F --lag 3)", async () => {
    const { fixture } = await import("./helpers.ts");
    const r = await run(
      "cycles",
      "--file",
      fixture("wind_export_cn_2000_2019.csv"),
      "--inventory",
      "工业企业:产成品存货:累计同比",
      "--demand",
      "工业企业:营业收入:累计同比",
      "--lag",
      "3",
      "--format",
      "json",
    );
    expect(r.code, r.err).toBe(0);
  });
  for (const c of COMMANDS) {
    const alone = Object.entries(c.flags).filter(([, s]) => s.with);
    if (!alone.length) continue;
    it(`${c.name}: each flag that goes with another is refused alone (${alone.map(([n]) => n).join(", ")})`, async () => {
      for (const [name, s] of alone) {
        const value = s.type === "boolean" ? [] : [s.choices?.[0] ?? (s.value ? "1" : "x")];
        await refused(
          [c.name, `--${name}`, ...value],
          new RegExp(`--${name} applies only with ${s.with!.map((w) => `--${w}`).join(" or ")}`),
        );
      }
    });
  }
});

describe("every command", () => {
  it("declares every flag that has a shared limit as numeric", () => {
    const undeclared = COMMANDS.flatMap((c) =>
      Object.entries(c.flags)
        .filter(([n, s]) => limitOf(n) && s.type === "string" && s.value === undefined)
        .map(([n]) => `${c.name} --${n}`),
    );
    expect(undeclared).toEqual([]);
    const numbers = COMMANDS.flatMap((c) =>
      Object.entries(c.flags)
        .filter(([, s]) => ["N", "X", "K", "BPS"].includes(s.arg ?? "") && s.value !== "number")
        .map(([n]) => `${c.name} --${n}`),
    );
    expect(numbers).toEqual([]);
  });

  for (const c of COMMANDS) {
    const cases = numericCases(c.flags);
    if (cases.length) {
      it(`${c.name}: each numeric flag refuses a word and a value out of bounds at parse time (${cases.map((x) => x.name).join(", ")})`, async () => {
        for (const { name, says, over, bounds } of cases) {
          await refused(
            [c.name, `--${name}`, "abc"],
            new RegExp(`--${says} must be a (whole )?number ${bounds}, got "abc"`),
          );
          await refused(
            [c.name, `--${name}=${over}`],
            new RegExp(`--${says} must be a (whole )?number ${bounds}, got "${over.replace("-", "\\-")}"`),
          );
        }
      });
    }
    if (c.positionals === undefined) {
      it(`${c.name}: a word it does not take is refused`, () =>
        refused(
          [c.name, "stray"],
          new RegExp(`unexpected argument "stray": ${c.name} takes no words besides its flags`),
        ));
    }
  }

  it("data's sub-commands take only their own words; lead's words must follow --indicator", async () => {
    await refused(["data", "list", "foo"], /data list takes no argument, got "foo"/);
    await refused(["data", "history", "foo"], /data history takes no argument/);
    await refused(["data", "show", "cn.ppi_yoy", "extra"], /data show takes one series id/);
    await refused(["lead", "--dataset", "cn", "stray"], /unexpected "stray"; indicators follow --indicator/);
  });

  it("only data (sub-command and ids) and lead (indicators after --indicator) take words", () => {
    expect(
      COMMANDS.filter((c) => c.positionals !== undefined)
        .map((c) => c.name)
        .sort(),
    ).toEqual(["data", "lead"]);
  });
});
