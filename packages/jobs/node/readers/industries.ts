/**
 * The shipped industry panels as `kitchin sectors --dataset us|cn` and the report's industries
 * section read them: the core's `industryBreadth` over the panel of
 * @kitchin/datasets (`data/industries/<region>.json`), summarised into the JSON contract
 *
 *   {"at":"YYYY-MM","groups":[{"group":"wholesale","industries":[{"id","name","phase","weight"}],
 *    "counts":{"<phase id>":n,"unknown":n},"shares":{"<phase id>":p,"unknown":p}}]}
 *
 * plus labels, inventory states and breadth over time; and the China–US matched pairs.
 */
import {
  KitchinError,
  PHASE_IDS,
  formatMonth,
  industryBreadth,
  matchPairs,
  pairsOverTime,
  phaseIdOf,
  say,
  type BreadthOptions,
  type IndustryBreadth,
  type IndustryInput,
  type Note,
} from "@kitchin/core";
import { CHAIN_POSITIONS, type IndustryPanel } from "@kitchin/datasets";
import { loadIndustryPanel } from "@kitchin/datasets/node";
import { UsageError } from "../../src/errors.ts";

export type IndustryRegion = "us" | "cn";

const panels = new Map<IndustryRegion, IndustryPanel>();
export function industryPanel(region: IndustryRegion): IndustryPanel {
  let p = panels.get(region);
  if (!p) panels.set(region, (p = loadIndustryPanel(region)));
  return p;
}

type StateId = "restocking" | "destocking" | "unknown";
const stateId = (s: number): StateId => (s > 0 ? "restocking" : s < 0 ? "destocking" : "unknown");
const PHASE_KEYS = [...PHASE_IDS, "unknown"] as const;

export interface IndustryRowData {
  id: string;
  code: string;
  name: string;
  nameZh: string;
  position: string;
  phase: string;
  inventoryState: StateId;
  basis: "phase" | "inventory";
  real: boolean;
  monthsInPhase: number;
  monthsInState: number;
  level: number | null;
  weight: number | null;
}

export interface GroupData {
  group: string;
  name: string;
  nameZh: string;
  month: string;
  basis: "phase" | "inventory" | "mixed";
  industries: IndustryRowData[];
  counts: Record<string, number>;
  shares: Record<string, number>;
  states: { counts: Record<StateId, number>; shares: Record<StateId, number> };
  breadth: { month: string; restocking: number; known: number; share: number | null; activeRestocking: number }[];
}

export interface IndustriesData {
  dataset: IndustryRegion;
  at: string;
  mode: "as-of" | "ex-post";
  unit: string;
  groups: GroupData[];
  /** Share restocking across all (selected) industries, per month. */
  breadth: { month: string; restocking: number; known: number; share: number | null }[];
  notes: Note[];
}

export interface IndustryQuery extends Omit<BreadthOptions, "at"> {
  /** A group id, or a position (upstream|midstream|downstream) across groups. */
  group?: string;
  at?: number;
}

function inputsOf(
  panel: IndustryPanel,
  group?: string,
): { inputs: IndustryInput[]; groups: { id: string; name: string; nameZh: string }[] } {
  const known = panel.groups.map((g) => g.id);
  let list = panel.industries;
  let groups = panel.groups.map((g) => ({ id: g.id, name: g.name, nameZh: g.nameZh }));
  let regroup: string | undefined;
  if (group !== undefined) {
    if (known.includes(group)) {
      list = list.filter((x) => x.group === group);
      groups = groups.filter((g) => g.id === group);
    } else if ((CHAIN_POSITIONS as readonly string[]).includes(group)) {
      list = list.filter((x) => x.position === group);
      regroup = group;
      groups = [
        { id: group, name: group, nameZh: group === "upstream" ? "上游" : group === "midstream" ? "中游" : "下游" },
      ];
    } else {
      throw new UsageError(say("industriesGroup", { group, region: panel.region, known, positions: CHAIN_POSITIONS }));
    }
  }
  const inputs = list.map(
    (x): IndustryInput => ({
      id: x.id,
      name: x.name,
      group: regroup ?? x.group,
      position: x.position,
      inventory: x.inventory,
      sales: x.sales,
      price: x.price,
    }),
  );
  return { inputs, groups };
}

export function industryBreadthOf(
  region: IndustryRegion,
  q: IndustryQuery = {},
): { breadth: IndustryBreadth; panel: IndustryPanel; groups: { id: string; name: string; nameZh: string }[] } {
  const panel = industryPanel(region);
  const { inputs, groups } = inputsOf(panel, q.group);
  const { group: _g, ...options } = q;
  return { breadth: industryBreadth(inputs, options), panel, groups };
}

export function industriesData(region: IndustryRegion, q: IndustryQuery = {}): IndustriesData {
  const { breadth: b, panel, groups } = industryBreadthOf(region, q);
  const byId = new Map(panel.industries.map((x) => [x.id, x]));
  const notes: Note[] = [];
  const atMonth = q.at ?? Math.max(...b.groups.map((g) => g.month));
  const inventoryOnly = b.groups.filter((g) => g.industries.every((r) => r.basis === "inventory")).map((g) => g.group);
  if (inventoryOnly.length) notes.push(say("industriesInventoryOnly", { groups: inventoryOnly.join(", ") }));
  if (b.groups.some((g) => g.industries.some((r) => r.real))) notes.push(say("industriesReal"));
  for (const g of b.groups)
    if (g.month !== atMonth)
      notes.push(say("industriesGroupEnds", { group: g.group, month: formatMonth(g.month), at: formatMonth(atMonth) }));
  notes.push(say(b.mode === "as-of" ? "sectorsAsOf" : "sectorsExPost"));
  const share = (x: number) => (Number.isFinite(x) ? x : null);
  const order = (id: string) => groups.findIndex((x) => x.id === id);
  const data: GroupData[] = [...b.groups]
    .sort((x, y) => order(x.group) - order(y.group))
    .map((g) => {
      const meta = groups.find((x) => x.id === g.group) ?? { id: g.group, name: g.group, nameZh: g.group };
      const basis = g.industries.every((r) => r.basis === "phase")
        ? "phase"
        : g.industries.every((r) => r.basis === "inventory")
          ? "inventory"
          : "mixed";
      const stateCounts: Record<StateId, number> = { restocking: 0, destocking: 0, unknown: 0 };
      for (const r of g.industries) stateCounts[stateId(r.inventoryState)]++;
      return {
        group: g.group,
        name: meta.name,
        nameZh: meta.nameZh,
        month: formatMonth(g.month),
        basis,
        industries: g.industries.map((r) => {
          const x = byId.get(r.id)!;
          return {
            id: r.id,
            code: x.code,
            name: x.name,
            nameZh: x.nameZh,
            position: x.position,
            phase: phaseIdOf(r.code) ?? "unknown",
            inventoryState: stateId(r.inventoryState),
            basis: r.basis,
            real: r.real,
            monthsInPhase: r.monthsInPhase,
            monthsInState: r.monthsInState,
            level: share(r.level),
            weight: share(r.weight),
          };
        }),
        counts: Object.fromEntries(PHASE_KEYS.map((k, i) => [k, g.counts[i]])),
        shares: Object.fromEntries(PHASE_KEYS.map((k, i) => [k, g.shares[i]])),
        states: {
          counts: stateCounts,
          shares: { restocking: g.stateShares[0], destocking: g.stateShares[1], unknown: g.stateShares[2] },
        },
        breadth: Array.from(g.breadth.known, (k, t) => ({
          month: formatMonth(g.breadth.start + t),
          restocking: g.breadth.restocking[t],
          known: k,
          share: share(g.breadth.restockingShare[t]),
          activeRestocking: g.breadth.activeRestocking[t],
        })),
      };
    });
  return {
    dataset: region,
    at: formatMonth(atMonth),
    mode: b.mode,
    unit: panel.unit,
    groups: data,
    breadth: Array.from(b.all.known, (k, t) => ({
      month: formatMonth(b.all.start + t),
      restocking: b.all.restocking[t],
      known: k,
      share: share(b.all.restockingShare[t]),
    })),
    notes,
  };
}

export interface PairsData {
  at: string;
  pairs: {
    theme: string;
    themeZh: string;
    cn: { id: string; name: string; nameZh: string; state: StateId };
    us: { id: string; name: string; nameZh: string; state: StateId; phase: string };
    relation: "same" | "opposite" | "unknown";
  }[];
  summary: { same: number; opposite: number; unknown: number };
  overTime: { month: string; same: number; opposite: number; unknown: number }[];
  notes: Note[];
}

/** China–US matched pairs at `at` (default: the last month both regions cover) and over time. */
export function pairsData(q: Omit<IndustryQuery, "group" | "at"> & { at?: number } = {}): PairsData {
  const { at, ...options } = q;
  const cnPanel = industryPanel("cn"),
    usPanel = industryPanel("us");
  const matches = cnPanel.matches ?? [];
  if (matches.length === 0) throw new KitchinError("empty", say("noPairs"));
  const cn = industryBreadthOf("cn", options).breadth,
    us = industryBreadthOf("us", options).breadth;
  const over = pairsOverTime(matches, cn, us);
  const last = over.start + over.same.length - 1;
  const month = at ?? last;
  if (month < over.start || month > last) {
    throw new UsageError(
      say("industriesAt", { at: formatMonth(month), from: formatMonth(over.start), to: formatMonth(last) }),
    );
  }
  const byId = new Map([...cnPanel.industries, ...usPanel.industries].map((x) => [x.id, x]));
  const usPath = (id: string) => us.paths.get(id)!;
  const rows = matchPairs(matches, cn, us, month).map((r, i) => {
    const c = byId.get(r.cn)!,
      u = byId.get(r.us)!;
    const p = usPath(r.us);
    return {
      theme: r.theme,
      themeZh: matches[i].themeZh,
      cn: { id: c.id, name: c.name, nameZh: c.nameZh, state: stateId(r.cnState) },
      us: {
        id: u.id,
        name: u.name,
        nameZh: u.nameZh,
        state: stateId(r.usState),
        phase: phaseIdOf(p.phases[month - p.start] ?? -1) ?? "unknown",
      },
      relation: r.relation,
    };
  });
  const summary = { same: 0, opposite: 0, unknown: 0 };
  for (const r of rows) summary[r.relation]++;
  return {
    at: formatMonth(month),
    pairs: rows,
    summary,
    overTime: Array.from(over.same, (s, t) => ({
      month: formatMonth(over.start + t),
      same: s,
      opposite: over.opposite[t],
      unknown: over.unknown[t],
    })),
    notes: [say("industriesPairs"), say(cn.mode === "as-of" ? "sectorsAsOf" : "sectorsExPost")],
  };
}
