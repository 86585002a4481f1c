/**
 * The four phases of the inventory cycle (methods.md §3; note 003 第2则, note 004 §1).
 * One table holds every label: code, CLI, Excel and reports read names from here.
 */
export const PHASE_IDS = ["passive-destock", "active-restock", "passive-restock", "active-destock"] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** Integer codes used in typed arrays: -1 = unknown, 0..3 = PHASE_IDS order (the usual sequence). */
export const PHASE_UNKNOWN = -1;
export type PhaseCode = -1 | 0 | 1 | 2 | 3;

export type Lang = "en" | "zh";

export interface PhaseInfo {
  id: PhaseId;
  code: 0 | 1 | 2 | 3;
  en: string;
  zh: string;
  /** Demand (revenue) state in this phase. */
  revenue: "rising" | "falling";
  /** Inventory state in this phase. */
  inventory: "rising" | "falling";
  /** Merrill Lynch investment-clock stage that note 003 maps the phase to. */
  clock: { en: string; zh: string };
}

export const PHASES: readonly PhaseInfo[] = [
  {
    id: "passive-destock",
    code: 0,
    en: "Passive destocking",
    zh: "被动去库",
    revenue: "rising",
    inventory: "falling",
    clock: { en: "Recovery", zh: "复苏" },
  },
  {
    id: "active-restock",
    code: 1,
    en: "Active restocking",
    zh: "主动补库",
    revenue: "rising",
    inventory: "rising",
    clock: { en: "Overheat", zh: "过热" },
  },
  {
    id: "passive-restock",
    code: 2,
    en: "Passive restocking",
    zh: "被动补库",
    revenue: "falling",
    inventory: "rising",
    clock: { en: "Stagflation", zh: "滞涨" },
  },
  {
    id: "active-destock",
    code: 3,
    en: "Active destocking",
    zh: "主动去库",
    revenue: "falling",
    inventory: "falling",
    clock: { en: "Reflation / Recession", zh: "衰退" },
  },
];

/** Direction of a series: +1 rising, -1 falling, 0 unknown (as in Int8Array state paths). */
export type StateCode = 1 | -1 | 0;
export const STATE_LABELS: Record<"rising" | "falling" | "unknown", { en: string; zh: string }> = {
  rising: { en: "rising", zh: "上行" },
  falling: { en: "falling", zh: "下行" },
  unknown: { en: "unknown", zh: "未知" },
};

/** Turning-point types, for tables in either language. */
export const TURN_LABELS: Record<"peak" | "trough", { en: string; zh: string }> = {
  peak: { en: "peak", zh: "高点" },
  trough: { en: "trough", zh: "低点" },
};

/** Phase code from the demand and inventory states (each +1/-1/0). */
export function phaseCodeOf(revenueState: number, inventoryState: number): PhaseCode {
  if (revenueState === 0 || inventoryState === 0) return PHASE_UNKNOWN;
  if (revenueState > 0) return inventoryState < 0 ? 0 : 1;
  return inventoryState > 0 ? 2 : 3;
}

export function phaseIdOf(code: number): PhaseId | null {
  return code >= 0 && code <= 3 ? PHASE_IDS[code] : null;
}

export function phaseCodeOfId(id: string): PhaseCode {
  const i = (PHASE_IDS as readonly string[]).indexOf(id);
  return i as PhaseCode; // -1 when unknown
}

export function phaseLabel(code: number, lang: Lang = "en"): string {
  const p = PHASES[code];
  if (!p) return lang === "zh" ? "未知" : "unknown";
  return lang === "zh" ? p.zh : p.en;
}

export function stateName(s: number): "rising" | "falling" | null {
  return s > 0 ? "rising" : s < 0 ? "falling" : null;
}

const PHASE_WORDS = new Map<string, PhaseCode>([
  ["", -1],
  ["unknown", -1],
  ["未知", -1],
]);
for (const p of PHASES) for (const w of [p.id, p.en, p.zh]) PHASE_WORDS.set(w.toLowerCase(), p.code);

/**
 * The one reader of phase text, for every face (CLI phase files, CYCLE.SCORE/BACKTEST phase ranges,
 * CYCLE.SYNC): an id (`passive-destock`), an English or Chinese label as `phaseLabel` prints it
 * (any case, trimmed), or blank / `unknown` / `未知` (→ -1). With `codes`, the codes `-1` and `0`–`3`
 * are read too. Returns `undefined` for any other text, so the caller can say where it was.
 */
export function phaseOfText(text: string, o: { codes?: boolean } = {}): PhaseCode | undefined {
  const w = text.trim().toLowerCase();
  const c = PHASE_WORDS.get(w);
  if (c !== undefined) return c;
  if (o.codes && /^(-1|[0-3])$/.test(w)) return Number(w) as PhaseCode;
  return undefined;
}
