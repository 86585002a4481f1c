/**
 * Worker-thread body of `scorePhasesParallel`: waits for its job (one range of assets), sends back their intervals and
 * p-values.
 */
import { parentPort } from "node:worker_threads";
import { runScoreJob, type ScoreJob } from "./parallelScore.ts";

parentPort!.once("message", (job: ScoreJob) => {
  const res = runScoreJob(job);
  parentPort!.postMessage(res, [
    res.low.buffer as ArrayBuffer,
    res.high.buffer as ArrayBuffer,
    res.pValue.buffer as ArrayBuffer,
  ]);
});
