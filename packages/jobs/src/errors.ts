/**
 * The error of a request that cannot be met as asked (a missing input, options that contradict each
 * other, an unknown choice): the faces print its message and exit 2 (CLI, "see kitchin --help") or
 * show it as `#VALUE!` (Excel). Analytics and readers throw the core's `KitchinError` instead.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
