/**
 * What every file the CLI reads must be before a byte is read (limits in the core's
 * `SIZE_LIMITS`): a regular file (not a folder, a device such as `/dev/zero`, a pipe or a socket)
 * no larger than the limit for its kind. A file over the limit is refused with its size and the
 * limit, never read until memory runs out.
 */
import { statSync, type Stats } from "node:fs";
import { KitchinError, SIZE_LIMITS, bytesText, say } from "@kitchin/core";

export function checkInputFile(file: string, maxBytes: number = SIZE_LIMITS.inputFileBytes, what = "a table"): void {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new KitchinError("bad-file", say("fileNotFound"), { file });
    throw e;
  }
  if (st.isDirectory()) throw new KitchinError("bad-file", say("isFolder"), { file });
  if (!st.isFile()) throw new KitchinError("bad-file", say("notRegularFile"), { file });
  if (st.size > maxBytes)
    throw new KitchinError(
      "bad-file",
      say("fileTooLarge", { size: bytesText(st.size), what, max: bytesText(maxBytes) }),
      { file },
    );
}
