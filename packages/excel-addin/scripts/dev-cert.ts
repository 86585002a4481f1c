/**
 * The https certificate of the development server. Excel loads add-ins only over https that it
 * trusts, so Microsoft's tooling (office-addin-dev-certs) makes a local certificate authority and a
 * localhost certificate in ~/.office-addin-dev-certs and asks the system to trust the authority —
 * the one step that needs the user's consent or admin rights, different on each platform.
 * This module only reads: it never installs anything (the server must not stop to ask for a
 * password); `pnpm start` offers the install when it runs in a terminal.
 */
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** Where office-addin-dev-certs keeps its files (its defaults, resolved now so HOME is honoured). */
export function devCertPaths(home = homedir()): { dir: string; ca: string; cert: string; key: string } {
  const dir = join(home, ".office-addin-dev-certs");
  return { dir, ca: join(dir, "ca.crt"), cert: join(dir, "localhost.crt"), key: join(dir, "localhost.key") };
}

export interface DevCert {
  cert: Buffer;
  key: Buffer;
  ca?: Buffer;
  /** The certificate file, for messages. */
  certFile: string;
  validTo: Date;
}

export type CertLookup = { ok: true; value: DevCert } | { ok: false; reason: string };

/** The certificate to serve with: `--cert/--key` files when given, else office-addin-dev-certs' files. */
export function findDevCert(opts: { cert?: string; key?: string; home?: string; now?: Date } = {}): CertLookup {
  const paths = devCertPaths(opts.home);
  const certFile = opts.cert ?? paths.cert;
  const keyFile = opts.key ?? paths.key;
  for (const f of [certFile, keyFile]) if (!existsSync(f)) return { ok: false, reason: `${f} does not exist` };
  const cert = readFileSync(certFile);
  let validTo: Date;
  try {
    validTo = new Date(new X509Certificate(cert).validTo);
  } catch (e) {
    return { ok: false, reason: `${certFile} is not a PEM certificate (${(e as Error).message})` };
  }
  if (validTo.getTime() <= (opts.now ?? new Date()).getTime())
    return { ok: false, reason: `${certFile} expired on ${validTo.toISOString().slice(0, 10)}` };
  const ca = !opts.cert && existsSync(paths.ca) ? readFileSync(paths.ca) : undefined;
  return { ok: true, value: { cert, key: readFileSync(keyFile), ca, certFile, validTo } };
}

/**
 * What to do when there is no usable certificate, for each platform, and why admin rights come in.
 * `office-addin-dev-certs install` (a dependency of this package) makes the files and trusts the CA.
 */
export function certificateHelp(reason: string): string[] {
  return [
    `No usable development certificate for https://localhost (${reason}).`,
    "Excel loads add-ins only over https it trusts. Create and trust Microsoft's development certificate once (it lasts 30 days):",
    "  pnpm --filter @kitchin/excel-addin exec office-addin-dev-certs install",
    "What that asks for, and why:",
    "  Windows: no admin rights. It adds the CA to your user's Trusted Root store; Windows shows a security warning to confirm.",
    "  macOS:   an administrator password. It trusts the CA in the admin trust settings (security add-trusted-cert -d).",
    "  Linux:   sudo. It copies the CA into /usr/local/share/ca-certificates and runs update-ca-certificates. Browsers may keep",
    "           their own store (NSS): if the browser still warns, import ~/.office-addin-dev-certs/ca.crt in its certificate settings (no admin).",
    "No admin rights? For Excel on the web, make the certificate without installing it and import its CA in the browser:",
    "  pnpm --filter @kitchin/excel-addin serve --new-cert",
    "or serve with a certificate your browser already trusts (e.g. from your company's CA):",
    "  pnpm --filter @kitchin/excel-addin serve --cert localhost.crt --key localhost.key",
  ];
}
