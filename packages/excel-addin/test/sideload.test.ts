import { describe, expect, it } from "vitest";
import { WINDOWS_DEVELOPER_KEY, sideloadPlan } from "../scripts/sideload-plan.ts";

const ID = "6460cb1e-a35e-4099-bd70-e711cfdfda50";

describe("sideload plan (what office-addin-dev-settings registers for an XML manifest)", () => {
  it("Windows: a developer registry value named by the add-in id", () => {
    expect(sideloadPlan("win32", "C:\\k\\dist\\manifest.xml", ID, "C:\\Users\\a")).toEqual([
      {
        kind: "run",
        command: "reg",
        args: ["add", WINDOWS_DEVELOPER_KEY, "/v", ID, "/t", "REG_SZ", "/d", "C:\\k\\dist\\manifest.xml", "/f"],
      },
    ]);
    expect(sideloadPlan("win32", "m.xml", ID, "h", true)).toEqual([
      { kind: "run", command: "reg", args: ["delete", WINDOWS_DEVELOPER_KEY, "/v", ID, "/f"] },
    ]);
  });
  it("macOS: the manifest in Excel's wef folder", () => {
    expect(sideloadPlan("darwin", "/k/dist/manifest.xml", ID, "/Users/a")).toEqual([
      {
        kind: "copy",
        from: "/k/dist/manifest.xml",
        to: `/Users/a/Library/Containers/com.microsoft.Excel/Data/Documents/wef/${ID}.manifest.xml`,
      },
    ]);
    expect(sideloadPlan("darwin", "/m.xml", ID, "/Users/a", true)[0].kind).toBe("remove");
  });
  it("elsewhere: nothing to register, the Excel-on-the-web steps instead", () => {
    const [plan] = sideloadPlan("linux", "/k/dist/manifest.xml", ID, "/h");
    expect(plan.kind).toBe("manual");
    const text = plan.kind === "manual" ? plan.steps.join("\n") : "";
    expect(text).toMatch(/^Excel desktop runs on Windows and macOS, not linux/);
    expect(text).toMatch(/Upload My Add-in[\s\S]*\/k\/dist\/manifest\.xml/);
    expect(sideloadPlan("linux", "/m.xml", ID, "/h", true)[0]).toMatchObject({
      kind: "manual",
      steps: expect.arrayContaining([expect.stringMatching(/clear the browser's cache/)]),
    });
  });
});
