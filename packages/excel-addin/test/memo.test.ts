import { describe, expect, it } from "vitest";
import { memoized } from "../src/memo.ts";

describe("memoized (results by input)", () => {
  it("computes once per distinct input, returns copies, caches no errors, evicts the oldest", () => {
    let calls = 0;
    const f = memoized((a: number[][], o?: string) => {
      calls++;
      if (o === "bad") throw new Error("bad");
      return [[a[0][0] * 2, o ?? ""]];
    }, 2);
    const a = f([[1]], "x");
    a[0][0] = 99;
    expect(f([[1]], "x")).toEqual([[2, "x"]]);
    expect(calls).toBe(1);
    f([[1]], "y");
    expect(calls).toBe(2);
    expect(() => f([[1]], "bad")).toThrowError("bad");
    expect(() => f([[1]], "bad")).toThrowError("bad");
    expect(calls).toBe(4);
    f([[2]]); // evicts [[1]],"x" (least recent)
    f([[1]], "y");
    expect(calls).toBe(5);
    f([[1]], "x");
    expect(calls).toBe(6);
  });
});
