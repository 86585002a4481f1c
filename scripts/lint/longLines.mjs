#!/usr/bin/env node
// Fails on a line longer than 120 characters in a source, test or script file (scripts/lint/files.mjs
// says which files: generated files, data, golden snapshots, fixtures, node_modules and dist are left
// out). The formatter (biome, lineWidth 120) breaks code but never comments or strings, so this
// check is what keeps those short; `node scripts/lint/wrapComments.mjs` rewraps long comments.
//
// Exceptions: a line is allowed past 120 characters only when, apart from its indentation,
//   - it is a single URL (bare, or as the whole text of a comment line: `// https://…`, ` * <https://…>`), or
//   - it is a single string or template literal, optionally after a property key (`key: `), `return`
//     or `=>`, and optionally followed by closing punctuation (`,` `;` `)` `]` `}`): one sentence a user
//     reads (a message, a help line, a test's expected output) stays whole, so it can be found by
//     searching for it.
// Length counts characters (code points), not bytes, so a Chinese sentence counts as what it shows.
import { readText, report, sourceFiles } from "./files.mjs";

export const MAX = 120;

const URL_LINE = /^(?:(?:\/\/|\/\*\*?|\*)\s*)?[<(`"']?https?:\/\/\S+?[>)`"']?[.,;:)]*(?:\s*\*\/)?$/;
const STRING = String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|` + "`" + String.raw`(?:[^\\` + "`" + String.raw`]|\\.)*` + "`)";
const STRING_LINE = new RegExp(String.raw`^(?:(?:[\w$]+|"[^"]*"|'[^']*')\??\s*:\s*|return\s+|=>\s*)?` + STRING + String.raw`[\s,;)\]}]*$`);

/** Whether a long line is one of the allowed exceptions. */
export function allowed(line) {
  const t = line.trim();
  return URL_LINE.test(t) || STRING_LINE.test(t);
}

export function longLines(files = sourceFiles()) {
  const findings = [];
  for (const file of files) {
    const lines = readText(file).split("\n");
    lines.forEach((line, i) => {
      const n = [...line].length;
      if (n > MAX && !allowed(line)) findings.push({ file, line: i + 1, message: `${n} characters (at most ${MAX}; see scripts/lint/longLines.mjs for the exceptions)` });
    });
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = process.argv.includes("--all");
  const findings = longLines();
  if (all) {
    // every line over the limit, exceptions included (a count for docs and reviews)
    let n = 0;
    for (const file of sourceFiles()) for (const line of readText(file).split("\n")) if ([...line].length > MAX) n++;
    console.error(`lines over ${MAX} characters, exceptions included: ${n}`);
  }
  process.exitCode = report("long lines", findings) > 0 ? 1 : 0;
}
