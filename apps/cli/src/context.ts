import { escapeControl, inLang, wordOf, type Lang, type Note } from "@kitchin/core";
import { describeError, EXIT_BAD_INPUT } from "./errors.ts";
/** What a command needs from the outside world, injectable for tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  // A write error on stdout (`> /dev/full`, a reader that closed the pipe: `kitchin … | head`)
  // arrives as an event after the write: one line, exit 2 (docs/cli.md), never a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    const { line } = describeError(Object.assign(e, { path: "standard output" }), false);
    try {
      process.stderr.write(line + "\n");
    } catch {
      /* stderr gone too */
    }
    process.exit(EXIT_BAD_INPUT);
  });
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

/** JSON for other tools: NaN and ±Infinity become null (JSON has no such numbers). */
export function toJson(v: unknown): string {
  // JSON.stringify writes NaN and ±Infinity as null by itself (ECMA-262 SerializeJSONProperty);
  // no replacer, which would cost a call per value (noticeable on a 2,000-asset score).
  return JSON.stringify(v, null, 2) + "\n";
}

/**
 * What was done to the user's data (reversed order, cells read as missing, gaps, rescaling …):
 * in table and CSV modes one `note: …` line each on stderr, so stdout stays the result; JSON
 * output carries the same sentences in its `notes` array instead (always English: stable text for
 * other tools). With `--lang zh` the prefix and every message of the table (core
 * phases/messages.ts), wrapped or not, are Chinese: rendered here from its key and parameters.
 * The same sentence twice is printed once.
 */
export function printNotes(io: Io, notes: readonly Note[], lang: Lang = "en"): void {
  for (const n of new Set(notes.map((x) => inLang(x, lang)))) io.err(`${wordOf("note", lang)}: ${escapeControl(n)}\n`);
}

/**
 * Warnings (thin samples, missing prices, look-ahead, a stale call …): one `warning: …` line each on
 * stderr in table and CSV modes, so stdout is the result alone and a CSV keeps them; JSON
 * output carries them in its `warnings` field instead. One word for warning in Chinese: 警告.
 */
export function printWarnings(io: Io, warnings: readonly Note[], lang: Lang = "en"): void {
  for (const w of new Set(warnings.map((x) => inLang(x, lang))))
    io.err(`${wordOf("warning", lang)}: ${escapeControl(w)}\n`);
}
