/**
 * GBK bytes for test files, from Node's own ICU decoder run backwards: every GBK two-byte code is
 * decoded once and the table inverted. Independent of the reader under test, which only decodes.
 */
const table = new Map<string, number[]>();
function build(): void {
  if (table.size) return;
  const dec = new TextDecoder("gbk", { fatal: true });
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      try {
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
      } catch {
        /* not a GBK code */
      }
    }
  }
}

/** Text → GBK bytes; throws on a character GBK lacks. */
function encode(text: string): Buffer {
  build();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GBK code for ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

export default { encode };
