/**
 * Every function body runs inside `guard`: a `KitchinError` becomes `#VALUE!` or `#N/A` carrying
 * the core's one-line message (`toLine()`, with the row), and anything unexpected still becomes a
 * `#VALUE!` with its message — a custom function never throws a plain exception at Excel. A result
 * too large for Excel's payload limit is a `#VALUE!` too (src/payload.ts).
 */
import { isKitchinError, shortText, type KitchinErrorCode } from "@kitchin/core";
import { checkPayload } from "./payload.ts";
import { splitErrorsOption } from "./options.ts";

/** Longest message carried by a cell error; control characters are escaped (one line, inert). */
const MAX_MESSAGE = 600;

/** Codes that mean "there is nothing to show for this input" rather than "the input is wrong". */
const NOT_AVAILABLE: ReadonlySet<KitchinErrorCode> = new Set<KitchinErrorCode>([
  "unknown-series",
  "not-found",
  "no-overlap",
]);

export function toCellError(e: unknown): CustomFunctions.Error {
  if (isKitchinError(e)) {
    const code = NOT_AVAILABLE.has(e.code) ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, shortText(e.toLine(), MAX_MESSAGE));
  }
  if (e instanceof CustomFunctions.Error) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, shortText(message || "unexpected error", MAX_MESSAGE));
}

/** Runs a synchronous adapter; errors are rethrown as `CustomFunctions.Error`. */
export function guard<T>(body: () => T): T {
  try {
    return checkPayload(body());
  } catch (e) {
    throw toCellError(e);
  }
}

/** Same for an asynchronous adapter (`CYCLE.DATA`). */
export async function guardAsync<T>(body: () => Promise<T>): Promise<T> {
  try {
    return checkPayload(await body());
  } catch (e) {
    throw toCellError(e);
  }
}

/**
 * For a function whose last argument is the options text: as `guard`, and with `errors=text` an error
 * comes back as one text cell, "#VALUE! <message>", for Excel builds that show only a generic text
 * for custom errors (office-js #4813, #4971). A bad `errors` value is itself a #VALUE!.
 */
export function guardWithOptions<O, T>(options: O, body: (options: O) => T): T | string[][] {
  let split: { options: O; errorsAsText: boolean };
  try {
    split = splitErrorsOption(options);
  } catch (e) {
    throw toCellError(e);
  }
  try {
    return guard(() => body(split.options));
  } catch (e) {
    if (!split.errorsAsText) throw e;
    const cell = e as CustomFunctions.Error;
    return [[`${cell.code} ${cell.message ?? ""}`.trim()]];
  }
}

/** `guardWithOptions` for an asynchronous adapter (`CYCLE.SECTORS` with a shipped group id fetches data). */
export async function guardWithOptionsAsync<O, T>(options: O, body: (options: O) => Promise<T>): Promise<T | string[][]> {
  let split: { options: O; errorsAsText: boolean };
  try {
    split = splitErrorsOption(options);
  } catch (e) {
    throw toCellError(e);
  }
  try {
    return await guardAsync(() => body(split.options));
  } catch (e) {
    if (!split.errorsAsText) throw e;
    const cell = e as CustomFunctions.Error;
    return [[`${cell.code} ${cell.message ?? ""}`.trim()]];
  }
}
