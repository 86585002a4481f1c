/**
 * The `kitchin` command: dispatch, help and exit codes (issue 2).
 */
import { parseArgs } from "./args.ts";
import { COMMANDS } from "./commands/index.ts";
import { processIo, type Io } from "./context.ts";
import { describeError, EXIT_OK, UsageError } from "./errors.ts";
import { useHome } from "./userData/home.ts";

const GLOBAL = "--debug shows the stack of an internal error; --help shows a command's flags.";

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  useHome(io.env);
  try {
    const [name, ...rest] = args;
    if (!name || name === "--help" || name === "-h" || name === "help") {
      io.out(help());
      return EXIT_OK;
    }
    if (name === "--version") { io.out("kitchin 0.1.0\n"); return EXIT_OK; }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(", ")}`);
    if (rest.includes("--help") || rest.includes("-h")) { io.out(commandHelp(cmd.name)); return EXIT_OK; }
    await cmd.run(parseArgs(rest, cmd.flags), io);
    return EXIT_OK;
  } catch (e) {
    // The language of the error line: --lang as given (the flags may be what failed to parse).
    const at = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
    const lang = at >= 0 && (args[at] === "--lang=zh" || (args[at] === "--lang" && args[at + 1] === "zh")) ? "zh" : "en";
    const { code, line } = describeError(e, debug, lang);
    io.err(line + "\n");
    return code;
  }
}

function help(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "kitchin — the inventory cycle (库存周期) from monthly data",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    "",
    GLOBAL,
    "Docs: docs/ in the repository. Exit codes: 0 ok, 1 internal error, 2 bad input.",
    "",
  ].join("\n");
}

function commandHelp(name: string): string {
  const c = COMMANDS.find((x) => x.name === name)!;
  const flags = Object.entries(c.flags);
  const w = Math.max(...flags.map(([k, s]) => k.length + (s.arg ? s.arg.length + 1 : 0)));
  return [
    `kitchin ${c.name} — ${c.summary}`,
    "",
    `Usage: ${c.usage}`,
    "",
    ...flags.map(([k, s]) => `  --${(k + (s.arg ? " " + s.arg : "")).padEnd(w)}  ${s.description}`),
    "",
    GLOBAL,
    "",
  ].join("\n");
}

// Run when executed directly (tsx src/main.ts, or the bin).
const isEntry = typeof process !== "undefined" && process.argv[1] !== undefined && /main\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
