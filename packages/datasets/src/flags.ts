import { FLAG_NAMES } from "./types.ts";

/** Flag bits → the `;`-joined text used in the curated files (`filled;proxy;anomaly` order). */
export function formatFlags(bits: number): string {
  let out = "";
  for (const [bit, name] of FLAG_NAMES) {
    if (bits & bit) out = out ? `${out};${name}` : name;
  }
  return out;
}

/** Flag bits → names, e.g. for JSON output `["proxy"]`. */
export function flagNames(bits: number): string[] {
  const out: string[] = [];
  for (const [bit, name] of FLAG_NAMES) if (bits & bit) out.push(name);
  return out;
}

/** `;`-joined flag text → bits; `-1` when a name is unknown. */
export function parseFlags(text: string): number {
  if (text === "") return 0;
  let bits = 0;
  for (const part of text.split(";")) {
    const hit = FLAG_NAMES.find(([, name]) => name === part);
    if (!hit) return -1;
    bits |= hit[0];
  }
  return bits;
}
