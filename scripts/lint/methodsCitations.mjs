#!/usr/bin/env node
// Fails when a comment cites a section of methods.md that docs/methods.md does not have. A citation is
// `methods.md` (with or without a path, backticks or a Markdown link's parenthesis) followed by section numbers:
// `methods.md §3`, `methods.md §8–9`, `methods.md §1 and §4–7`, `methods.md §2, steps 2–6` (the steps are not
// sections). Every number of a range is checked. A section exists when docs/methods.md has a heading
// `## N. …` (or `### N.M …` for N.M). The docs' Markdown files are checked the same way.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { comments, lineAt, readText, report, sourceFiles } from "./files.mjs";

const METHODS = "docs/methods.md";

/** The section numbers docs/methods.md has headings for ("1", "2", …, "2.1" …). */
export function sections(text = readFileSync(METHODS, "utf8")) {
  const out = new Set();
  for (const m of text.matchAll(/^#{2,6}\s+(\d+(?:\.\d+)*)\.?\s/gm)) out.add(m[1]);
  return out;
}

/** The section numbers cited in a piece of text, with their offsets. */
export function citations(text) {
  const out = [];
  // `methods.md` then, up to the end of the citation, §-numbers joined by ranges, commas or "and".
  const re = /methods\.md[`)]?((?:[\s,;]*(?:and\s+)?§\s*\d+(?:\.\d+)*(?:\s*[–-]\s*\d+(?:\.\d+)*)?(?:'s)?)+)/g;
  for (const m of text.matchAll(re)) {
    for (const part of m[1].matchAll(/§\s*(\d+(?:\.\d+)*)(?:\s*[–-]\s*(\d+(?:\.\d+)*))?/g)) {
      const from = part[1],
        to = part[2];
      const pos = m.index + m[0].indexOf(part[0]);
      if (to !== undefined && /^\d+$/.test(from) && /^\d+$/.test(to)) {
        for (let k = Number(from); k <= Number(to); k++) out.push({ section: String(k), pos });
      } else {
        out.push({ section: from, pos });
        if (to !== undefined) out.push({ section: to, pos });
      }
    }
  }
  return out;
}

export function checkCitations() {
  const have = sections();
  const findings = [];
  let count = 0;
  const check = (file, text, offset = 0) => {
    for (const c of citations(text.slice(offset))) {
      count++;
      if (!have.has(c.section))
        findings.push({
          file,
          line: lineAt(text, offset + c.pos),
          message: `cites methods.md §${c.section}, which ${METHODS} does not have (sections: ${[...have].join(", ")})`,
        });
    }
  };
  for (const file of sourceFiles()) {
    const text = readText(file);
    for (const c of comments(file, text)) {
      // a citation may be wrapped across comment lines: drop each line's `*` or `//` marker first
      // (newlines stay, so lines count the same)
      const body = c.text.replace(/\n[ \t]*(?:\*(?!\/)|\/\/+)/g, "\n");
      const first = lineAt(text, c.pos);
      for (const x of citations(body)) {
        count++;
        if (!have.has(x.section))
          findings.push({
            file,
            line: first + lineAt(body, x.pos) - 1,
            message: `cites methods.md §${x.section}, which ${METHODS} does not have (sections: ${[...have].join(", ")})`,
          });
      }
    }
  }
  const docs = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.md"], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => f && f !== METHODS && !/node_modules|\/test\/(golden|fixtures)\//.test(f));
  for (const file of docs) check(file, readText(file));
  return { findings, count };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { findings, count } = checkCitations();
  console.error(`methods.md citations checked: ${count}`);
  process.exitCode = report("methods.md citations", findings) > 0 ? 1 : 0;
}
