/**
 * The figures in docs/outlook.md: out-of-sample skill of the odds of a phase change (the outlook's
 * model and time in phase alone), reliability tables, nowcast errors against the last value, and
 * persistence on both bases, for China and the US on the shipped data, with the same inputs as
 * `kitchin outlook --dataset cn|us`. Run: `pnpm --filter @kitchin/cli exec tsx scripts/outlook-skill.ts`.
 */
import { formatMonth, oddsPath, outlook, phaseLabel, scoreOdds, type OddsScore } from "@kitchin/core";
import { OUTLOOK_DEFAULTS, REGION_DEFAULTS, analysisView } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";

const f = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const load = (id: string) => {
  const d = loadSeries(id);
  return {
    id,
    series: analysisView(d),
    releaseLag: d.entry.lag,
    kind: d.entry.kind === "cumulative_yoy" ? ("cumulative_yoy" as const) : ("yoy" as const),
  };
};
const row = (label: string, s: OddsScore) =>
  `| ${label} | ${s.horizon} | ${f(s.brier)} | ${f(s.brierBase)} | ${f(s.skill, 2)} | ${s.events} | ${s.months} |`;

for (const region of ["cn", "us"] as const) {
  const o = outlook({
    demand: load(REGION_DEFAULTS[region].demand),
    inventory: load(REGION_DEFAULTS[region].inventory),
    deflator: load(OUTLOOK_DEFAULTS[region].deflator),
    indicators: OUTLOOK_DEFAULTS[region].indicators.map(load),
  });
  const first = o.history.p[0].findIndex((x) => Number.isFinite(x));
  console.log(
    `\n### ${region.toUpperCase()}: as of ${formatMonth(o.asOf)}, ${phaseLabel(o.code)} for ${o.monthsInPhase} months; odds scored from ${formatMonth(o.history.start + first)}\n`,
  );
  console.log("| model | horizon | Brier | base-rate Brier | skill | changes | months |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const d of o.odds) console.log(row("closeness to the rule's threshold (shipped)", d));
  for (const h of o.history.horizons)
    console.log(row("time in phase only", scoreOdds(oddsPath(o.analysis.realtime.codes, h))));
  console.log(
    "\nReliability (shipped model): forecasts in each band, their mean and the observed frequency of a change.\n",
  );
  console.log(`| band | ${o.odds.map((d) => `${d.horizon} m: n, forecast, observed`).join(" | ")} |`);
  console.log(`| --- | ${o.odds.map(() => "---").join(" | ")} |`);
  for (let b = 0; b < o.odds[0].reliability.length; b++) {
    const r0 = o.odds[0].reliability[b];
    console.log(
      `| ${f(r0.from, 1)}–${f(r0.to, 1)} | ${o.odds
        .map((d) => {
          const r = d.reliability[b];
          return r.count ? `${r.count}, ${f(r.meanForecast, 2)}, ${f(r.observed, 2)}` : "0";
        })
        .join(" | ")} |`,
    );
  }
  console.log("\nNowcast of the next print (out of sample, root-mean-square error in percentage points):\n");
  console.log("| input | months | model RMSE | last-value RMSE | shown | next |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const k of ["inventory", "demand"] as const) {
    const r = o.nowcast![k];
    const next = r.next
      ? `${formatMonth(r.next.month)}: ${f(r.next.forecast, 2)} (last ${f(r.next.last, 2)}; ${r.next.indicators.join(", ")})`
      : "—";
    console.log(
      `| ${k} | ${r.history.length} | ${f(r.rmse)} | ${f(r.rmseNaive)} | ${r.beatsNaive ? "yes" : "no"} | ${next} |`,
    );
  }
  const p = o.persistence;
  console.log(
    `\nPersistence of ${phaseLabel(o.code)}: real-time ${p.realTime.episodes} episodes (${p.realTime.lengths.join(", ")}), median ${p.realTime.medianMonths}, ${f(100 * p.realTime.shareLonger, 0)} % longer than ${o.monthsInPhase}; hindsight ${p.hindsight.episodes} episodes (${p.hindsight.lengths.join(", ")}), median ${p.hindsight.medianMonths}, ${f(100 * p.hindsight.shareLonger, 0)} % longer.`,
  );
  if (o.real)
    console.log(
      `Real call (${o.real.deflator}): ${phaseLabel(o.real.code)} for ${o.real.monthsInPhase} months; inputs whose nominal and real states differ: ${o.real.disagree.join(", ") || "none"}.`,
    );
}

// The call and its skill under other reversal rules (`--reversal`, `--confirm`): the US call changes with them.
console.log("\n### The call under other reversal rules\n");
console.log(
  "| region | reversal, confirm | as of | phase, months | real-time median, share longer | skill 1 / 3 / 6 m | real phase |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const region of ["cn", "us"] as const) {
  for (const [reversal, confirm] of [
    [1, 2],
    [2, 2],
    [3, 2],
    [1, 3],
  ] as const) {
    const o = outlook(
      {
        demand: load(REGION_DEFAULTS[region].demand),
        inventory: load(REGION_DEFAULTS[region].inventory),
        deflator: load(OUTLOOK_DEFAULTS[region].deflator),
      },
      { reversal: { reversal, confirm } },
    );
    const p = o.persistence.realTime;
    console.log(
      `| ${region} | ${reversal}, ${confirm} | ${formatMonth(o.asOf)} | ${phaseLabel(o.code)}, ${o.monthsInPhase} | ${f(p.medianMonths, 1)}, ${f(100 * p.shareLonger, 0)} % | ${o.odds.map((d) => f(d.skill, 2)).join(" / ")} | ${o.real ? `${phaseLabel(o.real.code)}, ${o.real.monthsInPhase}` : "—"} |`,
    );
  }
}
