/** A `kitchin` sub-command: its flags, its help, and what it does. */
import type { FlagSpecs, ParsedArgs } from "./args.ts";
import type { Io } from "./context.ts";

export interface Command {
  name: string;
  summary: string;
  usage: string;
  flags: FlagSpecs;
  run(args: ParsedArgs, io: Io): Promise<void>;
}
