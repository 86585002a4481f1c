/**
 * What sideloading the add-in into desktop Excel means on each platform — the same registrations
 * office-addin-dev-settings makes for an XML manifest (it cannot be installed offline here, see
 * docs/excel.md), written out so the script can print them (--dry-run) and a test can check them.
 *   Windows: registry value <add-in id> = <manifest path> under HKCU\…\Office\16.0\Wef\Developer
 *   macOS:   a copy of the manifest named <id>.manifest.xml in Excel's sandboxed "wef" folder
 */
import { join } from "node:path";

export const WINDOWS_DEVELOPER_KEY = "HKCU\\SOFTWARE\\Microsoft\\Office\\16.0\\Wef\\Developer";

export type Action =
  | { kind: "run"; command: string; args: string[] }
  | { kind: "copy"; from: string; to: string }
  | { kind: "remove"; path: string };

export function sideloadPlan(platform: NodeJS.Platform, manifest: string, id: string, home: string, remove = false): Action[] {
  if (platform === "win32") {
    return remove
      ? [{ kind: "run", command: "reg", args: ["delete", WINDOWS_DEVELOPER_KEY, "/v", id, "/f"] }]
      : [{ kind: "run", command: "reg", args: ["add", WINDOWS_DEVELOPER_KEY, "/v", id, "/t", "REG_SZ", "/d", manifest, "/f"] }];
  }
  if (platform === "darwin") {
    const target = join(home, "Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef", `${id}.manifest.xml`);
    return remove ? [{ kind: "remove", path: target }] : [{ kind: "copy", from: manifest, to: target }];
  }
  throw new Error(`Excel desktop runs on Windows and macOS, not ${platform}: sideload into Excel on the web instead (docs/excel.md)`);
}
