/**
 * The development loop as a user runs it, on this machine (Linux, no Excel, no trusted certificate):
 * `start`, `serve`, `sideload --dry-run`, `stop` and `validate` as child processes, with HOME pointed
 * at a temporary folder so the user's own certificates are never read or written. Where a
 * certificate is needed, Microsoft's generator (office-addin-dev-certs' generateCertificates, no
 * install) makes one there. Excel desktop (office-addin-debugging's sideload) cannot run here: its
 * registrations are checked as data in sideload.test.ts.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { request } from "node:https";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCertificates } from "office-addin-dev-certs";
import { devCertPaths, findDevCert } from "../scripts/dev-cert.ts";
import { startTarget } from "../scripts/start.ts";
import { onlineOutcome } from "../scripts/validate.ts";
import { everyPlatform } from "../scripts/sideload-plan.ts";
import { DIST } from "./harness.ts";

const ROOT = join(DIST, "..");
const empty = mkdtempSync(join(tmpdir(), "kitchin-home-empty-"));
const home = mkdtempSync(join(tmpdir(), "kitchin-home-cert-"));
const children: ChildProcess[] = [];

beforeAll(async () => {
  const p = devCertPaths(home);
  await generateCertificates(p.ca, p.cert, p.key, 2, ["127.0.0.1", "localhost"]);
}, 60_000);
afterAll(() => {
  for (const c of children) c.kill();
  rmSync(empty, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

const env = (h: string) => ({ ...process.env, HOME: h, USERPROFILE: h, CI: "true" });

/** A script run to completion (`extra`: more environment). */
function run(script: string, args: string[], h = empty, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    env: { ...env(h), ...extra },
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** A long-running script: resolves with its output once `ready` matches it. */
function launch(
  script: string,
  args: string[],
  ready: RegExp,
  h = home,
): Promise<{ out: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    env: env(h),
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  return new Promise((ok, fail) => {
    const seen = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) ok({ out, child });
    };
    child.stdout!.on("data", seen);
    child.stderr!.on("data", seen);
    child.on("exit", (code) => fail(new Error(`${script} exited with ${code} before it was ready:\n${out}`)));
  });
}

/** GET over https trusting only the generated CA (as Excel trusts only an installed one). */
function get(url: string): Promise<{ status: number; body: string }> {
  const ca = readFileSync(devCertPaths(home).ca);
  return new Promise((ok, fail) => {
    request(url, { ca }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
    })
      .on("error", fail)
      .end();
  });
}

const port = (out: string) => Number(/https:\/\/localhost:(\d+)\//.exec(out)![1]);

describe("pnpm start / serve / stop / sideload / validate", () => {
  it("start picks Excel desktop on Windows and macOS, Excel on the web elsewhere, and refuses desktop on Linux", () => {
    expect(startTarget([], "win32")).toBe("desktop");
    expect(startTarget([], "darwin")).toBe("desktop");
    expect(startTarget([], "linux")).toBe("web");
    expect(startTarget(["web", "--port", "0"], "win32")).toBe("web");
    expect(() => startTarget(["desktop"], "linux")).toThrowError(
      /Excel desktop runs on Windows and macOS, not linux: use Excel on the web \(pnpm start web\)/,
    );
    expect(() => startTarget(["phone"], "linux")).toThrowError(/unknown target "phone"/);
  });

  it("serve without a certificate says what to run, what needs admin rights on each platform, and exits 1", () => {
    const r = run("serve.ts", []);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /No usable development certificate for https:\/\/localhost \(.*localhost\.crt does not exist\)/,
    );
    expect(r.stderr).toContain("office-addin-dev-certs install");
    for (const line of [
      /Windows: no admin rights/,
      /macOS: +an administrator password/,
      /Linux: +sudo/,
      /serve --new-cert/,
      /--cert localhost\.crt --key localhost\.key/,
    ])
      expect(r.stderr).toMatch(line);
  });

  it("start (CI, no terminal) without a certificate prints the same help instead of installing, and exits 1", () => {
    const r = run("start.ts", ["web"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("office-addin-dev-certs install");
    expect(existsSync(join(empty, ".office-addin-dev-certs"))).toBe(false); // nothing created
  });

  it("start (web) serves dist/ over https with the development certificate and prints how to sideload on each platform", async () => {
    const { out } = await launch("start.ts", ["web", "--port", "0"], /Ctrl\+C to stop/);
    expect(out).toMatch(
      /Windows \(Excel desktop\): .*reg add HKCU\\SOFTWARE\\Microsoft\\Office\\16\.0\\Wef\\Developer \/v [0-9a-f-]{36} /,
    );
    expect(out).toMatch(
      /macOS \(Excel desktop\): .*Library\/Containers\/com\.microsoft\.Excel\/Data\/Documents\/wef\/[0-9a-f-]{36}\.manifest\.xml/,
    );
    expect(out).toMatch(/Excel on the web .*\n.*\n.*\n.*Upload My Add-in/);
    const base = `https://localhost:${port(out)}/`;
    const manifest = await get(base + "manifest.xml");
    expect(manifest.status).toBe(200);
    expect(manifest.body).toBe(readFileSync(join(DIST, "manifest.xml"), "utf8"));
    const meta = JSON.parse((await get(base + "functions.json")).body) as { functions: unknown[] };
    expect(meta.functions.length).toBeGreaterThanOrEqual(14);
    expect((await get(base + "..%2fpackage.json")).status).toBe(404);
  });

  it("serve --new-cert makes the certificate without installing it (no admin) and serves with it", async () => {
    const fresh = mkdtempSync(join(tmpdir(), "kitchin-home-new-"));
    try {
      const { out, child } = await launch("serve.ts", ["--port", "0", "--new-cert"], /Ctrl\+C to stop/, fresh);
      expect(out).toMatch(
        /New development certificate \(30 days\) in .*trusted nowhere yet.*import .*ca\.crt in your browser/,
      );
      expect(findDevCert({ home: fresh })).toMatchObject({ ok: true });
      child.kill();
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("serve --cert/--key uses the files given; an expired certificate is refused with its date", async () => {
    const p = devCertPaths(home);
    const { out } = await launch("serve.ts", ["--port", "0", "--cert", p.cert, "--key", p.key], /Ctrl\+C to stop/);
    expect(out).toContain(`certificate ${p.cert}`);
    expect((await get(`https://localhost:${port(out)}/functions.html`)).status).toBe(200);
    const later = new Date(Date.now() + 5 * 86400_000);
    expect(findDevCert({ home, now: later })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/localhost\.crt expired on \d{4}-\d{2}-\d{2}/),
    });
    expect(run("serve.ts", ["--cert", p.cert]).stderr).toMatch(/--cert and --key go together/);
  });

  it("sideload --dry-run prints its plan and exits 0 on every platform; stop explains itself off Windows/macOS", () => {
    const r = run("sideload.ts", ["--dry-run"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    if (process.platform === "linux") {
      expect(r.stdout).toMatch(
        /Excel desktop runs on Windows and macOS, not linux: nothing to register on this machine\.\nExcel on the web/,
      );
      expect(r.stdout).toContain(join(DIST, "manifest.xml"));
      const real = run("sideload.ts", []);
      expect(real.status).toBe(1); // nothing was sideloaded
      const stop = run("stop.ts", []);
      expect(stop.status).toBe(0);
      expect(stop.stdout).toMatch(/Nothing was registered on linux/);
    } else {
      expect(r.stdout).toMatch(/^would /);
    }
    expect(everyPlatform("/m.xml", "id").join("\n")).toMatch(/Windows[\s\S]*macOS[\s\S]*Excel on the web/);
  });

  it("validate checks the schema offline and reports Microsoft's online service as unreachable instead of failing", () => {
    // Every host name fails to resolve in the child (as without internet), whatever this machine reaches.
    const noNetwork = { NODE_OPTIONS: `--require ${join(ROOT, "test", "fixtures", "no-network.cjs")}` };
    const r = run("validate.ts", [], empty, noNetwork);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /schema \(offline, xmllint\): manifest\.xml valid\nschema \(offline, xmllint\): dist\/manifest\.xml valid/,
    );
    expect(r.stdout).toMatch(
      /online \(Microsoft's validation service\): not reachable from this machine — Error: Unable to contact the manifest validation service\.\n {2}Only the offline schema check ran/,
    );
    const offline = run("validate.ts", ["--offline"]);
    expect(offline.status).toBe(0);
    expect(offline.stdout).not.toMatch(/online/);
    const unreachable =
      "Error: Unable to contact the manifest validation service.\nFetchError: request to https://validationgateway.omex.office.net/package/api/check?clientId=devx failed, reason: getaddrinfo ENOTFOUND validationgateway.omex.office.net";
    expect(onlineOutcome(1, unreachable).status).toBe("unreachable");
    expect(onlineOutcome(0, "The manifest is valid.\n").status).toBe("valid");
    expect(onlineOutcome(1, "The manifest is not valid.\nError #1: ...").status).toBe("invalid");
  });
});
