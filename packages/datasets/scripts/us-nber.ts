/**
 * NBER business-cycle reference dates (table and 0/1 recession indicator).
 */
import { formatMonth, monthIndex } from "@kitchin/core";
import { csvColumn, type Monthly, type Raw } from "./lib/raw.ts";
import { compare, span } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";

const NBER_FILE = "us/nber_business_cycle_dates.json";

/**
 * NBER recession indicator (1 in the months after a peak through the trough, FRED USREC convention),
 * derived from the NBER dates and checked against FRED's USREC copy (1980-01…2025-12).
 */
export function nberRecession(raw: Raw, report: Report): Built {
  const { cycles } = nber(raw);
  const usrecFile = "us/fred_USREC_monthly_1980.csv";
  const usrec = csvColumn(raw.csv(usrecFile), "value", { file: usrecFile });
  const first = monthIndex(1854, 12);
  const last = span(usrec)[1];
  const data: Monthly = new Map();
  for (let m = first; m <= last; m++) data.set(m, 0);
  for (const c of cycles) {
    if (!c.peak) continue;
    const p = monthIndex(+c.peak.slice(0, 4), +c.peak.slice(5, 7));
    const t = monthIndex(+c.trough.slice(0, 4), +c.trough.slice(5, 7));
    for (let m = p + 1; m <= t; m++) data.set(m, 1);
  }
  const chk = compare(data, usrec);
  if (chk.maxAbsDiff !== 0) throw new Error(`NBER recession indicator disagrees with USREC at ${chk.maxAt}`);
  report.nberRecessionVsUsrec = chk;
  return {
    meta: {
      id: "us.nber_recession",
      group: "reference",
      name: "NBER recession indicator (1 = recession month)",
      nameZh: "美国NBER衰退月份指示(1=衰退)",
      unit: "0/1",
      kind: "indicator",
      source: "NBER Business Cycle Dating Committee",
      provenance: [prov(NBER_FILE, "peaks and troughs"), prov(usrecFile, "column value (agreement check 1980-01 on)")],
      terms: TERMS.nber,
      lag: 0,
      derivation: `1 for the months after each NBER peak through the trough, else 0 (FRED USREC convention), ${formatMonth(first)}…${formatMonth(last)}; identical to FRED's USREC on its ${chk.n} months.`,
      caveats: [
        "NBER announces turning points with a lag of months to years: the indicator is ex post (lag 0 here is the reference convention, not a real-time availability).",
      ],
    },
    data,
  };
}

/** NBER peaks and troughs → data/us/nber.json. */
export function nber(raw: Raw): { cycles: { peak: string | null; trough: string }[]; source: unknown } {
  const j = raw.json<{ peak: string; trough: string }[]>(NBER_FILE);
  const cycles = j.map((c) => ({ peak: c.peak ? c.peak.slice(0, 7) : null, trough: c.trough.slice(0, 7) }));
  return { cycles, source: prov(NBER_FILE, "all entries (peak, trough), days dropped") };
}
