/**
 * The error of a request that cannot be met as asked (a missing input, options that contradict each
 * other, an unknown choice): the faces print its message and exit 2 (CLI, "see kitchin --help") or
 * show it as `#VALUE!` (Excel). Analytics and readers throw the core's `KitchinError` instead. Its
 * message is a value of the core's table (`say(key, params)`), kept in `said` and rendered in the
 * face's language when printed; `message` is its English text.
 */
import type { Note } from "@kitchin/core";

export class UsageError extends Error {
  readonly said: Note;
  constructor(message: Note) {
    super(String(message));
    this.name = "UsageError";
    this.said = message;
  }
}
