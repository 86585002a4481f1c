/**
 * US imports (BOPTIMP, goods and services) and total business inventories (BUSINV) shipped for
 * note 001: values as in the raw FRED downloads (file and row hard-coded; the tests never
 * read ../shared), the catalog saying "goods and services", and the Census sectors adding up to
 * the Census total (so their contributions leave no residual).
 */
import { describe, expect, it } from "vitest";
import { findEntry } from "../src/index.ts";
import { loadSeries } from "../src/node.ts";
import { at } from "./helpers.ts";

describe("us.imports_gs and us.businv (incoming/ FRED downloads)", () => {
  it("values as published", () => {
    const imp = loadSeries("us.imports_gs");
    expect(at(imp, "1992-01")).toBe(52277); // us_BOPTIMP_fred_1992_2025-06_c3linetan.csv row 2
    expect(at(imp, "2025-03")).toBe(420013); // row 400: the pre-tariff peak
    expect(at(imp, "2025-04")).toBe(351977); // row 401
    expect(at(imp, "2025-06")).toBe(338736); // row 403, the last
    expect(imp.entry.end).toBe("2025-06");
    const inv = loadSeries("us.businv");
    expect(at(inv, "1992-01")).toBe(800927); // us_BUSINV_fred_1992_2025-08_lien762.csv row 2
    expect(at(inv, "2024-09")).toBe(2636447); // row 394 (FRED-MD's 2025-12 vintage has 2,637,086)
    expect(at(inv, "2025-08")).toBe(2663703); // row 405, the last
    expect(at(loadSeries("us.businv_yoy"), "1993-01")).toBe(
      Number((100 * (at(inv, "1993-01") / 800927 - 1)).toFixed(6)),
    );
  });

  it("say what they are: imports of goods AND services, with the release lag and the raw file's origin", () => {
    const e = findEntry("us.imports_gs");
    expect(e.name).toMatch(/goods and services/);
    expect(e.caveats.join(" ")).toMatch(/not goods only/);
    expect(e.lag).toBe(2);
    expect(e.provenance[0]).toMatchObject({
      file: "incoming/us_BOPTIMP_fred_1992_2025-06_c3linetan.csv",
      repo: "C3lineTan/EC4308-Forecasting-Crude-Oil-Prices",
    });
    expect(findEntry("us.businv").provenance[0]).toMatchObject({ repo: "lien762/FRED_Colab", path: "BUSINV.csv" });
  });

  it("BUSINV equals FRED-MD's BUSINVx (us.inventory) except two revised months", () => {
    const a = loadSeries("us.businv"),
      b = loadSeries("us.inventory");
    const differ: string[] = [];
    for (let k = 0; k < a.values.length; k++) {
      const m = a.start + k;
      const vb = b.values[m - b.start];
      if (a.values[k] !== vb) differ.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`);
    }
    expect(differ).toEqual(["2024-09", "2025-08"]);
  });

  it("Census manufacturing + wholesale + retail = total business inventories in every month, exactly", () => {
    const [t, mf, wh, rt] = ["total", "manufacturing", "wholesale", "retail"].map((s) =>
      loadSeries(`us.census.${s}_inventory`),
    );
    let worst = 0;
    for (let k = 0; k < t.values.length; k++)
      worst = Math.max(worst, Math.abs(t.values[k] - (mf.values[k] + wh.values[k] + rt.values[k])));
    expect(t.values.length).toBe(330);
    expect(worst).toBe(0);
  });
});
