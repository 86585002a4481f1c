// Plain-JS entry of the score worker when running from sources: registers tsx's loader in the
// worker thread, then loads the TypeScript body (see sweepWorker.mjs). The CLI bundle has its own
// compiled `scoreWorker.mjs` next to it (apps/cli/scripts/build.mjs).
import { register } from "tsx/esm/api";

register();
await import("./scoreWorker.ts");
