/**
 * `kitchin sync`: synchronisation of two economies' inventory cycles (methods.md §5; note 003
 * 第6则) — shares of co-restocking, co-destocking and the two divergent cases over the common
 * months, the Harding–Pagan concordance and the 4 × 4 phase table.
 *
 * Each side is a region's shipped inventory and demand series (`--a cn --b us`), which
 * `--a-inventory`, `--a-demand`, … can replace with any series spec (shipped id or a
 * `--file` column, with the modifiers of `kitchin lead`, e.g. `cn.inventory_yoy:real=cn.ppi_yoy`
 * for real inventory).
 */
import { bool, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { sourceRequest } from "../requests.ts";
import { printNotes, toJson } from "../context.ts";
import { UsageError } from "../errors.ts";
import { useColour } from "../format/table.ts";
import { INPUT_FLAGS } from "../flags.ts";
import { toCsv } from "@kitchin/jobs/node";
import {
  OUTPUT_FLAGS,
  PHASE_RULE_FLAGS,
  formatOf,
  langOf,
  monthRange,
  reversalOptions,
  turnFlags,
  monthFlags,
} from "../options.ts";
import { specContext } from "@kitchin/jobs/node";
import { say } from "@kitchin/core";
import { computeSync, regionSide, type SideSpec } from "@kitchin/jobs/node";
import { renderSync } from "../format/sync.ts";

export const syncCommand: Command = {
  name: "sync",
  summary: "synchronisation of two inventory cycles: co-restocking, co-destocking, concordance, phase table",
  usage:
    "kitchin sync --a cn|us --b cn|us [--a-inventory SPEC --a-demand SPEC --b-inventory SPEC --b-demand SPEC] [--file F] [--from YYYY-MM] [--to YYYY-MM] [--mode ex-post|as-of] [--extend] [--format table|json|csv]",
  flags: {
    ...INPUT_FLAGS,
    a: {
      type: "string",
      arg: "cn|us|LABEL",
      description: "first economy (rows of the phase table); any label when --a-inventory and --a-demand are given",
    },
    b: { type: "string", arg: "cn|us|LABEL", description: "second economy (columns)" },
    "a-inventory": {
      type: "string",
      arg: "SPEC",
      description: "replace a's inventory series (id or column, modifiers as in kitchin lead)",
    },
    "a-demand": { type: "string", arg: "SPEC", description: "replace a's demand (revenue/sales) series" },
    "b-inventory": { type: "string", arg: "SPEC", description: "replace b's inventory series" },
    "b-demand": { type: "string", arg: "SPEC", description: "replace b's demand series" },
    ...monthFlags("the months compared"),
    mode: {
      type: "string",
      arg: "ex-post|as-of",
      description: "states from turns dated on the whole history (default) or real-time",
    },
    extend: { type: "boolean", description: "ex-post: carry states past the first and last turns to the ends" },
    ...PHASE_RULE_FLAGS,
    ...OUTPUT_FLAGS,
  },
  async run(p: ParsedArgs, io) {
    const a = str(p, "a"),
      b = str(p, "b");
    if (!a || !b) throw new UsageError(say("syncBoth"));
    const mode = str(p, "mode") ?? "ex-post";
    if (mode !== "ex-post" && mode !== "as-of")
      throw new UsageError(say("flagMustBe", { flag: "mode", allowed: ["ex-post", "as-of"], got: mode }));
    const side = (label: string, k: "a" | "b"): SideSpec => {
      const inv = str(p, `${k}-inventory`),
        dem = str(p, `${k}-demand`);
      // Any label works when both series are named; cn/us supply the shipped defaults.
      if (inv && dem) return { label, inventory: inv, demand: dem };
      const s = regionSide(label);
      return { label, inventory: inv ?? s.inventory, demand: dem ?? s.demand };
    };
    const ctx = await specContext(sourceRequest(p));
    const turns = turnFlags(p);
    const data = computeSync(
      {
        a: side(a, "a"),
        b: side(b, "b"),
        mode,
        extend: bool(p, "extend"),
        ...monthRange(p),
        turns,
        demandPreset: turns.demandPreset,
        reversal: reversalOptions(p),
      },
      ctx,
    );
    const format = formatOf(p);
    if (format === "json") io.out(toJson(data));
    else if (format === "csv") {
      io.out(
        toCsv(
          [
            "a",
            "b",
            "mode",
            "from",
            "to",
            "months",
            "inStep",
            "coRestock",
            "coDestock",
            "aRestockBDestock",
            "aDestockBRestock",
            "concordance",
            "concordanceIfIndependent",
          ],
          [
            [
              data.a,
              data.b,
              data.mode,
              data.from,
              data.to,
              data.months,
              data.inStep,
              data.coRestock,
              data.coDestock,
              data.aRestockBDestock,
              data.aDestockBRestock,
              data.concordance,
              data.concordanceIfIndependent,
            ],
          ],
        ),
      );
    } else io.out(renderSync(data, langOf(p), useColour(io.isTTY, io.env)));
    if (format !== "json") printNotes(io, data.notes, langOf(p));
  },
};
