/**
 * Contributions to growth and the divergence of two growth series (notes 001 and 000): growth
 * over a window, each component's contribution to the total's YoY in percentage points with the
 * residual and shares, and the gap between two growth rates as a z-score against its own history.
 */
export * from "./pairs.ts";
export * from "./window.ts";
export * from "./contributions.ts";
export * from "./divergence.ts";
export * from "./table.ts";
