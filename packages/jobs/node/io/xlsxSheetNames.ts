/**
 * Long sheet names. Excel keeps sheet names to 31 characters, but LibreOffice and
 * openpyxl write longer ones, and exceljs 4.4.0 cannot read them: its name setter truncates a long
 * name (printing a warning on the user's terminal) and, when the reader sets the name a second
 * time, finds the worksheet's own truncated name and refuses it ("Worksheet name already exists").
 *
 * `allowLongSheetNames` fixes exactly that, once per process: the setter no longer compares a
 * worksheet with itself, and its truncation warning stays off the terminal. Everything else the
 * setter checks (duplicates among other sheets, forbidden characters) is unchanged. A long name is
 * read as its first 31 characters; `sheetNamed` finds a sheet by its full name or that prefix.
 */
import type { Workbook, Worksheet } from "exceljs";

const PATCHED = Symbol.for("kitchin.exceljs.longSheetNames");

export function allowLongSheetNames(wb: Workbook): void {
  const probe = wb.addWorksheet("kitchin-probe");
  const proto = Object.getPrototypeOf(probe) as Record<PropertyKey, unknown>;
  wb.removeWorksheet(probe.id);
  if (proto[PATCHED]) return;
  const own = Object.getOwnPropertyDescriptor(proto, "name");
  if (!own?.set || !own.get) return; // another exceljs: leave it as it is
  const set = own.set;
  Object.defineProperty(proto, "name", {
    ...own,
    set(this: { _workbook?: { _worksheets?: unknown[] } }, name: string) {
      const list = this._workbook?._worksheets;
      const at = list ? list.indexOf(this) : -1;
      const warn = console.warn;
      console.warn = () => {}; // the truncation warning is the library's, not the user's business
      if (at >= 0) delete list![at];
      try {
        set.call(this, name);
      } finally {
        if (at >= 0) list![at] = this;
        console.warn = warn;
      }
    },
  });
  proto[PATCHED] = true;
}

/** The sheet named `name`, by its full name or by the 31 characters a long name is read as. */
export function sheetNamed(wb: Workbook, name: string): Worksheet | undefined {
  return wb.getWorksheet(name) ?? (name.length > 31 ? wb.getWorksheet(name.slice(0, 31)) : undefined);
}
