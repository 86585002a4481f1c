/**
 * Bytes of a text file → text, with the encoding named (CLI files; browser-safe, `TextDecoder`
 * exists in Node and in Excel's runtime). The rule, in order:
 * 1. a UTF-8 byte-order mark → UTF-8; a UTF-16 mark (FF FE / FE FF) → UTF-16 LE / BE;
 * 2. bytes that are valid UTF-8 → UTF-8 (plain ASCII is valid UTF-8);
 * 3. anything else → GB18030, the superset of GBK that Chinese Excel's "Save as CSV" and the NBS
 *    website's CSV download write; bytes that are not valid GB18030 either are refused.
 * A NUL byte outside UTF-16 means a binary file (or UTF-16 without a mark): refused by the caller.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

/** The encoding a file was read with, as messages and notes name it. */
export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

/** `TextDecoder` as the Encoding Standard defines it (declared here: the core compiles without DOM or Node types). */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file began with a byte-order mark (dropped from `text`). */
  bom: boolean;
}

function decode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array, file?: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decode("utf-8", bytes.subarray(3));
    if (text === null) throw new KitchinError("bad-file", say("bomNotUtf8"), { file });
    return { text, encoding: "UTF-8", bom: true };
  }
  for (const [b0, b1, label] of [
    [0xff, 0xfe, "UTF-16LE"],
    [0xfe, 0xff, "UTF-16BE"],
  ] as const) {
    if (bytes.length >= 2 && bytes[0] === b0 && bytes[1] === b1) {
      const text = decode(label.toLowerCase(), bytes.subarray(2));
      if (text === null)
        throw new KitchinError("bad-file", say("bomNotUtf16", { label }), {
          file,
        });
      return { text, encoding: label, bom: true };
    }
  }
  if (bytes.includes(0)) {
    throw new KitchinError("bad-file", say("binaryFile"), { file });
  }
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "UTF-8", bom: false };
  const gb = decode("gb18030", bytes);
  if (gb !== null) return { text: gb, encoding: "GB18030", bom: false };
  throw new KitchinError("bad-file", say("notUtf8NorGb"), {
    file,
  });
}
