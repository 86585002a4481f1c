/**
 * Errors are values a user can act on (style.md): every error the core throws is a
 * `KitchinError` with a stable `code` and, where known, the place in the input
 * (file, 1-based row, column name) so that the CLI can print one line and the Excel
 * add-in can show the same message through `#VALUE!` / `#N/A`.
 */
import { shortText } from "./input/number.ts";
import { about, inLang, type Note } from "./phases/messages.ts";
import type { Lang } from "./phases/phase.ts";

export type KitchinErrorCode =
  | "empty" // no observations at all
  | "too-short" // fewer observations than a method needs
  | "length-mismatch" // parallel inputs of different lengths
  | "not-numeric" // a value that is not a number
  | "bad-date" // a date that cannot be read as a month
  | "unsorted" // dates not increasing
  | "duplicate" // the same month twice
  | "gap" // a missing month in a series that must be gap-free
  | "bad-option" // an option out of range or unknown
  | "unknown-series" // an id that is not in the catalog / file
  | "bad-file" // a file that cannot be parsed
  | "no-overlap" // inputs that share no months
  | "zero-base" // a growth rate over a base that is zero or negative
  | "not-found"; // a requested item (asset, phase) does not exist

export interface ErrorPlace {
  file?: string;
  /** 1-based row in the user's table (header = row 1 in a CSV). */
  row?: number;
  column?: string;
}

export class KitchinError extends Error {
  readonly code: KitchinErrorCode;
  readonly place: ErrorPlace;
  /**
   * The message as a value (key, parameters, subjects) when the message table made it; `message` is its English text.
   */
  readonly said: Note;
  constructor(code: KitchinErrorCode, message: Note, place: ErrorPlace = {}) {
    super(String(message));
    this.name = "KitchinError";
    this.code = code;
    this.place = place;
    this.said = message;
  }
  /**
   * One line: `file, row 12, column "inventory": message` (a long or odd column name is cut and
   * escaped). In Chinese (`lang` "zh") the place words, and the message when it is a `Message` of
   * the table (phases/messages.ts, wrapped or not), are Chinese; other messages stay English.
   */
  toLine(lang: Lang = "en"): string {
    const zh = lang === "zh";
    const where: string[] = [];
    if (this.place.file) where.push(shortText(this.place.file, 200));
    if (this.place.row !== undefined) where.push(zh ? `第 ${this.place.row} 行` : `row ${this.place.row}`);
    if (this.place.column !== undefined)
      where.push(zh ? `列 "${shortText(this.place.column, 60)}"` : `column "${shortText(this.place.column, 60)}"`);
    const message = inLang(this.said, lang);
    return where.length ? `${where.join(zh ? "，" : ", ")}${zh ? "：" : ": "}${message}` : message;
  }
  /** A copy with more place information (the caller knows the file, the core knew the row). */
  at(place: ErrorPlace): KitchinError {
    return new KitchinError(this.code, this.said, { ...place, ...this.place, ...pickDefined(place) });
  }
}

function pickDefined(p: ErrorPlace): ErrorPlace {
  const out: ErrorPlace = {};
  if (p.file !== undefined) out.file = p.file;
  return out;
}

export function isKitchinError(e: unknown): e is KitchinError {
  return e instanceof KitchinError;
}

/**
 * Runs `f`; a `KitchinError` it throws is rethrown about `what` (which series failed): English `what: message`, still a
 * message of the table.
 */
export function withName<T>(f: () => T, what: string): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof KitchinError) throw new KitchinError(e.code, about(what, e.said), e.place);
    throw e;
  }
}
