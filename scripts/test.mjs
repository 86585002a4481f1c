#!/usr/bin/env node
// `pnpm test`: every package's type check and tests through turbo, then the one closing line
// CI reads (`N passed, N failed`). Exits non-zero if turbo or any test failed.
import { spawnSync } from "node:child_process";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" };
const turbo = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "typecheck",
    "test",
    "--continue",
    "--concurrency=2",
    "--output-logs=errors-only",
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env },
);
const summary = spawnSync(process.execPath, ["scripts/test-summary.mjs"], { stdio: "inherit", env });
if (turbo.status !== 0) console.error("pnpm test: turbo reported a failing task (type check or tests); see above");
process.exit(turbo.status !== 0 || summary.status !== 0 ? 1 : 0);
