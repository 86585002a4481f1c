/**
 * How the CLI ends (issue 2): bad input → one line on stderr naming file, row and column
 * where known, exit 2; an internal error → a short message, exit 1 (the stack only with --debug).
 */
import { KitchinError } from "@kitchin/core";

/** A mistake in the command line itself (unknown flag, missing argument). Exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

export function describeError(e: unknown, debug: boolean): { code: number; line: string } {
  if (e instanceof KitchinError) return { code: EXIT_BAD_INPUT, line: `kitchin: ${e.toLine()}` };
  if (e instanceof UsageError) return { code: EXIT_BAD_INPUT, line: `kitchin: ${e.message} (see kitchin --help)` };
  const err = e instanceof Error ? e : new Error(String(e));
  const line = debug && err.stack ? `kitchin: internal error: ${err.stack}` : `kitchin: internal error: ${err.message} (run again with --debug for details)`;
  return { code: EXIT_INTERNAL, line };
}
