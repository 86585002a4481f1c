/** The report's HTML builder: holes escape, markup stays markup, unsafe holes are refused. */
import { describe, expect, it } from "vitest";
import { escapeHtml, html, join, raw, renderedSvg } from "../src/safeHtml.ts";
import { table } from "../src/html.ts";

describe("html template", () => {
  it("escapes every text hole, in text and in quoted attributes", () => {
    const name = `<img src=x onerror="a('b')">&`;
    expect(html`<p title="${name}">${name}</p>`.html).toBe(
      `<p title="${escapeHtml(name)}">&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;</p>`,
    );
    expect(html`<td>${3.5}</td>`.html).toBe("<td>3.5</td>");
  });
  it("keeps SafeHtml, joins arrays, drops null/undefined/false", () => {
    const items = ["a<", "b>"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}`.html).toBe("<ul><li>a&lt;</li><li>b&gt;</li></ul>");
    expect(join([raw("<hr>"), raw("<br>")], raw("\n")).html).toBe("<hr>\n<br>");
    expect(html`<section${html` id="${'x"'}"`}>`.html).toBe('<section id="x&quot;">');
  });
  it("refuses holes in unsafe places", () => {
    expect(() => html`<p class=${"x"}>`).toThrow(/quote the attribute value/);
    expect(() => html`<p ${"onclick=alert(1)"}>`).toThrow(/text cannot stand in a tag/);
    expect(() => html`<${"script"}>`).toThrow(/text cannot stand in a tag/);
    expect(() => html`<script>${"x"}</script>`).toThrow(/no holes inside <script>/);
    expect(() => html`<style>${"x"}</style>`).toThrow(/no holes inside <style>/);
    expect(html`<script></script><p>${"ok"}</p>`.html).toBe("<script></script><p>ok</p>");
  });
  it("raw takes only string literals (a computed string is a type error)", () => {
    const computed: string = ["<b>", "</b>"].join("");
    // @ts-expect-error a run-time string is not a constant of the code
    raw(computed);
    expect(raw("<b>x</b>").html).toBe("<b>x</b>");
  });
  it("tables escape headers and cells", () => {
    expect(table(["<h>"], [["<c>"]], [["cls"]]).html).toBe(
      '<table><thead><tr><th>&lt;h&gt;</th></tr></thead><tbody><tr><td class="cls">&lt;c&gt;</td></tr></tbody></table>',
    );
  });
  it("renderedSvg accepts the renderer's escaped text and refuses what could run or load", () => {
    expect(
      renderedSvg('<svg><text aria-label="&lt;img src=x onerror=y&gt;">&lt;script&gt;</text></svg>').html,
    ).toContain("<svg>");
    for (const bad of [
      "<svg><script>x</script></svg>",
      '<svg><rect onload="x"/></svg>',
      '<svg><a href="javascript:x">t</a></svg>',
      "<svg><foreignObject></foreignObject></svg>",
      '<svg><image src="http://x/"/></svg>',
      "<div></div>",
    ]) {
      expect(() => renderedSvg(bad), bad).toThrow(/chart renderer wrote unexpected markup/);
    }
  });
});
