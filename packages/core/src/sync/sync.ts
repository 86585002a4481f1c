/**
 * Synchronisation of two economies' inventory cycles (methods.md §5; note 003 第6则: "统计
 * 2000年5月至2023年9月之间的269个月，共有188个月份(70%)中美库存周期同向共振运行，其中共振补库
 * 时间占比36%，共振去库时间占比34%"). Over the months where both inventory states are known:
 * counts and shares of co-restocking, co-destocking and the two divergent cases, the
 * Harding–Pagan concordance (for binary states it equals the in-step share) and, when both
 * phase paths are given, the 4 × 4 phase contingency table.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { bit, concordance } from "./concordance.ts";
import { phaseTable, type PhaseTable } from "./phaseTable.ts";

export interface SyncCounts {
  coRestock: number;
  coDestock: number;
  aRestockBDestock: number;
  aDestockBRestock: number;
}

export interface SyncResult {
  /** Months with both inventory states known. */
  months: number;
  inStep: number;
  coRestock: number;
  coDestock: number;
  aRestockBDestock: number;
  aDestockBRestock: number;
  /** Harding–Pagan concordance of the two inventory states. */
  concordance: number;
  /** Concordance expected if the two cycles were independent. */
  concordanceIfIndependent: number;
  counts: SyncCounts & { inStep: number };
  /** Rows: a's phase, columns: b's phase (PHASE_IDS order); present when phases were given. */
  phaseTable?: PhaseTable;
}

/**
 * Inventory states of a and b (+1 restocking, −1 destocking, 0 unknown) on one axis;
 * optionally their phase codes (0..3, −1 unknown) on the same axis.
 */
export function synchronisation(
  statesA: ArrayLike<number>,
  statesB: ArrayLike<number>,
  phasesA?: ArrayLike<number>,
  phasesB?: ArrayLike<number>,
): SyncResult {
  if (statesA.length !== statesB.length) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "the two state paths", a: statesA.length, b: statesB.length, axis: true }),
    );
  }
  const c: SyncCounts = { coRestock: 0, coDestock: 0, aRestockBDestock: 0, aDestockBRestock: 0 };
  for (let t = 0; t < statesA.length; t++) {
    const a = bit(statesA[t], "signed"),
      b = bit(statesB[t], "signed");
    if (a < 0 || b < 0) continue;
    if (a && b) c.coRestock++;
    else if (!a && !b) c.coDestock++;
    else if (a) c.aRestockBDestock++;
    else c.aDestockBRestock++;
  }
  const I = concordance(statesA, statesB, "signed"); // throws no-overlap
  const n = I.months;
  const out: SyncResult = {
    months: n,
    inStep: (c.coRestock + c.coDestock) / n,
    coRestock: c.coRestock / n,
    coDestock: c.coDestock / n,
    aRestockBDestock: c.aRestockBDestock / n,
    aDestockBRestock: c.aDestockBRestock / n,
    concordance: I.index,
    concordanceIfIndependent: I.expected,
    counts: { ...c, inStep: c.coRestock + c.coDestock },
  };
  if (phasesA && phasesB) out.phaseTable = phaseTable(phasesA, phasesB);
  return out;
}
