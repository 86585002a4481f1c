/** A progress bar on stderr, only on a TTY (never in pipes, CI logs or tests). */
import type { Io } from "../context.ts";

export function progressBar(
  io: Io & { errIsTTY?: boolean },
  label: string,
): { update(done: number, total: number): void; done(): void } {
  const tty = io.errIsTTY ?? io.isTTY;
  if (!tty || io.env.CI) return { update() {}, done() {} };
  let last = -1;
  return {
    update(done, total) {
      const pct = Math.floor((100 * done) / Math.max(1, total));
      if (pct === last) return;
      last = pct;
      const w = 30;
      const fill = Math.round((w * done) / Math.max(1, total));
      io.err(`\r${label} [${"#".repeat(fill)}${" ".repeat(w - fill)}] ${done}/${total}`);
    },
    done() {
      if (last >= 0) io.err("\n");
    },
  };
}
