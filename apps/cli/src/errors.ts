/**
 * How the CLI ends: bad input → one line on stderr naming file, row and column
 * where known, exit 2; an internal error → a short message, exit 1 (the stack only with --debug).
 */
import { inLang, KitchinError, messageOf, shortText, type Lang, say } from "@kitchin/core";
import { UsageError } from "@kitchin/jobs";

/**
 * A mistake in the command line itself (unknown flag, missing argument). Exit 2. Its message is a
 * value of the core's table (`say(key, params)`), kept in `said` and rendered in the face's language
 * when printed; `message` is its English text.
 */
export { UsageError };

/** Longest error line: a message never echoes a 20 MB header or a whole binary file. */
export const MAX_ERROR_LINE = 600;

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * The line printed for an error: exactly one line (control characters escaped, so a header with a
 * newline or a terminal escape sequence in a cell cannot break or colour the terminal), at most
 * `MAX_ERROR_LINE` characters.
 */
export function describeError(e: unknown, debug: boolean, lang: Lang = "en"): { code: number; line: string } {
  const d = describeRaw(e, debug, lang);
  return debug && d.code === EXIT_INTERNAL ? d : { code: d.code, line: shortText(d.line, MAX_ERROR_LINE) };
}

/**
 * File-system refusals and write failures: the user's situation (a folder given as a file, a full
 * disk, a read-only file system, a closed pipe), not a bug, so exit 2 with the reason.
 */
const FS_WORDS = {
  en: {
    EISDIR: say("isFolder"),
    ENOENT: "not found",
    EACCES: "permission denied",
    ENOTDIR: say("pathNotFolder"),
    EPERM: "not permitted",
    ENOSPC: "no space left on the device",
    EDQUOT: "disk quota exceeded",
    EFBIG: "file too large for the file system",
    EROFS: "read-only file system",
    EIO: "input/output error",
    EPIPE: "the reader closed the pipe before the output was written (output cut short)",
    EEXIST: "already exists",
    ENAMETOOLONG: "file name too long",
    ELOOP: "too many symbolic links",
  },
  zh: {
    EISDIR: "是文件夹，不是文件",
    ENOENT: "找不到",
    EACCES: "没有权限",
    ENOTDIR: "路径中有一段不是文件夹",
    EPERM: "不允许",
    ENOSPC: "磁盘空间不足",
    EDQUOT: "超出磁盘配额",
    EFBIG: "文件超过文件系统允许的大小",
    EROFS: "只读文件系统",
    EIO: "输入/输出错误",
    EPIPE: "读取方在输出写完之前关闭了管道（输出不完整）",
    EEXIST: "已存在",
    ENAMETOOLONG: "文件名太长",
    ELOOP: "符号链接层数太多",
  },
} as const;
type FsCode = keyof typeof FS_WORDS.en;

function describeRaw(e: unknown, debug: boolean, lang: Lang): { code: number; line: string } {
  if (e instanceof KitchinError) return { code: EXIT_BAD_INPUT, line: `kitchin: ${e.toLine(lang)}` };
  if (e instanceof UsageError)
    return { code: EXIT_BAD_INPUT, line: `kitchin: ${messageOf("seeHelp", lang, { line: inLang(e.said, lang) })}` };
  // A directory given where a file was expected, and other file-system refusals: bad input, not a crash.
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && Object.hasOwn(FS_WORDS.en, code)) {
    const path = (e as { path?: unknown }).path;
    const what = FS_WORDS[lang][code as FsCode];
    return { code: EXIT_BAD_INPUT, line: `kitchin: ${typeof path === "string" ? `${path}: ` : ""}${what}` };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const line =
    debug && err.stack
      ? `kitchin: internal error: ${err.stack}`
      : `kitchin: internal error: ${err.message} (run again with --debug for details)`;
  return { code: EXIT_INTERNAL, line };
}
