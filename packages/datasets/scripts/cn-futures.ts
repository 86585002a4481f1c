import type { Raw } from "./lib/raw.ts";
import type { Built, Report } from "./lib/spec.ts";
export async function chinaFutures(_raw: Raw, _report: Report): Promise<Built[]> { return []; }
