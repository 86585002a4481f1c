// The files the lint checks read: the repository's JavaScript and TypeScript sources, tests and
// scripts (tracked or new, never ignored ones), without generated files, data, golden snapshots,
// test fixtures, node_modules or dist.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ts from "typescript";

const SOURCE = /\.(ts|mts|cts|mjs|cjs|js)$/;
const EXCLUDED = [
  /(^|\/)node_modules\//,
  /(^|\/)dist\//,
  /\/test\/golden\//,
  /\/test\/fixtures\//,
  /^packages\/datasets\/data\//,
];

/** Repository-relative paths of the checked source files, sorted. */
export function sourceFiles(root = process.cwd()) {
  const out = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return [...new Set(out.split("\n"))].filter((f) => SOURCE.test(f) && !EXCLUDED.some((re) => re.test(f))).sort();
}

/** True for a test file or a test helper (anything under a `test/` folder). */
export function isTest(file) {
  return /(^|\/)test\//.test(file);
}

export function readText(file) {
  return readFileSync(file, "utf8");
}

/**
 * Every comment of a file as { pos, end, kind: "line" | "block", text }, found by the TypeScript
 * parser (so a `//` inside a string, a template or a regular expression is not a comment).
 */
export function comments(file, text) {
  const kind = /\.(ts|mts|cts)$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const seen = new Map();
  const add = (ranges) => {
    for (const r of ranges ?? []) {
      if (!seen.has(r.pos))
        seen.set(r.pos, {
          pos: r.pos,
          end: r.end,
          kind: r.kind === ts.SyntaxKind.SingleLineCommentTrivia ? "line" : "block",
          text: text.slice(r.pos, r.end),
        });
    }
  };
  const visit = (node) => {
    add(ts.getLeadingCommentRanges(text, node.getFullStart()));
    add(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(sf)) visit(child);
  };
  add(ts.getLeadingCommentRanges(text, 0));
  visit(sf);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

/** 1-based line number of a character offset. */
export function lineAt(text, pos) {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Prints findings as `file:line: message` and returns their count. */
export function report(check, findings) {
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.message}`);
  console.error(`${check}: ${findings.length} finding${findings.length === 1 ? "" : "s"}`);
  return findings.length;
}
