/**
 * History and undo of the user's data folder, in the manner of database migrations:
 * every import is a recorded change set naming the generation it made live and the one before.
 *
 * - `undo [N]`: the last N changes still in force (imports and removals; default 1) are undone by
 *   making live a new generation whose data files are byte for byte those of the generation before
 *   the earliest of them. The undo itself is recorded (and can be undone in turn only by importing
 *   again: undo never undoes an undo).
 * - `remove ID`: a new generation without the series' months, nor those of series derived from it
 *   (cn.demand_yoy from cn.revenue_yoy; us.sales from us.inventory and us.isratio …): the shipped
 *   series again.
 */
import { KitchinError, say } from "@kitchin/core";
import { findEntry } from "@kitchin/datasets";
import { kitchinHome } from "./home.ts";
import { withLock } from "./lock.ts";
import {
  commitGeneration,
  currentState,
  generationState,
  readDataFiles,
  readHistory,
  readImported,
  readManifest,
  type DataFiles,
  type HistoryEntry,
  type SeriesChange,
  type StoreState,
} from "./store.ts";

/** Changes still in force: imports and removals no undo has undone, oldest first. */
export function inForce(history: readonly HistoryEntry[]): HistoryEntry[] {
  const undone = new Set<number>();
  for (const e of history) if (e.kind === "undo") for (const n of e.undoes ?? []) undone.add(n);
  return history.filter((e) => e.kind !== "undo" && !undone.has(e.n));
}

/** Months that differ between two states, by series (what an undo or removal changes). */
function changesBetween(a: StoreState, b: StoreState, files: DataFiles): SeriesChange[] {
  const ids = new Set([...readDataFiles(a).series.keys(), ...files.series.keys()]);
  const out: SeriesChange[] = [];
  for (const id of [...ids].sort()) {
    const x = readImported(id, a.home, a) ?? new Map();
    const y = b.dir && files.series.has(id) ? (readImported(id, b.home, b) ?? new Map()) : new Map<number, number>();
    let n = 0;
    for (const m of new Set([...x.keys(), ...y.keys()])) if (x.get(m) !== y.get(m)) n++;
    if (n) out.push({ id, from: "", derived: false, added: 0, revised: n, flagsAffected: 0 });
  }
  return out;
}

export interface UndoResult {
  home: string;
  entry: number;
  undid: HistoryEntry[];
  generation: string;
  restored: string | null;
}

export async function undo(
  count: number,
  env: Record<string, string | undefined> = {},
  now = new Date(),
): Promise<UndoResult> {
  const home = kitchinHome();
  return withLock(
    home,
    "data undo",
    () => {
      const state = currentState(home);
      const history = readHistory(home, state);
      const live = inForce(history);
      if (live.length === 0) throw new KitchinError("not-found", say("undoNothing"), { file: home });
      if (count > live.length)
        throw new KitchinError("bad-option", say("undoTooMany", { n: live.length }), { file: home });
      const undid = live.slice(live.length - count);
      const target = generationState(home, undid[0].before);
      const files = readDataFiles(target);
      const n = (history.at(-1)?.n ?? 0) + 1;
      const series = changesBetween(state, target, files);
      const generation = commitGeneration(home, state, files, (name) => [
        ...history,
        {
          n,
          kind: "undo",
          at: now.toISOString(),
          generation: name,
          before: state.generation,
          series,
          undoes: undid.map((e) => e.n).reverse(),
        } satisfies HistoryEntry,
      ]);
      return { home, entry: n, undid, generation, restored: target.generation };
    },
    env,
  );
}

export interface RemoveResult {
  home: string;
  entry: number;
  removed: string[];
  generation: string;
}

export async function removeSeries(
  id: string,
  env: Record<string, string | undefined> = {},
  now = new Date(),
): Promise<RemoveResult> {
  findEntry(id); // unknown ids: one line with suggestions
  const home = kitchinHome();
  return withLock(
    home,
    `data remove ${id}`,
    () => {
      const state = currentState(home);
      const files = readDataFiles(state);
      if (!files.series.has(id)) throw new KitchinError("not-found", say("removeNothing", { id }), { file: home });
      const manifest = readManifest(home, state);
      // The series and every series derived from it, transitively
      const gone = new Set([id]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const [k, e] of Object.entries(manifest)) {
          if (!gone.has(k) && e.derivedFrom && e.derivedFrom.split(" + ").some((s) => gone.has(s))) {
            gone.add(k);
            grew = true;
          }
        }
      }
      for (const k of gone) {
        files.series.delete(k);
        delete manifest[k];
      }
      files.manifest =
        Object.keys(manifest).length || files.manifest
          ? Buffer.from(JSON.stringify(manifest, null, 1) + "\n", "utf8")
          : null;
      const history = readHistory(home, state);
      const n = (history.at(-1)?.n ?? 0) + 1;
      const removed = [...gone].sort();
      const series = changesBetween(
        state,
        { home, generation: null, dir: null },
        { series: new Map(), manifest: null },
      ).filter((c) => gone.has(c.id));
      const generation = commitGeneration(home, state, files, (name) => [
        ...history,
        {
          n,
          kind: "remove",
          at: now.toISOString(),
          generation: name,
          before: state.generation,
          series,
          removed,
        } satisfies HistoryEntry,
      ]);
      return { home, entry: n, removed, generation };
    },
    env,
  );
}

export { readHistory };
