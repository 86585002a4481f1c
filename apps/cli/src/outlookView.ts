/**
 * The outlook as the faces print it: the JSON contract of `kitchin outlook --format json`,
 * the terminal block (also `overview`'s and `phase`'s outlook section) and the CSV of the odds path.
 * Formatting only: every figure comes from the core's `outlook`, every sentence from its text table.
 */
import {
  callText,
  escapeControl,
  flipText,
  nowcastText,
  oddsText,
  outlookWord,
  persistenceText,
  realLines,
  type Lang,
  type Outlook,
} from "@kitchin/core";

/** The terminal block: headline, persistence on both bases, real call, odds, flips, nowcast. */
export function outlookLines(o: Outlook, lang: Lang): string {
  const out: string[] = [];
  const colon = lang === "zh" ? "：" : ":";
  out.push(`${outlookWord("nominal", lang)} — ${callText(o, lang)}`);
  out.push(`  ${persistenceText(o.persistence.realTime, "realTime", o.monthsInPhase, lang)}`);
  out.push(`  ${persistenceText(o.persistence.hindsight, "hindsight", o.monthsInPhase, lang)}`);
  const real = realLines(o, lang);
  if (real.length) {
    out.push(real[0]);
    for (const l of real.slice(1)) out.push(`  ${l}`);
  }
  out.push(`${outlookWord("odds", lang)}${colon}`);
  for (const d of o.odds) out.push(`  ${oddsText(d, lang)}`);
  out.push(`${outlookWord("flips", lang)}${colon}`);
  for (const f of o.flips) out.push(`  ${flipText(f, lang)}`);
  if (o.nowcast) {
    out.push(`${outlookWord("nowcast", lang)}${colon}`);
    out.push(`  ${nowcastText("inventory", o.nowcast.inventory, lang)}`);
    out.push(`  ${nowcastText("demand", o.nowcast.demand, lang)}`);
  }
  // Names (a file's column, the deflator's) reach the terminal only escaped: one inert line each.
  return out.map(escapeControl).join("\n") + "\n";
}
