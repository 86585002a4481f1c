/**
 * The call box at the top of the report: the nominal and the real phase, persistence on
 * both bases, the odds of a change with their out-of-sample skill, what flips the call and the
 * nowcast — the same sentences `kitchin outlook` prints (core outlook/text.ts), built with the
 * report's escaping template (`html`), so every sentence is escaped.
 */
import {
  callText,
  flipText,
  nowcastText,
  oddsText,
  outlookWord,
  persistenceText,
  realLines,
  type Lang,
  type Outlook,
} from "@kitchin/core";
import { html, join, type SafeHtml, type Section } from "./html.ts";

export function outlookSection(o: Outlook, lang: Lang): Section {
  const p = (t: string) => html`<p>${t}</p>`;
  const list = (items: string[]): SafeHtml => html`<ul>${join(items.map((t) => html`<li>${t}</li>`))}</ul>`;
  const h = (k: Parameters<typeof outlookWord>[0]) => html`<h3>${outlookWord(k, lang)}</h3>`;
  const real = realLines(o, lang);
  const body = join([
    html`<p class="phase">${`${outlookWord("nominal", lang)} — ${callText(o, lang)}`}</p>`,
    list([
      persistenceText(o.persistence.realTime, "realTime", o.monthsInPhase, lang),
      persistenceText(o.persistence.hindsight, "hindsight", o.monthsInPhase, lang),
    ]),
    ...(real.length ? [p(real[0]), list(real.slice(1))] : []),
    h("odds"),
    list(o.odds.map((d) => oddsText(d, lang))),
    h("flips"),
    list(o.flips.map((f) => flipText(f, lang))),
    ...(o.nowcast
      ? [
          h("nowcast"),
          list([nowcastText("inventory", o.nowcast.inventory, lang), nowcastText("demand", o.nowcast.demand, lang)]),
        ]
      : []),
  ]);
  return { id: "outlook", title: outlookWord("title", lang), html: body };
}
