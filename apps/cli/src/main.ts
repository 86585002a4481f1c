/**
 * The `kitchin` command: dispatch, help and exit codes.
 */
import { deprecationLines, parseArgs } from "./args.ts";
import { COMMANDS } from "./commands/index.ts";
import { processIo, type Io } from "./context.ts";
import { describeError, EXIT_BAD_INPUT, EXIT_OK, UsageError } from "./errors.ts";
import { useHome } from "@kitchin/jobs/node";
import { say, shortText } from "@kitchin/core";
import type { Command } from "./command.ts";
import { commandHelp, formatsOf, mainHelp } from "./help.ts";

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes("--debug");
  let args = argv.filter((a) => a !== "--debug");
  useHome(io.env);
  // `kitchin --lang zh --help` and `kitchin --lang zh overview …`: a leading --lang is global.
  let lang: "en" | "zh" = "en";
  const lead = args[0] === "--lang" ? 2 : args[0]?.startsWith("--lang=") ? 1 : 0;
  if (lead) {
    const v = lead === 2 ? args[1] : args[0].slice("--lang=".length);
    if (v !== "en" && v !== "zh") {
      io.err(`kitchin: --lang must be one of en, zh, got "${shortText(String(v), 40)}" (see kitchin --help)\n`);
      return EXIT_BAD_INPUT;
    }
    lang = v;
    const rest = args.slice(lead);
    // Passed on to the command (its own --lang wins if given twice: that is refused as "given twice").
    args =
      rest.length && !rest[0].startsWith("-") && rest[0] !== "help" ? [rest[0], "--lang", v, ...rest.slice(1)] : rest;
  }
  try {
    const [name, ...rest] = args;
    if (!name || name === "--help" || name === "-h" || name === "help") {
      io.out(mainHelp(COMMANDS, lang));
      return EXIT_OK;
    }
    if (name === "--version") {
      io.out("kitchin 0.1.0\n");
      return EXIT_OK;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) throw new UsageError(say("unknownCommand", { name, commands: COMMANDS.map((c) => c.name) }));
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(commandHelp(cmd, langOfArgs(rest) ?? lang));
      return EXIT_OK;
    }
    const parsed = parseArgs(rest, cmd.flags, { command: cmd.name, positionals: cmd.positionals });
    for (const line of deprecationLines(parsed)) io.err(line + "\n");
    checkFormat(cmd, parsed.flags.format);
    await cmd.run(parsed, io);
    return EXIT_OK;
  } catch (e) {
    // The language of the error line: --lang as given (the flags may be what failed to parse).
    const { code, line } = describeError(e, debug, langOfArgs(args) ?? lang);
    io.err(line + "\n");
    return code;
  }
}

function langOfArgs(args: readonly string[]): "en" | "zh" | undefined {
  const at = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (at < 0) return undefined;
  return args[at] === "--lang=zh" || (args[at] === "--lang" && args[at + 1] === "zh") ? "zh" : "en";
}

/** `--format X` that the command does not print: refused before any work, naming the formats that exist. */
function checkFormat(cmd: Command, given: unknown): void {
  if (typeof given !== "string") return;
  const f = formatsOf(cmd);
  if (!f.length) throw new UsageError(say("formatNotApplicable", { command: cmd.name }));
  if (!(f as readonly string[]).includes(given)) {
    throw new UsageError(
      say("formatNotPrinted", { command: cmd.name, given: shortText(given, 40), formats: f, why: cmd.formatsWhy }),
    );
  }
}

// Run when executed directly (tsx src/main.ts, or the bin).
const isEntry =
  typeof process !== "undefined" && process.argv[1] !== undefined && /main\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
