/** Worker-thread body of `parallelSweep`: one part of the grid, progress messages, then the rows. */
import { parentPort, workerData } from "node:worker_threads";
import { sweep } from "../src/sweep/sweep.ts";
import { marketOfJob, type SweepJob } from "./parallelSweep.ts";

const job = workerData as SweepJob;
let last = 0;
const res = sweep(marketOfJob(job), job.grid, {
  ...job.options,
  part: job.part,
  onProgress: (done) => {
    const now = Date.now();
    if (now - last > 50) (last = now), parentPort!.postMessage({ progress: done });
  },
});
parentPort!.postMessage({ progress: res.tried });
parentPort!.postMessage({ rows: res.rows });
