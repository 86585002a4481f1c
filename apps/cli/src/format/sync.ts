/** `kitchin sync` in the terminal: the in-step counts, the concordance and the phase table (English or Chinese). */
import { PHASE_IDS, phaseLabel } from "@kitchin/core";
import type { SyncData } from "@kitchin/jobs/node";
import { pct, renderTable } from "./table.ts";

export function renderSync(d: SyncData, lang: "en" | "zh" = "en", colour = false): string {
  const n = d.counts;
  const zh = lang === "zh";
  const region = (x: string) => (zh ? (({ cn: "中国", us: "美国" } as Record<string, string>)[x] ?? x) : x);
  const A = region(d.a),
    B = region(d.b);
  const mode = zh ? (d.mode === "as-of" ? "实时" : "事后") : d.mode;
  const lines = [
    zh
      ? `${A} 与 ${B}，${d.from}…${d.to}（${mode}）：两者库存状态均已知的月份 ${d.months} 个`
      : `${d.a} vs ${d.b}, ${d.from}…${d.to} (${d.mode}): ${d.months} months with both inventory states known`,
    renderTable(
      zh ? ["", "月数", "占比"] : ["", "months", "share"],
      [
        [zh ? "同步" : "in step", String(n.inStep), pct(d.inStep, 1)],
        [zh ? "  共同补库" : `  co-restocking`, String(n.coRestock), pct(d.coRestock, 1)],
        [zh ? "  共同去库" : `  co-destocking`, String(n.coDestock), pct(d.coDestock, 1)],
        [
          zh ? `${A}补库、${B}去库` : `${d.a} restocking, ${d.b} destocking`,
          String(n.aRestockBDestock),
          pct(d.aRestockBDestock, 1),
        ],
        [
          zh ? `${A}去库、${B}补库` : `${d.a} destocking, ${d.b} restocking`,
          String(n.aDestockBRestock),
          pct(d.aDestockBRestock, 1),
        ],
      ],
      { colour },
    ).trimEnd(),
    zh
      ? `Harding–Pagan 一致性 ${d.concordance.toFixed(3)}（若两周期相互独立为 ${d.concordanceIfIndependent.toFixed(3)}）`
      : `Harding–Pagan concordance ${d.concordance.toFixed(3)} (${d.concordanceIfIndependent.toFixed(3)} if the cycles were independent)`,
    "",
    zh
      ? `阶段表（行：${A}，列：${B}；两者阶段均已知的月份 ${d.phaseTable.months} 个，其中同阶段 ${d.phaseTable.samePhase} 个）`
      : `phase table (rows ${d.a}, columns ${d.b}; ${d.phaseTable.months} months with both phases known, ${d.phaseTable.samePhase} in the same phase)`,
    renderTable(
      [`${A} \\ ${B}`, ...PHASE_IDS.map((_, j) => phaseLabel(j, lang))],
      d.phaseTable.counts.map((row, i) => [phaseLabel(i, lang), ...row.map(String)]),
      { colour },
    ).trimEnd(),
  ];
  return lines.join("\n") + "\n"; // the notes go to stderr (the command's printNotes)
}
