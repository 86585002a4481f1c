#!/usr/bin/env node
// Drops issue numbers from comments where the sentence says the rest itself: "(issue N)", "(issue N: text)" →
// "(text)", "(text; issue N)" → "(text)", "; issue N" at a comment's end. Only comments change (found by
// the TypeScript parser, as scripts/lint/files.mjs does). What it cannot drop — "Issue N: text" opening
// a comment, "before issue N", a number the sentence needs — `node scripts/lint/issueNumbers.mjs` lists
// afterwards, to be rewritten by hand with the reason the rule exists.
//
//   node scripts/lint/dropIssueNumbers.mjs           lists the files it would change
//   node scripts/lint/dropIssueNumbers.mjs --write   rewrites them
import { writeFileSync } from "node:fs";
import { comments, readText, sourceFiles } from "./files.mjs";

const N = String.raw`#?\d+(?:\s*§\s*\d+(?:\.\d+)*)?(?:\s+item\s+\d+)?`;
const ISSUE = String.raw`[Ii]ssues?\s+${N}(?:(?:\s*,\s*|\s+and\s+)${N})*`;
const RULES = [
  [new RegExp(String.raw`\s*\(${ISSUE}\)`, "g"), ""],
  [new RegExp(String.raw`\(${ISSUE}\s*[:,;]\s*`, "g"), "("],
  [new RegExp(String.raw`\s*[;,]\s*${ISSUE}\s*\)`, "g"), ")"],
  [new RegExp(String.raw`;\s*${ISSUE}\s*;`, "g"), ";"],
  [new RegExp(String.raw`\s*[;,]\s*${ISSUE}\s*$`, "gm"), ""],
];

/** The file's text with issue numbers dropped from its comments. */
export function dropIssueNumbers(file, text) {
  let out = "";
  let last = 0;
  for (const c of comments(file, text)) {
    if (!/\bissues?\s+#?\d/i.test(c.text)) continue;
    let t = c.text;
    for (const [re, by] of RULES) t = t.replace(re, by);
    out += text.slice(last, c.pos) + t;
    last = c.end;
  }
  return out + text.slice(last);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes("--write");
  let changed = 0;
  for (const file of sourceFiles()) {
    if (file.startsWith("scripts/lint/")) continue; // these describe the pattern
    const text = readText(file);
    const out = dropIssueNumbers(file, text);
    if (out === text) continue;
    changed++;
    if (write) writeFileSync(file, out);
    else console.error(`${file}: issue numbers to drop`);
  }
  console.error(`dropIssueNumbers: ${changed} file${changed === 1 ? "" : "s"} ${write ? "rewritten" : "to rewrite"}`);
}
