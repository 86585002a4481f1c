/**
 * One writer at a time per data folder: `$KITCHIN_HOME/lock` is created with O_EXCL
 * (`wx`) and holds the owner's pid, host and start time. A second writer waits, polling, up to a
 * bounded time (`KITCHIN_LOCK_TIMEOUT_MS`, default 30 s) and then refuses with one line naming
 * the owner and the file. A lock whose owner is gone (same host, pid no longer alive; or a lock
 * file left empty by a writer killed between create and write, older than 2 s) is stale: it is
 * moved aside with one rename (only one breaker can win that rename) and the create is retried.
 *
 * Readers take no lock: generations are immutable and `CURRENT` changes by one rename (store.ts).
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { KitchinError, say } from "@kitchin/core";
import { lockFile } from "./home.ts";

interface Owner {
  pid: number;
  host: string;
  at: string;
  what: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** A lock file with no owner written yet is left alone for this long (its writer may be mid-write). */
const EMPTY_GRACE_MS = 2_000;

function timeoutMs(env: Record<string, string | undefined>): number {
  const v = Number(env.KITCHIN_LOCK_TIMEOUT_MS ?? process.env.KITCHIN_LOCK_TIMEOUT_MS);
  return Number.isFinite(v) && v >= 0 ? v : DEFAULT_TIMEOUT_MS;
}

function readOwner(path: string): Owner | null {
  try {
    const o = JSON.parse(readFileSync(path, "utf8")) as Owner;
    return o && typeof o.pid === "number" && typeof o.host === "string" ? o : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when the lock at `path` belongs to nobody (owner gone) — only then may it be broken. */
function stale(path: string): boolean {
  const o = readOwner(path);
  if (o) return o.host === hostname() && o.pid !== process.pid && !alive(o.pid);
  try {
    return Date.now() - statSync(path).mtimeMs > EMPTY_GRACE_MS;
  } catch {
    return false; // gone meanwhile: the next create will tell
  }
}

function tryCreate(path: string, what: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new KitchinError("bad-file", say("cannotWrite", { what: "lock file", why: (e as Error).message }), {
      file: path,
    });
  }
  try {
    writeSync(
      fd,
      JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString(), what } satisfies Owner),
    );
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Moves a stale lock aside; whoever wins the rename retries the create. */
function breakStale(path: string): void {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else broke it first
  }
  // A live owner may have taken the lock between our check and the rename: give it back.
  const o = readOwner(aside);
  if (o && (o.host !== hostname() || alive(o.pid))) {
    try {
      renameSync(aside, path);
    } catch {
      /* nothing better to do */
    }
    return;
  }
  rmSync(aside, { force: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` holding the folder's lock; waits for another holder up to the timeout, then refuses.
 * The lock is removed when `fn` settles (a killed process leaves a stale lock, broken next time).
 */
export async function withLock<T>(
  home: string,
  what: string,
  fn: () => Promise<T> | T,
  env: Record<string, string | undefined> = {},
): Promise<T> {
  const path = lockFile(home);
  try {
    mkdirSync(home, { recursive: true });
  } catch (e) {
    throw new KitchinError("bad-file", say("cannotWrite", { what: "data folder", why: (e as Error).message }), {
      file: home,
    });
  }
  const limit = timeoutMs(env);
  const t0 = Date.now();
  let wait = 10;
  while (!tryCreate(path, what)) {
    if (stale(path)) {
      breakStale(path);
      continue;
    }
    if (Date.now() - t0 >= limit) {
      const o = readOwner(path);
      throw new KitchinError(
        "bad-file",
        say("lockBusy", { owner: o ?? undefined, seconds: Math.round(limit / 100) / 10 }),
        { file: path },
      );
    }
    await sleep(wait);
    wait = Math.min(200, wait * 2);
  }
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}
