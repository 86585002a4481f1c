/**
 * Contributions of components to the YoY growth of a total, in percentage points (拉动; note 001:
 * "AI与工业化相关产品…贡献出口同比增速约3.6个百分点"; note 000: the manufacturing / wholesale /
 * retail split of US inventories):
 *
 *   contribution_i = 100 · (C_i − C_i,base) / T_base          (pp)
 *   total YoY      = 100 · (T − T_base) / T_base               (%)
 *   residual       = total YoY − Σ contribution_i              (pp)
 *                  = 100 · ((T − ΣC_i) − (T − ΣC_i)_base) / T_base
 *   share_i        = 100 · C_i / T                             (% of the total)
 *
 * The same formulas hold month by month (one month's values) and over a window (sums over the
 * window's months, see window.ts): the contributions then add up to the window's growth. The
 * residual is what the components leave out (an "other" category, rounding, a total from another
 * source); it is exactly 0 when the components add up to the total.
 *
 * The month axis is the total's. A month is computed when the total and its base are known; a
 * component missing that month gives `NaN` for its contribution and the residual. Over a window a
 * month enters only when every series and every base is known. Errors: a component that shares no
 * observed month with the total (`no-overlap`), a total whose base is zero or negative in a
 * computed month or window (`zero-base`).
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";
import { pairsOn, type YoyPairs } from "./pairs.ts";
import { checkAggregate, checkWindow, type WindowAggregate } from "./window.ts";

export interface ContributionInput {
  total: YoyPairs;
  components: YoyPairs[];
  /** Component names, for messages (default "component 1", …). */
  names?: string[];
}

export interface ContributionOptions {
  /** Months computed (default: the total's months). */
  from?: number;
  to?: number;
  /** Window summarised (default: from…to). */
  window?: { from: number; to: number };
  aggregate?: WindowAggregate;
  /** Total's name in messages. */
  totalName?: string;
}

export interface WindowContribution {
  from: number;
  to: number;
  totalYoy: number;
  /** One per component, pp. */
  contributions: Float64Array;
  residual: number;
  /** Each component's share of the total over the window (Σ C_i / Σ T), %. */
  shares: Float64Array;
  months: number;
  skipped: number[];
}

export interface Contributions {
  start: number;
  /** Per month (index t = month start + t). */
  totalYoy: Float64Array;
  /** contributions[i][t], pp. */
  contributions: Float64Array[];
  residual: Float64Array;
  /** shares[i][t], % of the total in month t. */
  shares: Float64Array[];
  window: WindowContribution;
}

function label(names: string[] | undefined, i: number): string {
  return names?.[i] ?? `component ${i + 1}`;
}

export function contributions(input: ContributionInput, options: ContributionOptions = {}): Contributions {
  const { total, components, names } = input;
  const totalName = options.totalName ?? "total";
  if (components.length === 0) throw new KitchinError("empty", say("noComponents"));
  if (names && names.length !== components.length) {
    throw new KitchinError(
      "length-mismatch",
      say("namesForComponents", { names: names.length, components: components.length }),
    );
  }
  const aggregate = checkAggregate(options.aggregate ?? "sum");
  const from = options.from ?? total.start;
  const to = options.to ?? total.start + total.current.length - 1;
  checkWindow(from, to);
  const T = pairsOn(total, from, to);
  const C = components.map((c) => pairsOn(c, from, to));
  const n = to - from + 1;

  // A component on other months than the total: nothing to compare.
  components.forEach((c, i) => {
    const full = pairsOn(c, total.start, total.start + total.current.length - 1);
    let shared = false;
    for (let t = 0; t < full.current.length && !shared; t++)
      shared = Number.isFinite(full.current[t]) && Number.isFinite(total.current[t]);
    if (!shared)
      throw new KitchinError("no-overlap", say("componentNoMonth", { component: label(names, i), total: totalName }));
  });

  const k = components.length;
  const totalYoy = new Float64Array(n).fill(NaN);
  const residual = new Float64Array(n).fill(NaN);
  const contrib = Array.from({ length: k }, () => new Float64Array(n).fill(NaN));
  const shares = Array.from({ length: k }, () => new Float64Array(n).fill(NaN));
  for (let t = 0; t < n; t++) {
    const x = T.current[t],
      b = T.base[t];
    if (Number.isFinite(x))
      for (let i = 0; i < k; i++)
        if (Number.isFinite(C[i].current[t]) && x !== 0) shares[i][t] = (100 * C[i].current[t]) / x;
    if (!Number.isFinite(x) || !Number.isFinite(b)) continue;
    if (!(b > 0)) {
      throw new KitchinError(
        "zero-base",
        say("baseNotPositive", { name: totalName, base: b, month: formatMonth(from + t) }),
      );
    }
    totalYoy[t] = (100 * (x - b)) / b;
    let sum = 0,
      all = true;
    for (let i = 0; i < k; i++) {
      const c = C[i].current[t],
        cb = C[i].base[t];
      if (Number.isFinite(c) && Number.isFinite(cb)) {
        contrib[i][t] = (100 * (c - cb)) / b;
        sum += contrib[i][t];
      } else all = false;
    }
    if (all) residual[t] = totalYoy[t] - sum;
  }

  const w = options.window ?? { from, to };
  return {
    start: from,
    totalYoy,
    contributions: contrib,
    residual,
    shares,
    window: windowContribution(total, components, w.from, w.to, aggregate, totalName),
  };
}

/** Contributions over the months [from, to]: sums over the months where every series and base is known. */
export function windowContribution(
  total: YoyPairs,
  components: YoyPairs[],
  from: number,
  to: number,
  aggregate: WindowAggregate = "sum",
  totalName = "total",
): WindowContribution {
  checkWindow(from, to);
  checkAggregate(aggregate);
  const k = components.length;
  const T = pairsOn(total, from, to);
  const C = components.map((c) => pairsOn(c, from, to));
  const cur = new Float64Array(k),
    base = new Float64Array(k);
  let tc = 0,
    tb = 0,
    months = 0,
    last = -1;
  const skipped: number[] = [];
  for (let t = 0; t <= to - from; t++) {
    let ok = Number.isFinite(T.current[t]) && Number.isFinite(T.base[t]);
    for (let i = 0; i < k && ok; i++) ok = Number.isFinite(C[i].current[t]) && Number.isFinite(C[i].base[t]);
    if (!ok) {
      skipped.push(from + t);
      continue;
    }
    months++;
    last = t;
    if (aggregate === "end") continue;
    tc += T.current[t];
    tb += T.base[t];
    for (let i = 0; i < k; i++) {
      cur[i] += C[i].current[t];
      base[i] += C[i].base[t];
    }
  }
  const empty = (): WindowContribution => ({
    from,
    to,
    totalYoy: NaN,
    contributions: new Float64Array(k).fill(NaN),
    residual: NaN,
    shares: new Float64Array(k).fill(NaN),
    months: 0,
    skipped,
  });
  if (months === 0) return empty();
  if (aggregate === "end") {
    if (last !== to - from) return empty();
    tc = T.current[last];
    tb = T.base[last];
    for (let i = 0; i < k; i++) {
      cur[i] = C[i].current[last];
      base[i] = C[i].base[last];
    }
  }
  if (!(tb > 0)) {
    throw new KitchinError(
      "zero-base",
      say("windowBaseNotPositive", {
        name: totalName,
        end: aggregate === "end",
        from: formatMonth(from),
        to: formatMonth(to),
        base: tb,
      }),
    );
  }
  const contributions = new Float64Array(k),
    shares = new Float64Array(k);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    contributions[i] = (100 * (cur[i] - base[i])) / tb;
    sum += contributions[i];
    shares[i] = tc !== 0 ? (100 * cur[i]) / tc : NaN;
  }
  const totalYoy = (100 * (tc - tb)) / tb;
  return { from, to, totalYoy, contributions, residual: totalYoy - sum, shares, months, skipped };
}
