/**
 * The user's data folder (`$KITCHIN_HOME`, default `~/.kitchin`): series imported with `kitchin
 * data import` extend the shipped ones in every `--dataset` command (issue 11). The folder is chosen
 * once per CLI run from the run's environment (`main` calls `useHome`); code that runs outside
 * `main` (tests of a single module) falls back to the process environment.
 *
 * Layout: `series/<id>.csv` (the curated file format of @kitchin/datasets: `date,value,flags`,
 * the user's months only) and `imports.json` (where each series' months came from).
 */
import { homedir } from "node:os";
import { join } from "node:path";

let current: string | null = null;

/** `KITCHIN_HOME` of the run's environment, else of the process (the same in the CLI; tests set it), else `~/.kitchin`. */
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

export const seriesDir = (home: string) => join(home, "series");
export const seriesFile = (home: string, id: string) => join(home, "series", `${id}.csv`);
export const manifestFile = (home: string) => join(home, "imports.json");
