/** Worker-thread body of `scorePhasesParallel`: one range of assets' intervals and p-values. */
import { parentPort, workerData } from "node:worker_threads";
import { runScoreJob, type ScoreJob } from "./parallelScore.ts";

const res = runScoreJob(workerData as ScoreJob);
parentPort!.postMessage(res, [res.low.buffer as ArrayBuffer, res.high.buffer as ArrayBuffer, res.pValue.buffer as ArrayBuffer]);
