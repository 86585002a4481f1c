/**
 * Every function body runs inside `guard`: a `KitchinError` becomes `#VALUE!` or `#N/A` carrying
 * the core's one-line message (`toLine()`, with the row), and anything unexpected still becomes a
 * `#VALUE!` with its message — a custom function never throws a plain exception at Excel. A result
 * too large for Excel's payload limit is a `#VALUE!` too (src/payload.ts).
 *
 * The message is rendered from the core's message table in the language of the call's own options
 * (`lang=zh`: Chinese; otherwise English): functions with options pass it from `langOfText`, the
 * others are English. Nothing but the call decides it.
 */
import { inLang, isKitchinError, say, shortText, type KitchinErrorCode, type Lang } from "@kitchin/core";
import { checkPayload } from "./payload.ts";
import { langOfText, splitErrorsOption } from "./options.ts";

/** Longest message carried by a cell error; control characters are escaped (one line, inert). */
const MAX_MESSAGE = 600;

/** Codes that mean "there is nothing to show for this input" rather than "the input is wrong". */
const NOT_AVAILABLE: ReadonlySet<KitchinErrorCode> = new Set<KitchinErrorCode>([
  "unknown-series",
  "not-found",
  "no-overlap",
]);

export function toCellError(e: unknown, lang: Lang = "en"): CustomFunctions.Error {
  if (isKitchinError(e)) {
    const code = NOT_AVAILABLE.has(e.code)
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, shortText(e.toLine(lang), MAX_MESSAGE));
  }
  if (e instanceof CustomFunctions.Error) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    shortText(message || inLang(say("xlUnexpected"), lang), MAX_MESSAGE),
  );
}

/** Runs a synchronous adapter; errors are rethrown as `CustomFunctions.Error` with the message in `lang`. */
export function guard<T>(body: () => T, lang: Lang = "en"): T {
  try {
    return checkPayload(body(), undefined, lang);
  } catch (e) {
    throw toCellError(e, lang);
  }
}

/** Same for an asynchronous adapter (`CYCLE.DATA`). */
export async function guardAsync<T>(body: () => Promise<T>, lang: Lang = "en"): Promise<T> {
  try {
    return checkPayload(await body(), undefined, lang);
  } catch (e) {
    throw toCellError(e, lang);
  }
}

/**
 * For a function whose last argument is the options text: as `guard`, and with `errors=text` an error
 * comes back as one text cell, "#VALUE! <message>", for Excel builds that show only a generic text
 * for custom errors (office-js #4813, #4971). A bad `errors` value is itself a #VALUE!.
 */
export function guardWithOptions<O, T>(options: O, body: (options: O) => T): T | string[][] {
  const lang = langOfText(options);
  let split: { options: O; errorsAsText: boolean };
  try {
    split = splitErrorsOption(options);
  } catch (e) {
    throw toCellError(e, lang);
  }
  try {
    return guard(() => body(split.options), lang);
  } catch (e) {
    if (!split.errorsAsText) throw e;
    const cell = e as CustomFunctions.Error;
    return [[`${cell.code} ${cell.message ?? ""}`.trim()]];
  }
}

/** `guardWithOptions` for an asynchronous adapter (`CYCLE.SECTORS` with a shipped group id fetches data). */
export async function guardWithOptionsAsync<O, T>(
  options: O,
  body: (options: O) => Promise<T>,
): Promise<T | string[][]> {
  const lang = langOfText(options);
  let split: { options: O; errorsAsText: boolean };
  try {
    split = splitErrorsOption(options);
  } catch (e) {
    throw toCellError(e, lang);
  }
  try {
    return await guardAsync(() => body(split.options), lang);
  } catch (e) {
    if (!split.errorsAsText) throw e;
    const cell = e as CustomFunctions.Error;
    return [[`${cell.code} ${cell.message ?? ""}`.trim()]];
  }
}
