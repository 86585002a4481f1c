#!/usr/bin/env node
// Rewraps comment lines longer than 120 characters (the formatter never touches comments), in the
// files the lint checks (scripts/lint/files.mjs). Deterministic and idempotent: a line within the limit
// is never changed, and a second run changes nothing. Code and strings are never touched: comments
// are found by the TypeScript parser.
//
//   node scripts/lint/wrapComments.mjs           lists what it would change
//   node scripts/lint/wrapComments.mjs --write   rewrites the files (`pnpm format` runs it)
//
// What it does to a long line:
// - a `//` comment on its own line, or a line of a `/* … */` / `/** … */` comment: the words past the
//   limit move to the start of the next line when that line continues the same paragraph (same
//   prefix and indentation, not blank, not a list item), else to a new line with the same prefix
//   (`// `, ` * ` and any hanging indent of a list item); the next line is then checked in turn;
// - a one-line `/** … */` becomes a three-part block (`/**`, ` * …` lines, ` */`);
// - a `//` comment after code moves to its own line(s) above that line, at the code's indentation.
// A line is broken at the last space that keeps it within the limit, outside backquoted code where
// possible and never before a `§`; a word longer than the line (a URL) is left whole. Directive comments
// (`biome-ignore`, `@ts-…`, `eslint-…`) and shebangs are left alone.
import { writeFileSync } from "node:fs";
import { comments, readText, sourceFiles } from "./files.mjs";
import { MAX } from "./longLines.mjs";

const len = (s) => [...s].length;
const DIRECTIVE = /^\s*(?:\/\/|\/\*+|\*)\s*(?:biome-ignore|@ts-|eslint-|prettier-ignore|#!)/;
const LIST = /^(?:[-*+•]\s+|\d+[.)]\s+)/;

/** Splits `text` so that `prefix + head` fits in `width`; null when no space allows it. */
function split(text, room) {
  const chars = [...text];
  if (chars.length <= room) return null;
  let best = -1,
    bestOutside = -1,
    inCode = false;
  for (let i = 0; i < chars.length && i <= room; i++) {
    if (chars[i] === "`") inCode = !inCode;
    // a section sign stays with what it numbers (`methods.md §3`), so a citation stays on one line
    if (chars[i] === " " && i > 0 && chars[i - 1] !== " " && chars[i + 1] !== "§") {
      best = i;
      if (!inCode) bestOutside = i;
    }
  }
  const at = bestOutside > 0 ? bestOutside : best;
  if (at <= 0) return null;
  const head = chars.slice(0, at).join("").trimEnd();
  const tail = chars.slice(at).join("").trimStart();
  if (!head || !tail) return null;
  return [head, tail];
}

/** The line classified: own-line `//`, a block comment line, or code with a trailing `//`. */
function classify(lines, text, file) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  const lineOf = (pos) => {
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const kind = new Array(lines.length).fill(null);
  for (const c of comments(file, text)) {
    const first = lineOf(c.pos),
      last = lineOf(c.end - 1);
    const before = text.slice(starts[first], c.pos);
    const after = text.slice(c.end, last + 1 < starts.length ? starts[last + 1] - 1 : text.length);
    if (c.kind === "line") {
      kind[first] = /^\s*$/.test(before)
        ? { type: "line", col: len(before) }
        : { type: "trailing", at: c.pos - starts[first] };
    } else if (/^\s*$/.test(before) && /^\s*$/.test(after)) {
      for (let l = first; l <= last; l++) kind[l] = { type: "block", first, last };
    }
  }
  return kind;
}

/** Applies one fix to the first fixable long comment line; returns the new lines or null. */
function fixOne(lines, file) {
  const text = lines.join("\n");
  const kind = classify(lines, text, file);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (len(line) <= MAX || !kind[i] || DIRECTIVE.test(line)) continue;
    const k = kind[i];
    if (k.type === "trailing") {
      const code = line.slice(0, k.at).trimEnd();
      const comment = line.slice(k.at).replace(/^\/\/\s?/, "");
      if (len(code) > MAX) continue; // the formatter's part
      const indent = code.match(/^\s*/)[0];
      return [...lines.slice(0, i), `${indent}// ${comment}`, code, ...lines.slice(i + 1)];
    }
    if (k.type === "line") {
      const m = line.match(/^(\s*\/\/+ ?)(\s*)(.*)$/);
      const lead = m[1];
      const hang = m[2] + (LIST.exec(m[3])?.[0].replace(/./g, " ") ?? "");
      const s = split(m[3], MAX - len(lead) - len(m[2]));
      if (!s) continue;
      const [head, tail] = s;
      const next = lines[i + 1];
      const nm = next !== undefined && kind[i + 1]?.type === "line" ? next.match(/^(\s*\/\/+ ?)(\s*)(.*)$/) : null;
      const continues =
        nm && nm[1] === lead && nm[2] === hang && nm[3] !== "" && !LIST.test(nm[3]) && !DIRECTIVE.test(next);
      const out = [...lines.slice(0, i), `${lead}${m[2]}${head}`];
      if (continues) out.push(`${lead}${hang}${tail} ${nm[3]}`, ...lines.slice(i + 2));
      else out.push(`${lead}${hang}${tail}`, ...lines.slice(i + 1));
      return out;
    }
    // block comment
    const single = line.match(/^(\s*)(\/\*\*?)\s?(.*?)\s*\*\/\s*$/);
    if (k.first === k.last && single) {
      const [, indent, open, body] = single;
      if (!body) continue;
      return [...lines.slice(0, i), `${indent}${open}`, `${indent} * ${body}`, `${indent} */`, ...lines.slice(i + 1)];
    }
    // `/** text` on the first line, ` * text` inside, ` * text */` on the last
    let m = line.match(/^(\s*)(\/\*\*?) (.*)$/);
    let lead, cont, rest;
    if (i === k.first && m) {
      lead = `${m[1]}${m[2]} `;
      cont = `${m[1]} * `;
      rest = m[3];
    } else {
      m = line.match(/^(\s*\* ?)(\s*)(.*)$/);
      if (!m) continue;
      lead = m[1] + m[2];
      cont = m[1] + m[2] + (LIST.exec(m[3])?.[0].replace(/./g, " ") ?? "");
      rest = m[3];
    }
    const close = rest.match(/\s*\*\/\s*$/);
    const body = close ? rest.slice(0, close.index) : rest;
    const s = split(body, MAX - len(lead));
    if (!s) continue;
    const [head, tail] = s;
    const out = [...lines.slice(0, i), `${lead}${head}`];
    const next = lines[i + 1];
    const nm = !close && i + 1 <= k.last && next !== undefined ? next.match(/^(\s*\* ?)(\s*)(.*)$/) : null;
    const continues =
      nm && nm[1] + nm[2] === cont && nm[3] !== "" && !/^\*\//.test(nm[3]) && !LIST.test(nm[3]) && !/^@/.test(nm[3]);
    if (continues) out.push(`${cont}${tail} ${nm[3]}`, ...lines.slice(i + 2));
    else out.push(`${cont}${tail}${close ? " */" : ""}`, ...lines.slice(i + 1));
    return out;
  }
  return null;
}

/** The file's text with its long comment lines rewrapped (unchanged when none can be). */
export function wrapComments(file, text) {
  let lines = text.split("\n");
  for (let n = 0; n < 10000; n++) {
    const next = fixOne(lines, file);
    if (!next) break;
    lines = next;
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes("--write");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  let changed = 0;
  for (const file of only.length ? only : sourceFiles()) {
    const text = readText(file);
    const out = wrapComments(file, text);
    if (out === text) continue;
    changed++;
    if (write) writeFileSync(file, out);
    else console.error(`${file}: long comment lines to rewrap`);
  }
  console.error(`wrapComments: ${changed} file${changed === 1 ? "" : "s"} ${write ? "rewritten" : "to rewrite"}`);
}
