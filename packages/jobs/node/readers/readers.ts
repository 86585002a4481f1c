/**
 * The readers stage of one command: each input file is opened and parsed once, however many jobs of
 * the command read it (`overview --file F --prices P` reads F for the call, the outlook and both
 * backtest timelines, and P for the rotation and the scores). A stage lives as long as the command;
 * nothing is remembered between commands.
 */
import { readUserTable, type UserTable } from "../io/table.ts";
import { filePrices, type PriceFileOptions, type PriceInput } from "./priceInputs.ts";

export class Readers {
  private readonly tables = new Map<string, Promise<UserTable>>();
  private readonly prices = new Map<string, Promise<PriceInput>>();

  /** A user table, read once per file, sheet and date column. */
  table(file: string, o: { dateColumn?: string; sheet?: string; bytes?: Uint8Array } = {}): Promise<UserTable> {
    const key = JSON.stringify([file, o.sheet ?? null, o.dateColumn ?? null]);
    let t = this.tables.get(key);
    if (!t) this.tables.set(key, (t = readUserTable(file, o)));
    return t;
  }

  /**
   * A price file, read once per file and options. Each caller gets its own copy of the notes and
   * of the object (the backtest inputs attach their cash rate to it); the panel's arrays are shared
   * and never written.
   */
  async priceFile(file: string, o: PriceFileOptions = {}): Promise<PriceInput> {
    const key = JSON.stringify([file, o]);
    let p = this.prices.get(key);
    if (!p) this.prices.set(key, (p = filePrices(file, o, (f, oo) => this.table(f, oo))));
    const got = await p;
    return { ...got, notes: [...got.notes] };
  }
}
