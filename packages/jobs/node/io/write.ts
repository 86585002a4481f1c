/**
 * Every file the CLI writes (`--out`, `--report`, `--pdf`, `data export --out`) goes through
 * `writeChecked` (no false success, nothing of the user's lost):
 * - the target must be a regular file or not exist yet: a folder, a device (`/dev/full`), a pipe
 *   or a read-only file (no write bit for anyone, whoever runs kitchin — root included) is refused
 *   before anything is written;
 * - the bytes go to a temporary file beside the target, which then replaces it in one rename: a
 *   full disk or a failed write leaves the old file as it was;
 * - after the rename the target is read back: a regular file holding exactly the new bytes, or an
 *   error. Only then does a command say "wrote …".
 * File-system errors become one line and exit 2 (errors.ts names ENOSPC, EROFS, EACCES …).
 */
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { KitchinError, say } from "@kitchin/core";

/** Why `path` cannot be written (checked before any work that would be lost), or nothing. */
export function checkWritable(path: string): void {
  const target = resolve(path);
  let st: Stats;
  try {
    st = statSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    let dir: Stats;
    try {
      dir = statSync(dirname(target));
    } catch {
      throw new KitchinError("bad-file", say("noFolder"), { file: target });
    }
    if (!dir.isDirectory()) throw new KitchinError("bad-file", say("pathNotFolder"), { file: target });
    return;
  }
  if (st.isDirectory()) throw new KitchinError("bad-file", say("writeToFolder"), { file: target });
  if (!st.isFile()) throw new KitchinError("bad-file", say("writeNotRegular"), { file: target });
  if ((st.mode & 0o222) === 0) throw new KitchinError("bad-file", say("readOnly"), { file: target });
}

/** Writes `data` to `path` atomically and checks it is there; throws one actionable error otherwise. */
export function writeChecked(path: string, data: string | Uint8Array): void {
  checkWritable(path);
  let target = resolve(path);
  try {
    // write the file the link names, keep the link
    if (lstatSync(target).isSymbolicLink()) target = realpathSync(target);
  } catch {
    /* does not exist yet */
  }
  const bytes =
    typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const tmp = join(dirname(target), `.${basename(target)}.kitchin-${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, "wx", 0o666);
    try {
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw atFile(e, target);
  }
  const st = statSync(target);
  if (!st.isFile() || st.size !== bytes.length || !readFileSync(target).equals(bytes)) {
    throw new KitchinError("bad-file", say("notWritten", { bytes: bytes.length }), { file: target });
  }
}

/** A file-system error reported at the target (not at the temporary file). */
function atFile(e: unknown, file: string): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string") return Object.assign(new Error(`${code}: ${file}`), { code, path: file });
  return e;
}
