#!/usr/bin/env node
// Fails on a comment that cites an issue by its number ("issue N", "(issues N, M)", "issue #N") in a
// source, script or test file. An issue number says where a rule came from, not what it protects
// against, and means nothing to a reader without the tracker: say the reason instead. Strings are
// not comments and are not checked (a message may name an issue only if a user needs it).
import { comments, lineAt, readText, report, sourceFiles } from "./files.mjs";

const ISSUE = /\bissues?\s+#?\d+/gi;

export function issueNumbers(files = sourceFiles()) {
  const findings = [];
  for (const file of files) {
    const text = readText(file);
    for (const c of comments(file, text)) {
      for (const m of c.text.matchAll(ISSUE)) {
        findings.push({
          file,
          line: lineAt(text, c.pos + m.index),
          message: `comment cites "${m[0]}": say what the rule protects against instead`,
        });
      }
    }
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = report("issue numbers in comments", issueNumbers()) > 0 ? 1 : 0;
}
