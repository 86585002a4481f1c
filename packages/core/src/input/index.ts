/** Input cells (numbers, dates, missing values) and text encodings: one reader for every face. */
export * from "./number.ts";
export * from "./dates.ts";
export * from "./encoding.ts";
export * from "./limits.ts";
export * from "./units.ts";
