export * from "./persistence.ts";
export * from "./flips.ts";
export * from "./odds.ts";
export * from "./closeness.ts";
export * from "./nowcast.ts";
export * from "./real.ts";
export * from "./outlook.ts";
export * from "./text.ts";
