/**
 * @kitchin/core — the inventory-cycle engine. No runtime dependencies and no Node APIs:
 * it also runs inside Excel's browser runtime.
 */
export * from "./errors.ts";
export * from "./time/month.ts";
export * from "./phases/phase.ts";
