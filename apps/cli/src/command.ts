/** A `kitchin` sub-command: its flags, its help, and what it does. */
import type { FlagSpecs, ParsedArgs } from "./args.ts";
import type { Io } from "./context.ts";
import type { Format } from "./options.ts";

export interface Command {
  name: string;
  summary: string;
  usage: string;
  flags: FlagSpecs;
  /**
   * The words the command takes besides its flags (`data`: a sub-command and ids); none when unset, so a stray word is
   * refused.
   */
  positionals?: string;
  /**
   * The `--format` values the command prints; default table, json and csv when it declares
   * `--format`. Any other value is refused before the work with the formats that exist and `formatsWhy`.
   */
  formats?: readonly Format[];
  formatsWhy?: string;
  run(args: ParsedArgs, io: Io): Promise<void>;
}
