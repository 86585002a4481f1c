/**
 * taskpane.html with Microsoft's real office.js (outside an Office host, Office.onReady still
 * fires): the button comes alive, and a click fetches the shipped data over HTTP and writes the
 * planned sheet through Excel.run. Excel itself is a recording stand-in (no Excel here); the
 * office-addin-mock test checks the same calls against load/sync semantics.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadSample, samplePlan } from "../src/taskpane/sample.ts";
import { openPage, type Runtime } from "./harness.ts";

const require = createRequire(import.meta.url);
const DATA = dirname(require.resolve("@kitchin/datasets/data/catalog.json"));

let rt: Runtime;
beforeAll(async () => {
  rt = await openPage("taskpane.html");
});
afterAll(async () => {
  await rt?.close();
});

it("loads with the real office.js and inserts the sample sheet through Excel.run", async () => {
  await rt.page.waitForFunction(() => !(document.getElementById("insert") as HTMLButtonElement).disabled);
  // A recording Excel (page-side code as text: tsx would wrap named functions in a helper the page lacks).
  await rt.page.evaluate(`(() => {
    window.__writes = { sheets: [], ranges: {} };
    const range = (address) => {
      const r = window.__writes.ranges[address] || (window.__writes.ranges[address] = { format: { font: {} } });
      return r;
    };
    const context = {
      workbook: { worksheets: {
        getItemOrNullObject: (name) => ({ isNullObject: true, load: () => undefined }),
        add: (name) => { window.__writes.sheets.push(name); return { getRange: range, activate: () => { window.__writes.activated = name; } }; },
      } },
      sync: async () => undefined,
    };
    window.Excel = { run: async (callback) => callback(context) };
  })()`);
  await rt.page.click("#insert");
  await rt.page.waitForFunction(() =>
    /Inserted|error/.test(
      document.getElementById("status")!.textContent + document.getElementById("status")!.className,
    ),
  );
  const status = await rt.page.$eval("#status", (e) => [e.className, e.textContent]);
  expect(status).toEqual(["", 'Inserted "Kitchin sample". 已插入“Kitchin sample”。']);
  const writes = (await rt.page.evaluate("window.__writes")) as {
    sheets: string[];
    activated: string;
    ranges: Record<string, { values?: unknown[][]; formulas?: unknown[][] }>;
  };
  const local = async (url: string) => ({
    ok: true,
    status: 200,
    text: async () => readFileSync(join(DATA, url.replace("local:/data/", "")), "utf8"),
  });
  const plan = samplePlan(await loadSample("local:/data/", local));
  expect(writes.sheets).toEqual(["Kitchin sample"]);
  expect(writes.activated).toBe("Kitchin sample");
  for (const [address, rows] of plan.values) expect(writes.ranges[address].values, address).toEqual(rows);
  for (const [address, formula] of plan.formulas) expect(writes.ranges[address].formulas, address).toEqual([[formula]]);
  expect(rt.log.filter((l) => l.startsWith("pageerror"))).toEqual([]);
});
