/**
 * Industry breadth (note 000 §2: "批发环节共 19 个细分行业，其中 5 个行业进入主动补库
 * 阶段，规模占比约 19%"): for industries in groups (wholesale, retail, …), each industry's phase
 * (inventory × sales, the sector panel's engine, methods.md §7) or, without sales, its inventory
 * state alone — said so per industry (`basis`) — and per group the count and the inventory-level
 * weighted share of industries in each phase (unknown included, so the shares add to 1), and
 * breadth over time (the share of industries restocking).
 *
 * Real inventories: where an industry has a price index (China's industry PPI), the inventory
 * level is deflated (level / price × 100) before its YoY, and the industry says `real: true`;
 * weights stay nominal levels (the "规模" of the note). `nominal: true` switches deflation off.
 *
 * Every industry is dated on its own series (the panel aligns months, it does not mix series),
 * so a group's answer for an industry equals the phase path of that industry alone (tested).
 */
import { KitchinError } from "../errors.ts";
import { about, say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";
import { observedSpan, valueAt, type Series } from "../series/series.ts";
import { sectorPanel, type SectorInput, type SectorOptions, type SectorPanel } from "./panel.ts";

export interface IndustryInput {
  id: string;
  name: string;
  group: string;
  position?: string;
  inventory: Series;
  sales?: Series;
  /** Price index of the industry's goods (any base): inventories are deflated by it unless `nominal`. */
  price?: Series;
}

export interface BreadthOptions extends Omit<SectorOptions, "kind"> {
  /** Use nominal inventories even where a price index exists. */
  nominal?: boolean;
}

export interface IndustryState {
  id: string;
  name: string;
  group: string;
  position?: string;
  /** "phase": inventory × sales; "inventory": inventory state only (no sales). */
  basis: "phase" | "inventory";
  /** Inventory deflated by the industry's price index. */
  real: boolean;
  /** Phase code at the group's month (−1 unknown). */
  code: number;
  /** +1 restocking, −1 destocking, 0 unknown, at the group's month. */
  inventoryState: number;
  monthsInPhase: number;
  monthsInState: number;
  /** Nominal inventory level at the group's month (the latest one known up to it), NaN if none. */
  level: number;
  /** Share of the group's total level; NaN when the level is unknown. */
  weight: number;
}

export interface GroupBreadth {
  group: string;
  /** The month read: `at` or the last month of the group's data if it ends earlier. */
  month: number;
  industries: IndustryState[];
  /** counts[code] for codes 0..3, then unknown at index 4. */
  counts: number[];
  /** Level-weighted shares for codes 0..3, then unknown at index 4 (add to 1). */
  shares: number[];
  /** Level-weighted shares restocking / destocking / unknown state (add to 1). */
  stateShares: [restocking: number, destocking: number, unknown: number];
  /** Breadth over time on the group's own months. */
  breadth: Breadth;
}

export interface Breadth {
  start: number;
  /** Industries restocking and with a known inventory state, per month. */
  restocking: Int32Array;
  known: Int32Array;
  /** Level-weighted share restocking among industries with a known state (NaN if none). */
  restockingShare: Float64Array;
  /** Industries in active restocking (phase), per month. */
  activeRestocking: Int32Array;
}

export interface IndustryBreadth {
  mode: "as-of" | "ex-post";
  groups: GroupBreadth[];
  /** All industries together (same engine, one axis). */
  all: Breadth;
  /** Per industry id: inventory states and phase codes per month from `start` (for matching). */
  paths: Map<string, { start: number; inventoryStates: Int8Array; phases: Int8Array; basis: "phase" | "inventory" }>;
}

/** level / price × 100 on the months where both exist. */
export function deflate(level: Series, price: Series): Series {
  const values = new Float64Array(level.values.length);
  for (let i = 0; i < values.length; i++) {
    const p = valueAt(price, level.start + i);
    values[i] = Number.isFinite(p) && p > 0 ? (level.values[i] / p) * 100 : NaN;
  }
  return { start: level.start, values };
}

/** The latest finite value at or before month m (carries over a single missing month such as China's Januaries). */
function levelAt(s: Series, m: number): number {
  for (let k = m; k >= s.start && k >= m - 2; k--) {
    const x = valueAt(s, k);
    if (Number.isFinite(x)) return x;
  }
  return NaN;
}

export function industryBreadth(inputs: readonly IndustryInput[], options: BreadthOptions = {}): IndustryBreadth {
  if (inputs.length === 0) throw new KitchinError("empty", say("noIndustries"));
  const seen = new Set<string>();
  for (const x of inputs) {
    if (seen.has(x.id)) throw new KitchinError("duplicate", say("industryTwice", { name: x.id }));
    seen.add(x.id);
    if (!observedSpan(x.inventory))
      throw new KitchinError("empty", about(x.id, say("noNumericValues", { name: "the inventory series" })));
  }
  const real = (x: IndustryInput) => !options.nominal && x.price !== undefined;
  const sectorInput = (x: IndustryInput): SectorInput => ({
    name: x.id,
    inventory: real(x) ? deflate(x.inventory, x.price as Series) : x.inventory,
    sales: x.sales,
    weight: x.inventory,
  });
  const { nominal: _n, ...rest } = options;
  const panelOptions: SectorOptions = { ...rest, kind: "level" };
  const groupIds = [...new Set(inputs.map((x) => x.group))];
  const groups = groupIds.map((g) => {
    const members = inputs.filter((x) => x.group === g);
    const p = sectorPanel(members.map(sectorInput), panelOptions);
    return groupOf(g, members, p, real);
  });
  const p = sectorPanel(inputs.map(sectorInput), panelOptions);
  const paths = new Map(
    inputs.map((x, k) => [
      x.id,
      {
        start: p.start,
        inventoryStates: p.inventoryStates[k],
        phases: p.phases[k],
        basis: (x.sales ? "phase" : "inventory") as "phase" | "inventory",
      },
    ]),
  );
  return { mode: p.mode, groups, all: breadthOf(p), paths };
}

function breadthOf(p: SectorPanel): Breadth {
  return {
    start: p.start,
    restocking: p.restocking,
    known: p.knownState,
    restockingShare: p.restockingWeightShare,
    activeRestocking: p.counts[1],
  };
}

function groupOf(
  group: string,
  members: IndustryInput[],
  p: SectorPanel,
  real: (x: IndustryInput) => boolean,
): GroupBreadth {
  const t = p.length - 1;
  const month = p.start + t;
  const levels = members.map((x) => levelAt(x.inventory, month));
  let total = 0;
  for (const l of levels) if (Number.isFinite(l)) total += l;
  const counts = [0, 0, 0, 0, 0];
  const shares = [0, 0, 0, 0, 0];
  const stateShares: [number, number, number] = [0, 0, 0];
  const industries = members.map((x, k): IndustryState => {
    const code = p.phases[k][t],
      st = p.inventoryStates[k][t];
    const w = total > 0 && Number.isFinite(levels[k]) ? levels[k] / total : NaN;
    const slot = code >= 0 ? code : 4;
    counts[slot]++;
    if (Number.isFinite(w)) {
      shares[slot] += w;
      stateShares[st > 0 ? 0 : st < 0 ? 1 : 2] += w;
    }
    const run = (a: Int8Array) => {
      let j = t;
      while (j > 0 && a[j - 1] === a[t]) j--;
      return t - j + 1;
    };
    return {
      id: x.id,
      name: x.name,
      group,
      position: x.position,
      basis: x.sales ? "phase" : "inventory",
      real: real(x),
      code,
      inventoryState: st,
      monthsInPhase: code >= 0 ? run(p.phases[k]) : 0,
      monthsInState: st !== 0 ? run(p.inventoryStates[k]) : 0,
      level: levels[k],
      weight: w,
    };
  });
  return { group, month, industries, counts, shares, stateShares, breadth: breadthOf(p) };
}

export type PairRelation = "same" | "opposite" | "unknown";

export interface MatchedPair {
  theme: string;
  cn: string;
  us: string;
  cnState: number;
  usState: number;
  relation: PairRelation;
}

/**
 * China–US matched pairs (note 000 §3): per pair, both industries' inventory states at `month`
 * and whether they are the same (both restocking or both destocking) or opposite. Inventory
 * states, not phases: China's industries have no sales. `overTime` counts the pairs in each
 * relation per month over the months both paths cover.
 */
export function matchPairs(
  pairs: readonly { theme: string; cn: string; us: string }[],
  cn: IndustryBreadth,
  us: IndustryBreadth,
  month: number,
): MatchedPair[] {
  return pairs.map((x) => {
    const a = stateAt(cn, x.cn, month),
      b = stateAt(us, x.us, month);
    return { theme: x.theme, cn: x.cn, us: x.us, cnState: a, usState: b, relation: relationOf(a, b) };
  });
}

export interface PairsOverTime {
  start: number;
  same: Int32Array;
  opposite: Int32Array;
  unknown: Int32Array;
}

export function pairsOverTime(
  pairs: readonly { cn: string; us: string }[],
  cn: IndustryBreadth,
  us: IndustryBreadth,
): PairsOverTime {
  const a = Math.max(cn.all.start, us.all.start);
  const b = Math.min(cn.all.start + cn.all.known.length, us.all.start + us.all.known.length) - 1;
  if (b < a) throw new KitchinError("no-overlap", say("noSharedMonths", { what: "China's and the US industry data" }));
  const n = b - a + 1;
  const out = { start: a, same: new Int32Array(n), opposite: new Int32Array(n), unknown: new Int32Array(n) };
  for (let t = 0; t < n; t++) {
    for (const x of pairs) {
      const r = relationOf(stateAt(cn, x.cn, a + t), stateAt(us, x.us, a + t));
      out[r][t]++;
    }
  }
  return out;
}

function stateAt(b: IndustryBreadth, id: string, month: number): number {
  const p = b.paths.get(id);
  if (!p) throw new KitchinError("not-found", say("noIndustry", { id }));
  const i = month - p.start;
  return i >= 0 && i < p.inventoryStates.length ? p.inventoryStates[i] : 0;
}

function relationOf(a: number, b: number): PairRelation {
  if (a === 0 || b === 0) return "unknown";
  return a === b ? "same" : "opposite";
}

/** `YYYY-MM` of a group's month (for messages and tables). */
export const groupMonth = (g: GroupBreadth): string => formatMonth(g.month);
