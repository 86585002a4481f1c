import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/main.ts";
import type { Io } from "../src/context.ts";

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with captured output. */
export async function run(...argv: string[]): Promise<Run> {
  return runEnv({}, ...argv);
}

/** `run` with environment variables (e.g. KITCHIN_TODAY, KITCHIN_HOME). */
export async function runEnv(env: Record<string, string | undefined>, ...argv: string[]): Promise<Run> {
  let out = "",
    err = "";
  // KITCHIN_HOME defaults to the test run's own empty folder (vitest.config.ts), never ~/.kitchin
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    isTTY: false,
    env: { KITCHIN_HOME: process.env.KITCHIN_HOME, ...env },
  };
  const code = await main(argv, io);
  return { code, out, err };
}

export async function runJson<T = any>(...argv: string[]): Promise<T> {
  const r = await run(...argv, "--format", "json");
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as T;
}

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "kitchin-cli-"));
/** Writes a temporary file and returns its path. */
export function tmpFile(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
export const tmpPath = (name: string) => join(dir, name);
