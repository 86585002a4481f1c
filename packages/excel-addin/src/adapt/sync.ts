/**
 * CYCLE.SYNC: the core's `synchronisation` of two inventory-state paths on the same rows, as
 * `kitchin sync` prints it (months and shares of co-restocking, co-destocking and the divergent
 * cases; the Harding–Pagan concordance), plus the 4 × 4 phase table when both ranges hold phases.
 *
 * A range holds either inventory states — 1 / −1 (CYCLE.STATE's `format=code`), `rising` /
 * `falling` (上行 / 下行), `restocking` / `destocking` (补库 / 去库) — or phases as CYCLE.PHASE
 * prints them (labels in English or Chinese, or ids such as `passive-destock`). From a phase the
 * inventory state is the one the phase table fixes (`PHASES[code].inventory`), as `syncTimelines`
 * takes each timeline's inventory states. Blank, `0` and `unknown` (未知) are unknown months.
 */
import { KitchinError, PHASES, phaseLabel, phaseOfText, say, synchronisation } from "@kitchin/core";
import { flatten, sameLength, table, type Cell, type Out, type Range } from "../cells.ts";
import { SYNC_OPTIONS, langOf, parseOptions } from "../options.ts";
import { SYNC_ROWS } from "../labels.ts";

type Word = { state: number; phase: number };

const UNKNOWN: Word = { state: 0, phase: -1 };
const STATE_WORDS = new Map<string, number>([
  ["rising", 1],
  ["上行", 1],
  ["restocking", 1],
  ["补库", 1],
  ["falling", -1],
  ["下行", -1],
  ["destocking", -1],
  ["去库", -1],
]);

interface Path {
  states: Int8Array;
  /** Phase codes when the range holds phases, else null. */
  phases: Int8Array | null;
}

/**
 * Numbers are states only: a phase code (0–3) would read as a state without complaint — 3, active
 * destocking, is a falling inventory but a positive number — so codes other than 1, −1 and 0 are
 * refused and phases must come as labels or ids.
 */
function read(v: Cell, what: string, row: number): Word & { kind: "state" | "phase" | "none" } {
  if (v === null || v === undefined) return { ...UNKNOWN, kind: "none" };
  const s = String(v).trim();
  const l = s.toLowerCase();
  if (s === "" || l === "unknown" || s === "未知") return { ...UNKNOWN, kind: "none" };
  const x =
    typeof v === "number"
      ? v
      : typeof v === "string" && /^[+\-−]?\d+(\.\d+)?$/.test(s)
        ? Number(s.replace("−", "-"))
        : NaN;
  if (x === 0) return { ...UNKNOWN, kind: "none" };
  if (x === 1 || x === -1) return { state: x, phase: -1, kind: "state" };
  const st = STATE_WORDS.get(l);
  if (st !== undefined) return { state: st, phase: -1, kind: "state" };
  const ph = phaseOfText(l);
  if (ph !== undefined && ph >= 0)
    return { state: PHASES[ph].inventory === "rising" ? 1 : -1, phase: ph, kind: "phase" };
  throw new KitchinError("bad-option", say("xlNotStateOrPhase", { value: s }), { row, column: what });
}

function path(range: Range, what: string): Path {
  const cells = flatten(range, what).cells;
  if (cells.length === 0) throw new KitchinError("empty", say("xlRangeEmpty", { what }));
  const states = new Int8Array(cells.length);
  const phases = new Int8Array(cells.length);
  let firstState = 0,
    firstPhase = 0;
  for (let i = 0; i < cells.length; i++) {
    const w = read(cells[i], what, i + 1);
    states[i] = w.state;
    phases[i] = w.phase;
    if (w.kind === "state" && !firstState) firstState = i + 1;
    if (w.kind === "phase" && !firstPhase) firstPhase = i + 1;
  }
  if (firstState && firstPhase) {
    throw new KitchinError("bad-option", say("xlMixedKinds", { what, phaseRow: firstPhase, stateRow: firstState }));
  }
  return { states, phases: firstPhase ? phases : null };
}

export function syncOf(statesA: Range, statesB: Range, options?: string | null): Out {
  const o = parseOptions(options, SYNC_OPTIONS);
  const lang = langOf(o);
  const a = path(statesA, "statesA");
  const b = path(statesB, "statesB");
  sameLength(a.states, "statesA", b.states, "statesB");
  const both = a.phases !== null && b.phases !== null;
  const r = synchronisation(a.states, b.states, both ? a.phases! : undefined, both ? b.phases! : undefined);
  const w = SYNC_ROWS[lang];
  const n = r.counts;
  const rows: (number | string)[][] = [
    [...w.header],
    [w.months, r.months, ""],
    [w.inStep, n.inStep, r.inStep],
    [w.coRestock, n.coRestock, r.coRestock],
    [w.coDestock, n.coDestock, r.coDestock],
    [w.aRestockBDestock, n.aRestockBDestock, r.aRestockBDestock],
    [w.aDestockBRestock, n.aDestockBRestock, r.aDestockBRestock],
    [w.concordance, "", r.concordance],
    [w.independent, "", r.concordanceIfIndependent],
  ];
  if (r.phaseTable) {
    rows.push([], [w.corner, ...PHASES.map((p) => phaseLabel(p.code, lang))]);
    r.phaseTable.counts.forEach((c, i) => rows.push([phaseLabel(i, lang), ...c]));
  }
  const width = Math.max(...rows.map((x) => x.length));
  for (const x of rows) while (x.length < width) x.push("");
  return table(rows);
}
