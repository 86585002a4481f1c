/**
 * Help text: the command list, each command's usage line — generated from its flag
 * declarations and its formats, so the usage line and the option list cannot disagree — its
 * flags, examples and the glossary of the column names it prints.
 */
import type { Lang } from "@kitchin/core";
import type { Command } from "./command.ts";
import type { Format } from "./options.ts";
import { EXAMPLES, GLOSSARY, SUMMARY_ZH } from "./helpText.ts";

export const ALL_FORMATS: readonly Format[] = ["table", "json", "csv"];

/** The formats a command prints: declared, or all three when it has `--format`, or none. */
export function formatsOf(c: Command): readonly Format[] {
  return c.formats ?? (c.flags.format ? ALL_FORMATS : []);
}

/** The usage line: the command's synopsis (its inputs), then `--format`/`--lang` from the declarations. */
export function usageLine(c: Command): string {
  const synopsis = c.usage
    .replace(/^kitchin\s+\S+\s*/, "")
    .replace(/\s*\[--format [^\]]*\]/g, "")
    .replace(/\s*\[--lang [^\]]*\]/g, "")
    .trim();
  const f = formatsOf(c);
  return [
    `kitchin ${c.name}`,
    synopsis,
    f.length ? `[--format ${f.join("|")}]` : "",
    c.flags.lang ? "[--lang en|zh]" : "",
  ]
    .filter(Boolean)
    .join(" ");
}

const GLOBAL = {
  en: "--debug shows the stack of an internal error; --help shows a command's flags, examples and column names.",
  zh: "--debug 显示内部错误的调用栈；<命令> --help 显示该命令的参数、示例和列名说明。",
};

export function mainHelp(commands: readonly Command[], lang: Lang): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  const zh = lang === "zh";
  return [
    zh ? "kitchin — 由月度数据分析库存周期（基钦周期）" : "kitchin — the inventory cycle (库存周期) from monthly data",
    "",
    zh ? "命令：" : "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${zh ? (SUMMARY_ZH[c.name] ?? c.summary) : c.summary}`),
    "",
    GLOBAL[lang],
    zh
      ? "文档：仓库的 docs/ 目录。退出码：0 成功，1 内部错误，2 输入有误。"
      : "Docs: docs/ in the repository. Exit codes: 0 ok, 1 internal error, 2 bad input.",
    "",
  ].join("\n");
}

export function commandHelp(c: Command, lang: Lang): string {
  const zh = lang === "zh";
  const flags = Object.entries(c.flags).filter(([, s]) => !s.deprecatedFor); // old spellings work but are not offered
  const f = formatsOf(c);
  const arg = (k: string, a?: string) => (k === "format" && f.length ? f.join("|") : a);
  const w = Math.max(...flags.map(([k, s]) => k.length + (arg(k, s.arg) ? arg(k, s.arg)!.length + 1 : 0)));
  const examples = EXAMPLES[c.name] ?? [];
  const glossary = Object.entries(GLOSSARY[c.name] ?? {});
  const gw = Math.max(0, ...glossary.map(([k]) => k.length));
  return [
    `kitchin ${c.name} — ${zh ? (SUMMARY_ZH[c.name] ?? c.summary) : c.summary}`,
    "",
    `${zh ? "用法" : "Usage"}: ${usageLine(c)}`,
    "",
    ...flags.map(
      ([k, s]) =>
        `  --${(k + (arg(k, s.arg) ? " " + arg(k, s.arg) : "")).padEnd(w)}  ${k === "format" && c.formatsWhy ? `${s.description}; ${c.formatsWhy}` : s.description}`,
    ),
    ...(examples.length ? ["", zh ? "示例：" : "Examples:", ...examples.map((e) => `  ${e}`)] : []),
    ...(glossary.length
      ? ["", zh ? "列名：" : "Columns:", ...glossary.map(([k, v]) => `  ${k.padEnd(gw)}  ${v[lang]}`)]
      : []),
    "",
    GLOBAL[lang],
    "",
  ].join("\n");
}
