#!/usr/bin/env node
// `pnpm lint`: every check, in order, each to the end whatever the others found; exits non-zero when
// any of them has a finding. The checks (docs/development.md, "Lint and format"):
//   format      biome: the formatting `pnpm format` writes (2 spaces, double quotes, semicolons, 120)
//   lint        biome: the linter's rules in biome.json (unused imports and variables among them)
//   unused      knip: unused files, exports and types (knip.json)
//   long lines  scripts/lint/longLines.mjs: no line over 120 characters, with its stated exceptions
//   citations   scripts/lint/methodsCitations.mjs: every `methods.md §N` a comment cites exists
//   issues      scripts/lint/issueNumbers.mjs: no comment cites an issue number
import { spawnSync } from "node:child_process";

const CHECKS = [
  ["format", "biome", ["format", "."]],
  ["lint", "biome", ["lint", "--error-on-warnings", "."]],
  ["unused", "knip", ["--no-progress"]],
  ["long lines", process.execPath, ["scripts/lint/longLines.mjs"]],
  ["citations", process.execPath, ["scripts/lint/methodsCitations.mjs"]],
  ["issues", process.execPath, ["scripts/lint/issueNumbers.mjs"]],
];

const failed = [];
for (const [name, cmd, args] of CHECKS) {
  const bin = cmd === process.execPath ? cmd : `node_modules/.bin/${cmd}`;
  const r = spawnSync(bin, args, { stdio: "inherit" });
  if (r.status !== 0) failed.push(name);
  console.error(`lint: ${name} ${r.status === 0 ? "ok" : "FAILED"}`);
}
console.error(
  failed.length ? `pnpm lint: ${failed.length} check(s) failed: ${failed.join(", ")}` : "pnpm lint: all checks passed",
);
process.exit(failed.length ? 1 : 0);
