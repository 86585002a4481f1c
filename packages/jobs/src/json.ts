/** A JSON value's shape checked with one line naming the file, the place and what was found. */
import { KitchinError, type Note } from "@kitchin/core";

/** What a JSON value is, in words (`null`, `a number`, `a list`). */
export function jsonKind(v: unknown): string {
  return v === null
    ? "null"
    : Array.isArray(v)
      ? "a list"
      : typeof v === "object"
        ? "an object"
        : typeof v === "number"
          ? "a number"
          : typeof v === "string"
            ? "text"
            : typeof v === "boolean"
              ? "true/false"
              : typeof v;
}

/** `v` as a plain object, or one line naming the file, the place and what was found. */
export function expectObject(v: unknown, file: string, refuse: (found: string) => Note): Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v))
    throw new KitchinError("bad-file", refuse(jsonKind(v)), { file });
  return v as Record<string, unknown>;
}
