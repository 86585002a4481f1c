/**
 * JSON files given on the command line (`--strategy map:F.json`): checked before they are believed,
 * because a crafted file could exhaust memory or the stack. The file is a regular file within
 * `SIZE_LIMITS.jsonFileBytes`; its nesting is measured on the text before parsing (a 100,000-level file is refused, not
 * a stack overflow); then the caller checks the shape with `expectObject` and friends, each failure one line naming the
 * file and the place (`"active-restock"."cn.csi300"`).
 */
import { readFileSync } from "node:fs";
import { KitchinError, say, shortText, SIZE_LIMITS } from "@kitchin/core";
import { checkInputFile } from "./inputFile.ts";

/** The deepest nesting of `[` and `{` outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0,
    max = 0,
    inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export function readJsonFile(file: string): unknown {
  checkInputFile(file, SIZE_LIMITS.jsonFileBytes, "JSON files");
  const text = readFileSync(file, "utf8");
  const depth = jsonDepth(text);
  if (depth > SIZE_LIMITS.jsonDepth)
    throw new KitchinError("bad-file", say("jsonTooDeep", { depth, max: SIZE_LIMITS.jsonDepth }), { file });
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new KitchinError("bad-file", say("badJson", { why: shortText((e as Error).message, 120) }), { file });
  }
}
