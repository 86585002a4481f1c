/**
 * Reads the CYCLE.* examples out of the documents users read — docs/excel.md, the add-in README and
 * the built help.html — so a test can run each one through the real runtime and no example rots.
 *   formula:  CYCLE.NAME(arg, …) anywhere in the text (code spans may wrap lines); arguments are
 *             A1 ranges, names (revenue, inventory, a shipped series id…), "text", numbers, `...`
 *             (the function's required inputs) or nested CYCLE calls
 *   signature: a call whose arguments are the parameter names, optional ones in [brackets]
 *   options:  a quoted "key=value; …" text outside any formula: help.html's per-function
 *             examples run with that function, every other (generic) one with CYCLE.PHASE
 */
export type Arg =
  | { kind: "range"; column: string; first: number; last: number }
  | { kind: "name"; name: string }
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "rest" }
  /** An argument left empty (`,,`): Excel passes null. */
  | { kind: "empty" }
  | { kind: "call"; call: Formula };

export interface Formula {
  fn: string;
  args: Arg[];
  text: string;
}

export type Example =
  /** CYCLE.NAME(…) as written; the test tells signatures (parameter names, [optional]) from formulas. */
  | { kind: "call"; source: string; fn: string; pieces: string[]; text: string }
  | { kind: "options"; source: string; fn: string; options: string };

/** The top-level comma-separated pieces of an argument list. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0,
    quoted = false,
    start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
    else if (!quoted && depth === 0 && c === ",") {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = s.slice(start).trim();
  if (last !== "" || out.length) out.push(last);
  return out;
}

/** The index just after the parenthesis closing the one at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0,
    quoted = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

export function parseFormula(text: string): Formula {
  const m = /^=?\s*CYCLE\.([A-Z]+)\s*\(/.exec(text);
  if (!m) throw new Error(`not a CYCLE formula: ${text}`);
  const end = closing(text, m[0].length - 1);
  if (end !== text.length) throw new Error(`unbalanced parentheses in ${text}`);
  const inner = text.slice(m[0].length, end - 1);
  return { fn: m[1], text, args: splitArgs(inner).map(parseArg) };
}

function parseArg(a: string): Arg {
  let m: RegExpExecArray | null;
  if (a === "..." || a === "…") return { kind: "rest" };
  if (a === "") return { kind: "empty" };
  if (/^CYCLE\./.test(a)) return { kind: "call", call: parseFormula(a) };
  if ((m = /^"([^"]*)"$/.exec(a))) return { kind: "text", value: m[1] };
  if (/^-?\d+(\.\d+)?$/.test(a)) return { kind: "number", value: Number(a) };
  if ((m = /^\$?([A-Z]{1,2})\$?(\d+):\$?([A-Z]{1,2})\$?(\d+)$/.exec(a))) {
    if (m[1] !== m[3]) throw new Error(`range ${a} spans columns: the examples' sheet gives one series per column`);
    return { kind: "range", column: m[1], first: Number(m[2]), last: Number(m[4]) };
  }
  if (/^[A-Za-z][\w.]*$/.test(a)) return { kind: "name", name: a };
  throw new Error(`cannot read argument "${a}"`);
}

/** Whitespace runs (line breaks inside code spans) collapsed, markdown backticks kept as text. */
function normalise(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Every example in one document; `fnOfOffset` names the function whose section holds an offset (help.html). */
export function examplesIn(
  source: string,
  text: string,
  fnOfOffset: (offset: number) => string | undefined = () => undefined,
): Example[] {
  const flat = normalise(text);
  const out: Example[] = [];
  const taken: [number, number][] = [];
  const re = /=?CYCLE\.([A-Z]+)\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat))) {
    const end = closing(flat, m.index + m[0].length - 1);
    if (end < 0) throw new Error(`${source}: unbalanced parentheses after ${flat.slice(m.index, m.index + 60)}`);
    const text = flat.slice(m.index, end);
    taken.push([m.index, end]);
    re.lastIndex = end;
    if (!out.some((e) => e.kind === "call" && e.text === text))
      out.push({ kind: "call", source, fn: m[1], pieces: splitArgs(text.slice(text.indexOf("(") + 1, -1)), text });
  }
  // Option texts outside formulas.
  const opt = /"((?:[A-Za-z]+\s*[=:][^";]*;?\s*)+)"/g;
  while ((m = opt.exec(flat))) {
    if (taken.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    if (!/=/.test(m[1])) continue;
    const fn = fnOfOffset(m.index) ?? "PHASE";
    const options = m[1].trim();
    if (!out.some((e) => e.kind === "options" && e.fn === fn && e.options === options))
      out.push({ kind: "options", source, fn, options });
  }
  return out;
}

/** help.html as text, with each function section's offsets so its option examples run with it. */
export function helpText(html: string): { text: string; fnOf: (offset: number) => string | undefined } {
  const decode = (s: string) =>
    s
      .replace(/<[^>]+>/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const parts: { start: number; fn: string }[] = [];
  let text = "";
  const re = /<section id="([A-Z]+)">([\s\S]*?)<\/section>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    text += normalise(decode(html.slice(last, m.index))) + " ";
    parts.push({ start: text.length, fn: m[1] });
    text += normalise(decode(m[2])) + " ";
    parts.push({ start: text.length, fn: "" });
    last = m.index + m[0].length;
  }
  text += normalise(decode(html.slice(last)));
  return {
    text,
    fnOf: (offset) => {
      let fn: string | undefined;
      for (const p of parts) if (p.start <= offset) fn = p.fn || undefined;
      return fn;
    },
  };
}
