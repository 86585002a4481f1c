/**
 * Node-only: runs a sweep on worker threads (the package's `src/` stays browser-safe; this entry is
 * `@kitchin/backtest/node`). The grid is split by groups — every (timeline, lag, rebalance, top-k,
 * weighting) with all its cost levels stays in one worker, so the shared intermediate results are
 * still shared — and the ranked rows are merged. Small grids run in this thread.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { market, type Market } from "../src/strategy/types.ts";
import {
  gridSize,
  rankRows,
  sweep,
  type SweepGrid,
  type SweepOptions,
  type SweepResult,
  type SweepRow,
} from "../src/sweep/sweep.ts";
import type { PricePanel } from "../src/panel/panel.ts";

export interface ParallelSweepOptions extends Omit<SweepOptions, "part"> {
  /**
   * Worker threads. Given: used as is (1 = this thread). Default: this thread unless the grid is
   * large — more than `minWork` backtest cells (backtests × months × assets; about 2 s on one
   * core) — then all cores (at most 8): starting a worker costs a few hundred milliseconds.
   */
  threads?: number;
  minWork?: number;
}

/** What a worker receives (structured-clone friendly: typed arrays and plain objects). */
export interface SweepJob {
  panel: { assets: string[]; start: number; months: number; prices: Float64Array };
  cash?: Float64Array;
  cashLabel?: string;
  grid: SweepGrid;
  options: Omit<SweepOptions, "onProgress" | "part">;
  part: { index: number; count: number };
}

export async function parallelSweep(
  mk: Market,
  grid: SweepGrid,
  opts: ParallelSweepOptions = {},
): Promise<SweepResult & { threads: number }> {
  const total = gridSize(grid);
  const work = (total / Math.max(1, grid.cost.length)) * mk.panel.months * mk.panel.assets.length;
  const auto = work > (opts.minWork ?? 3e7) ? Math.min(availableParallelism(), 8) : 1;
  const threads = Math.max(1, Math.min(opts.threads ?? auto, total));
  const { onProgress, threads: _t, minWork: _m, ...options } = opts;
  if (threads === 1) return { ...sweep(mk, grid, opts), threads: 1 };
  const p = mk.panel as PricePanel;
  const done = new Array<number>(threads).fill(0);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, index) => {
      const job: SweepJob = {
        panel: { assets: [...p.assets], start: p.start, months: p.months, prices: p.prices },
        cash: mk.cash,
        cashLabel: mk.cashLabel,
        grid,
        options,
        part: { index, count: threads },
      };
      return new Promise<SweepRow[]>((resolve, reject) => {
        const w = new Worker(new URL("./sweepWorker.mjs", import.meta.url), { workerData: job });
        w.on("message", (m: { progress?: number; rows?: SweepRow[] }) => {
          if (m.progress !== undefined) {
            done[index] = m.progress;
            onProgress?.(
              done.reduce((a, b) => a + b, 0),
              total,
            );
          }
          if (m.rows) resolve(m.rows);
        });
        w.on("error", reject);
        w.on("exit", (code) => code !== 0 && reject(new Error(`sweep worker ${index} exited with code ${code}`)));
      });
    }),
  );
  const rows = rankRows(parts.flat(), options.objective ?? "sharpe");
  return { tried: rows.length, objective: options.objective ?? "sharpe", rows, threads };
}

/** Used by the worker: rebuild the market from a job. */
export function marketOfJob(job: SweepJob): Market {
  return market({ ...job.panel }, job.cash, job.cashLabel);
}
