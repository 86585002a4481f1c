/**
 * What sideloading the add-in means on each platform — the same registrations
 * office-addin-dev-settings makes for an XML manifest, written out so the script can print them
 * (--dry-run), `pnpm start` can show them, and a test can check them.
 *   Windows: registry value <add-in id> = <manifest path> under HKCU\…\Office\16.0\Wef\Developer
 *   macOS:   a copy of the manifest named <id>.manifest.xml in Excel's sandboxed "wef" folder
 *   Excel on the web (any platform, the only Excel on Linux): uploaded by hand in the browser
 */
import { join } from "node:path";

export const WINDOWS_DEVELOPER_KEY = "HKCU\\SOFTWARE\\Microsoft\\Office\\16.0\\Wef\\Developer";

export type Action =
  | { kind: "run"; command: string; args: string[] }
  | { kind: "copy"; from: string; to: string }
  | { kind: "remove"; path: string }
  | { kind: "manual"; steps: string[] };

/** Excel on the web: upload the manifest in the browser (the server runs on the browser's machine). */
export function webSteps(manifest: string, remove = false): string[] {
  if (remove)
    return [
      "Excel on the web: nothing to undo on this machine; an uploaded add-in stays in that browser's Excel until you clear the browser's cache.",
    ];
  return [
    "Excel on the web (any platform; the only Excel on Linux), with a Microsoft 365 account:",
    "  1. keep the server running on this machine (https://localhost:3000 must open in this machine's browser without a certificate warning);",
    "  2. open a workbook in Excel on the web (office.com → Excel);",
    "  3. Home → Add-ins → More add-ins (or Get add-ins) → My add-ins → Upload My Add-in;",
    `  4. choose ${manifest} and Upload: the Kitchin button appears on the Home tab and =CYCLE. completes in cells.`,
  ];
}

export function sideloadPlan(
  platform: NodeJS.Platform,
  manifest: string,
  id: string,
  home: string,
  remove = false,
): Action[] {
  if (platform === "win32") {
    return remove
      ? [{ kind: "run", command: "reg", args: ["delete", WINDOWS_DEVELOPER_KEY, "/v", id, "/f"] }]
      : [
          {
            kind: "run",
            command: "reg",
            args: ["add", WINDOWS_DEVELOPER_KEY, "/v", id, "/t", "REG_SZ", "/d", manifest, "/f"],
          },
        ];
  }
  if (platform === "darwin") {
    const target = join(
      home,
      "Library",
      "Containers",
      "com.microsoft.Excel",
      "Data",
      "Documents",
      "wef",
      `${id}.manifest.xml`,
    );
    return remove ? [{ kind: "remove", path: target }] : [{ kind: "copy", from: manifest, to: target }];
  }
  return [
    {
      kind: "manual",
      steps: [
        `Excel desktop runs on Windows and macOS, not ${platform}: nothing to register on this machine.`,
        ...webSteps(manifest, remove),
      ],
    },
  ];
}

/** One line per action, as the scripts print them. */
export function describe(a: Action): string {
  if (a.kind === "run") return `${a.command} ${a.args.map((x) => (/\s/.test(x) ? `"${x}"` : x)).join(" ")}`;
  if (a.kind === "copy") return `copy ${a.from} → ${a.to}`;
  if (a.kind === "remove") return `remove ${a.path}`;
  return a.steps.join("\n");
}

/** How to sideload on every platform, for `pnpm start` to print whatever machine it runs on. */
export function everyPlatform(manifest: string, id: string): string[] {
  const win = sideloadPlan("win32", manifest, id, "%USERPROFILE%")[0];
  const mac = sideloadPlan("darwin", manifest, id, "~")[0];
  return [
    "How to load the add-in into Excel:",
    `Windows (Excel desktop): pnpm start does it (office-addin-debugging), or pnpm --filter @kitchin/excel-addin sideload, which runs: ${describe(win)}; then restart Excel.`,
    `macOS (Excel desktop): pnpm start does it, or pnpm --filter @kitchin/excel-addin sideload, which does: ${describe(mac)}; then restart Excel.`,
    ...webSteps(manifest),
  ];
}
