/**
 * The user's data folder (`$KITCHIN_HOME`, default `~/.kitchin`): series imported with `kitchin
 * data import` extend the shipped ones in every `--dataset` command. The folder is chosen
 * once per CLI run from the run's environment (`main` calls `useHome`); code that runs outside
 * `main` (tests of a single module) falls back to the process environment.
 *
 * Layout: `CURRENT` names the live generation `generations/gNNNNNN/`, which holds
 * `series/<id>.csv` (the curated file format of @kitchin/datasets: `date,value,flags`, the user's
 * months only), `imports.json` (where each series' months came from) and `history.json` (every
 * change set). A generation is never changed once written; a change writes a new one and replaces
 * `CURRENT` with one rename (store.ts). `lock` is held by the one process changing the folder
 * (lock.ts). Folders of the first layout (`series/` and `imports.json` at the top) are
 * read as they are and moved into a generation by the next change.
 */
import { homedir } from "node:os";
import { join } from "node:path";

let current: string | null = null;

/**
 * `KITCHIN_HOME` of the run's environment, else of the process (the same in the CLI; tests set it), else `~/.kitchin`.
 */
export function homeFrom(env: Record<string, string | undefined>): string {
  for (const h of [env.KITCHIN_HOME, process.env.KITCHIN_HOME]) if (h !== undefined && h !== "") return h;
  return join(homedir(), ".kitchin");
}

/** Sets the folder for this run. */
export function useHome(env: Record<string, string | undefined>): void {
  current = homeFrom(env);
}

export function kitchinHome(): string {
  return current ?? homeFrom(process.env);
}

/** `series/`, `imports.json` and `history.json` inside a data folder (a generation, or the first layout's home). */
export const seriesDir = (dataDir: string) => join(dataDir, "series");
export const seriesFile = (dataDir: string, id: string) => join(dataDir, "series", `${id}.csv`);
export const manifestFile = (dataDir: string) => join(dataDir, "imports.json");
export const historyFile = (dataDir: string) => join(dataDir, "history.json");

export const lockFile = (home: string) => join(home, "lock");
export const currentFile = (home: string) => join(home, "CURRENT");
export const generationsDir = (home: string) => join(home, "generations");
export const generationDir = (home: string, name: string) => join(home, "generations", name);
