/**
 * Node-only: `scorePhases` with its bootstrap and permutations shared among worker threads when the
 * panel is large enough to pay for them. The workers are started first, so that they
 * boot while this thread computes the rest of the scores; the assets are cut into contiguous ranges,
 * this thread takes the first, each worker gets a copy of its assets' log-return prefix sums and
 * sends back their intervals and p-values. Every asset's figures depend only on its
 * own returns and the seeded draws, so the output is identical to `scorePhases`, whatever the split.
 */
import { benjaminiHochberg } from "../src/stats/benjaminiHochberg.ts";
import { Worker } from "node:worker_threads";
import { availableParallelism, loadavg } from "node:os";
import { episodes, type Episode } from "@kitchin/core";
import type { PricePanel } from "../src/panel/panel.ts";
import { scorePhases, type PhaseScores, type ScoreOptions } from "../src/score/phaseScores.ts";
import { resampleInto, resampleParams, resampleWork, type ResampleParams } from "../src/score/resample.ts";
import { logPrefixOfPrices, panelSlice } from "../src/score/logPrefix.ts";

export interface ParallelScoreOptions extends ScoreOptions {
  /**
   * Threads for the resampling, this one included. Given: used as is (1 = this thread only).
   * Default: this thread unless the resampling is larger than `minWork` inner-loop steps (about
   * 0.15 s on one core), then one more thread per core left idle by the machine's load (1-minute
   * load average; at most 4 threads in all). A worker costs about 0.1 s of CPU to start (its own
   * runtime and JIT warm-up), which pays only when it gets a core of its own.
   */
  threads?: number;
  minWork?: number;
}

/** What a worker receives (structured-clone friendly). */
export interface ScoreJob {
  sum: Float64Array;
  count: Int32Array;
  n: number;
  T: number;
  runs: Episode[];
  params: ResampleParams;
}

export interface ScoreJobResult {
  low: Float64Array;
  high: Float64Array;
  pValue: Float64Array;
}

export async function scorePhasesParallel(
  panel: PricePanel,
  codes: Int8Array,
  opts: ParallelScoreOptions = {},
): Promise<PhaseScores & { threads: number }> {
  const { threads: asked, minWork, ...scoreOpts } = opts;
  const params = resampleParams(scoreOpts);
  const n = panel.assets.length;
  const runs = episodes(codes, null);
  const work = resampleWork(n, runs, params);
  const auto = work > (minWork ?? 1e8) ? autoThreads() : 1;
  const threads = Math.max(1, Math.min(asked ?? auto, n));
  if (threads === 1 || (params.bootstrap === 0 && params.permutations === 0))
    return { ...scorePhases(panel, codes, scoreOpts), threads: 1 };

  // Workers first: they start up (their own runtime, ~0.1 s of CPU) while this thread scores.
  const workers = Array.from({ length: threads - 1 }, () => new Worker(new URL("./scoreWorker.mjs", import.meta.url)));
  try {
    return await shareResampling(workers, panel, codes, scoreOpts, runs, params, threads);
  } catch (e) {
    for (const w of workers) void w.terminate(); // none left waiting for a job that will not come
    throw e;
  }
}

async function shareResampling(
  workers: Worker[],
  panel: PricePanel,
  codes: Int8Array,
  scoreOpts: ScoreOptions,
  runs: Episode[],
  params: ResampleParams,
  threads: number,
): Promise<PhaseScores & { threads: number }> {
  const n = panel.assets.length;
  const T = panel.months;
  const s = scorePhases(panel, codes, { ...scoreOpts, bootstrap: 0, permutations: 0 });
  const logs = logPrefixOfPrices(panel.prices, n, T);
  const cuts = Array.from({ length: threads + 1 }, (_, i) => Math.round((i * n) / threads));
  const W = T + 1;
  const jobs = workers.map((w, i) => {
    const from = cuts[i + 1];
    const to = cuts[i + 2];
    const job: ScoreJob = {
      sum: logs.sum.slice(from * W, to * W),
      count: logs.count.slice(from * W, to * W),
      n: to - from,
      T,
      runs: runs.map((e) => ({ ...e })),
      params,
    };
    return new Promise<{ from: number; res: ScoreJobResult }>((resolve, reject) => {
      w.once("message", (res: ScoreJobResult) => resolve({ from, res }));
      w.once("error", reject);
      w.once("exit", (code) => code !== 0 && reject(new Error(`score worker ${i + 1} exited with code ${code}`)));
      w.postMessage(job, [job.sum.buffer as ArrayBuffer, job.count.buffer as ArrayBuffer]);
    });
  });
  // This thread's share, while the workers start.
  resampleInto(panelSlice(logs, n, T, runs, 0, cuts[1]), params, s.ciLow, s.ciHigh, s.pValue);
  for (const { from, res } of await Promise.all(jobs)) {
    s.ciLow.set(res.low, from * 4);
    s.ciHigh.set(res.high, from * 4);
    s.pValue.set(res.pValue, from * 4);
  }
  // The q-values adjust the whole table's p-values, known only now.
  return { ...s, qValue: benjaminiHochberg(s.pValue), threads };
}

/** This thread plus one per idle core, at most 4 in all. */
function autoThreads(): number {
  const cores = availableParallelism();
  const idle = Math.max(0, cores - loadavg()[0]);
  return 1 + Math.min(Math.floor(idle), cores - 1, 3);
}

/** The worker's body (scoreWorker.ts): its assets' figures, `NaN` where there are none. */
export function runScoreJob(job: ScoreJob): ScoreJobResult {
  const low = new Float64Array(job.n * 4).fill(NaN);
  const high = new Float64Array(job.n * 4).fill(NaN);
  const pValue = new Float64Array(job.n * 4).fill(NaN);
  resampleInto(panelSlice({ sum: job.sum, count: job.count }, job.n, job.T, job.runs), job.params, low, high, pValue);
  return { low, high, pValue };
}
