#!/usr/bin/env node
// Fails on a line longer than 120 characters in a source, test or script file (scripts/lint/files.mjs
// says which files: generated files, data, golden snapshots, fixtures, node_modules and dist are left
// out). The formatter (biome, lineWidth 120) breaks code but never comments or strings, so this
// check is what keeps those short; `node scripts/lint/wrapComments.mjs --write` rewraps long comments.
//
// Exceptions: a line may pass 120 characters only when
//   - apart from its indentation and a comment marker (`//`, `*`), it is a single URL; or
//   - it holds one string, template or regular-expression literal (a template with its `${…}` parts
//     counts as one) and the rest of the line fits in 120 characters: the formatter cannot break a
//     literal, and a sentence a user reads (a message, a help line, a test's title or expected text)
//     stays whole so that it can be found by searching for it. A line inside a multi-line template
//     (the report's CSS, a page's markup) is part of one literal too. A long literal that is not a
//     sentence (a list of values, markup built from parts) should still be split by hand.
// Length counts characters (code points), not bytes, so a Chinese sentence counts as what it shows.
import ts from "typescript";
import { readText, report, sourceFiles } from "./files.mjs";

export const MAX = 120;

const URL_LINE = /^(?:(?:\/\/|\/\*\*?|\*)\s*)?[<(`"']?https?:\/\/\S+?[>)`"']?[.,;:)]*(?:\s*\*\/)?$/;
const LITERAL = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateExpression,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

/** [start, end) of every outermost string, template and regular-expression literal. */
function literals(file, text) {
  const kind = /\.(ts|mts|cts)$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out = [];
  const visit = (node) => {
    if (LITERAL.has(node.kind)) out.push([node.getStart(sf), node.end]);
    else ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const width = (s) => [...s].length;

export function longLines(files = sourceFiles()) {
  const findings = [];
  let over = 0;
  for (const file of files) {
    const text = readText(file);
    const lines = text.split("\n");
    let lits = null;
    let start = 0;
    for (let i = 0; i < lines.length; start += lines[i].length + 1, i++) {
      const line = lines[i];
      const n = width(line);
      if (n <= MAX) continue;
      over++;
      if (URL_LINE.test(line.trim())) continue;
      lits ??= literals(file, text);
      const end = start + line.length;
      const on = lits.filter(([a, b]) => a < end && b > start);
      if (on.length === 1) {
        const [a, b] = on[0];
        const rest = width(line.slice(0, Math.max(0, a - start))) + width(line.slice(Math.min(line.length, b - start)));
        if (rest <= MAX) continue;
      }
      findings.push({
        file,
        line: i + 1,
        message: `${n} characters (at most ${MAX}; the exceptions are in scripts/lint/longLines.mjs)`,
      });
    }
  }
  return { findings, over };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { findings, over } = longLines();
  console.error(
    `lines over ${MAX} characters: ${over}, of which allowed (a single URL or literal): ${over - findings.length}`,
  );
  process.exitCode = report("long lines", findings) > 0 ? 1 : 0;
}
