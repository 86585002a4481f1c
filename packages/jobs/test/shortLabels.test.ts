/** The contribution tables' column labels (src/shortLabels.ts), against labels written by hand. */
import { describe, expect, it } from "vitest";
import { shortLabels } from "../src/shortLabels.ts";

describe("shortLabels", () => {
  it("drops the shared prefix up to its last dot and a shared _suffix", () => {
    expect(
      shortLabels(["us.census.manufacturing_inventory", "us.census.wholesale_inventory", "us.census.retail_inventory"]),
    ).toEqual(["manufacturing", "wholesale", "retail"]);
  });
  it("keeps a shared tail that is not an _suffix, and cuts the prefix only at a dot", () => {
    expect(shortLabels(["cn.ab", "cn.cb"])).toEqual(["ab", "cb"]);
    expect(shortLabels(["abc", "abd"])).toEqual(["abc", "abd"]);
  });
  it("one name, or names that would become empty, are kept whole", () => {
    expect(shortLabels(["us.census.total_inventory"])).toEqual(["us.census.total_inventory"]);
    expect(shortLabels(["x.a_inv", "x.a_inv2", "x._inv"])).toEqual(["a_inv", "a_inv2", "_inv"]);
    expect(shortLabels(["us.a_x", "us._x"])).toEqual(["us.a_x", "us._x"]); // "_x" would leave "" for the second
    expect(shortLabels(["x.y", "x.y"])).toEqual(["y", "y"]);
  });
});
