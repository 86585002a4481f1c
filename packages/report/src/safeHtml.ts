/**
 * HTML escaped by construction (OWASP's output-encoding rule: encode for the context, by
 * default). The report is built only from `SafeHtml` values:
 *
 *   html`<p class="call">${name}</p>`   // a string or number is escaped, a SafeHtml is kept as is
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`   // arrays are joined, each item alike
 *   raw("<hr>")                          // only a string literal (a constant in the code)
 *
 * A name from a file can therefore never become markup: the one way to put text into a page is
 * through a hole of the template, and every hole escapes `& < > " '`. Holes must sit in text or in
 * a quoted attribute value: the template refuses (at run time, in every test that renders it) a
 * hole right after `=` (an unquoted attribute), inside a tag name, or inside `<script>`/`<style>`.
 */

const BRAND: unique symbol = Symbol("SafeHtml");

/** Markup that is safe to put in the page as is (made only by `html`, `raw` and the chart renderer). */
export interface SafeHtml {
  readonly [BRAND]: true;
  readonly html: string;
}

const make = (html: string): SafeHtml => ({ [BRAND]: true, html });

export const isSafeHtml = (v: unknown): v is SafeHtml =>
  typeof v === "object" && v !== null && (v as SafeHtml)[BRAND] === true;

/** Text for HTML text and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;",
  );
}

/** What a template hole may hold: text and numbers (escaped), markup, lists of these, or nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return "";
  if (typeof v === "string") return escapeHtml(v);
  if (typeof v === "number") return escapeHtml(String(v));
  if (Array.isArray(v)) return v.map(render).join("");
  if (isSafeHtml(v)) return v.html;
  throw new TypeError(`html: cannot put a ${typeof v} in a page`);
}

/** Where a hole sits, judged from the markup before it: a hole in an unsafe context is a bug in the code. */
function checkHole(before: string, v: HtmlValue): void {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the message shows the template syntax to write
  if (/=\s*$/.test(before)) throw new Error('html: quote the attribute value around a hole (`x="${…}"`)');
  // Inside a tag but not in a quoted value: only markup (an optional attribute built by `html`) or nothing.
  const lt = before.lastIndexOf("<");
  if (lt > before.lastIndexOf(">")) {
    const inValue = (before.slice(lt).split('"').length - 1) % 2 === 1;
    const empty = v === "" || v === null || v === undefined || v === false;
    if (!inValue && !empty && !isSafeHtml(v))
      throw new Error("html: text cannot stand in a tag (put it in a quoted attribute value)");
  }
  const lower = before.toLowerCase();
  for (const tag of ["script", "style"]) {
    if (lower.lastIndexOf(`<${tag}`) > lower.lastIndexOf(`</${tag}`)) throw new Error(`html: no holes inside <${tag}>`);
  }
}

/** The tagged template: every hole escaped unless it is already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    checkHole(out, values[i]);
    out += render(values[i]) + strings[i + 1];
  }
  return make(out);
}

/**
 * Markup from a constant of the code. The type admits only string literals (`raw("<hr>")`), not a
 * `string` computed at run time, so a value from a file cannot reach it without a cast.
 */
export function raw<T extends string>(markup: string extends T ? never : T): SafeHtml {
  return make(markup);
}

/** Several pieces one after another (`join(parts, raw("\n"))`). */
export function join(parts: readonly SafeHtml[], sep: SafeHtml = make("")): SafeHtml {
  return make(parts.map((p) => p.html).join(sep.html));
}

/**
 * An SVG drawn by the charts' renderer (vega's SVG writer escapes every text and attribute it
 * writes). Checked all the same: the one door for markup not written by this module refuses
 * anything that could run or load (script, foreignObject, event handlers, `javascript:`, links to
 * other documents) — defence in depth behind the renderer's own escaping.
 */
export function renderedSvg(svg: string): SafeHtml {
  const bad = svgProblem(svg);
  if (bad) throw new Error(`chart renderer wrote unexpected markup (${bad})`);
  return make(svg);
}

const FORBIDDEN_TAGS = /^(script|foreignobject|iframe|object|embed|image|use|a|style|link)$/i;
const FORBIDDEN_ATTRS = /^(on.*|href|xlink:href|src|style)$/i;

/** The first tag or attribute of an SVG that could run or load something, or null. Quoted values are skipped whole. */
function svgProblem(svg: string): string | null {
  if (!svg.trimStart().startsWith("<svg")) return "not an <svg>";
  const tag = /<([a-zA-Z][\w:-]*)/g;
  const attr = /\s*([^\s=>/"']+)(\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/y;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    if (FORBIDDEN_TAGS.test(m[1])) return `<${m[1]}>`;
    let i = tag.lastIndex;
    for (;;) {
      while (svg[i] === " " || svg[i] === "\n" || svg[i] === "\t" || svg[i] === "\r") i++;
      if (i >= svg.length || svg[i] === ">" || svg[i] === "/") break;
      attr.lastIndex = i;
      const a = attr.exec(svg);
      if (!a) return `<${m[1]}> with unreadable attributes`;
      if (FORBIDDEN_ATTRS.test(a[1])) return `${a[1]}= on <${m[1]}>`;
      if (a[3] && /^["']?\s*javascript:/i.test(a[3])) return `javascript: on <${m[1]}>`;
      i = attr.lastIndex;
    }
    tag.lastIndex = i;
  }
  return null;
}
